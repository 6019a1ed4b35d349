import { useEffect, type ReactNode } from 'react';
import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { UnitHistory } from '../../../shared/contracts/units.ts';
import { isApiError } from '../../app/api/client.ts';
import { useCan } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps, navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useUnitDetail, useUnitHistory } from './api.ts';
import { todayLocal, useAsOfParam } from './dates.ts';
import { UnitActions } from './UnitActions.tsx';
import { DocumentSettingsSection } from './documents/DocumentSettingsSection.tsx';
import { UnitChildren } from './UnitChildren.tsx';
import { UnitHeader, UnitHeaderFromHistory } from './UnitHeader.tsx';
import { UnitHistorySection } from './UnitHistorySection.tsx';

/** The nearest date on which the unit existed: its last day if it is closed, its first if it is yet to open. */
function nearestValidDate(history: UnitHistory, asOf: string): string | null {
  const versions = [...history.versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const last = versions.at(-1);
  const first = versions[0];
  if (last?.validTo && last.validTo < asOf) return last.validTo;
  if (first && first.validFrom > asOf) return first.validFrom;
  return null;
}

interface Props {
  code: string;
  /**
   * The slot of the unit's targets of procedure time and cost as of the page's day, filled by
   * the app (the targets feature, whose page picks units here: importing it would be a cycle).
   */
  renderTargets?: (unit: string, asOf: string) => ReactNode;
}

/** /units/:code — the unit as of a date, its place in the tree, its history, and the changes an administrator can make. */
export function UnitPage({ code, renderTargets }: Props) {
  const asOfParam = useAsOfParam();
  const asOf = asOfParam ?? todayLocal();
  const detail = useUnitDetail(code, asOf);
  const history = useUnitHistory(code);
  const canManage = useCan('units.manage');
  const formatDate = useFormatIsoDate();

  const notValid = isApiError(detail.error, 'unit_not_found', 'unit_not_valid_on_date', 'not_found');
  const suggestion = notValid && history.data ? nearestValidDate(history.data, asOf) : null;

  // Followed from a predecessor/successor link without a date: show the unit when it existed.
  useEffect(() => {
    if (!asOfParam && suggestion) navigate(paths.unit(code, suggestion), { replace: true });
  }, [asOfParam, suggestion, code]);

  if (detail.isPending) return <Loader />;
  if (notValid && isApiError(history.error, 'unit_not_found', 'not_found')) return <NotFound messageId="units.notFound" />;

  return (
    <Stack gap="lg">
      {detail.data ? (
        <UnitHeader detail={detail.data} />
      ) : history.data ? (
        <UnitHeaderFromHistory history={history.data} />
      ) : null}
      {notValid ? (
        <Alert color="yellow" role="status">
          <FormattedMessage id="units.notValidOn" values={{ date: formatDate(asOf) }} />{' '}
          {suggestion && (
            <Anchor {...linkProps(paths.unit(code, suggestion))}>
              <FormattedMessage id="units.showAsOf" values={{ date: formatDate(suggestion) }} />
            </Anchor>
          )}
        </Alert>
      ) : detail.isError ? (
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      ) : null}
      {detail.data && canManage && <UnitActions detail={detail.data} />}
      {detail.data && <UnitChildren detail={detail.data} />}
      {detail.data && renderTargets?.(code, asOf)}
      {detail.data && <DocumentSettingsSection code={code} canManage={canManage} />}
      {history.isPending ? (
        <Loader size="sm" />
      ) : history.isError ? (
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <UnitHistorySection history={history.data} />
      )}
    </Stack>
  );
}
