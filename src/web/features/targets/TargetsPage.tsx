import { useState } from 'react';
import { Box, Button, Group, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { TargetView } from '../../../shared/contracts/targets.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { useCan } from '../../app/api/session.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { navigate, useLocation, withSearchParam } from '../../app/router/router.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ExportButton } from '../../ui/ExportButton.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { todayLocal, UnitPicker, useAsOfParam, useReportUnit } from '../units/index.ts';
import { targetsXlsxUrl, useTargetsStatus } from './api.ts';
import { TargetCard } from './TargetCard.tsx';
import { DeleteTargetModal, TargetModal } from './TargetModal.tsx';
import { TargetsTable } from './TargetsTable.tsx';

/**
 * /dossiers/targets?unit&asOf: the targets of procedure time and cost of a unit and the units
 * under it as of a day (today by default) — each one's status, value so far, line and baseline,
 * and its trend month by month — with the Excel report; the secretariat sets, changes and
 * removes them here.
 */
export function TargetsPage() {
  const location = useLocation();
  const locale = useLocale();
  const canRead = useCan('dossiers.read');
  const canManage = useCan('targets.manage');
  const today = todayLocal();
  const asOf = useAsOfParam() ?? today;
  const unit = useReportUnit(location.search.get('unit'));
  const status = useTargetsStatus(unit ?? '', asOf, canRead && unit !== null);
  const [editing, setEditing] = useState<TargetView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TargetView | null>(null);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const targets = status.data?.targets ?? [];
  return (
    <Stack gap="lg">
      <Title order={2}>
        <FormattedMessage id="targets.page.title" />
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap" data-testid="targets-filters">
        <Box w={{ base: '100%', sm: 320 }}>
          <UnitPicker labelId="dossiers.filter.unit" asOf={asOf} value={unit} onChange={(code) => code && navigate(withSearchParam(location, 'unit', code), { replace: true })} clearable={false} testId="targets-unit" />
        </Box>
        <DateField labelId="targets.page.asOf" value={asOf} onChange={(v) => isIsoDate(v) && navigate(withSearchParam(location, 'asOf', v), { replace: true })} w={180} testId="targets-as-of" />
        {unit && <ExportButton href={targetsXlsxUrl(unit, asOf, locale)} testId="targets-export" />}
        {canManage && (
          <Button size="xs" onClick={() => setEditing('new')} data-testid="target-create">
            <FormattedMessage id="targets.form.create" />
          </Button>
        )}
      </Group>
      {status.isError ? (
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : !status.data ? (
        <Loader />
      ) : (
        <Stack gap="lg" data-testid="targets-page" data-loading={status.isFetching || undefined}>
          <TargetsTable targets={targets} loading={false} testId="targets-table" />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {targets.map((t) => (
              <TargetCard key={t.id} target={t} onEdit={canManage ? () => setEditing(t) : undefined} onDelete={canManage ? () => setDeleting(t) : undefined} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      {editing && <TargetModal target={editing === 'new' ? undefined : editing} unit={unit} onClose={() => setEditing(null)} />}
      {deleting && <DeleteTargetModal target={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
