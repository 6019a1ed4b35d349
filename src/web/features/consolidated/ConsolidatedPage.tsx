import { Box, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { reportPeriodOf } from '../../../shared/domain/consolidated.ts';
import { useCan } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { navigate, useLocation } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { todayLocal, UnitPicker } from '../units/index.ts';
import { exportUrl, useConsolidated, useIssuedList, type ReportChoice } from './api.ts';
import { Downloads } from './Downloads.tsx';
import { FiguresView } from './FiguresView.tsx';
import { IssuedView } from './IssuedView.tsx';
import { NarrativeForm } from './NarrativeForm.tsx';

/** The half-year before today: the report a steering committee's meeting usually asks for. */
const defaultPeriod = (today: string) => (today.slice(5) >= '07-01' ? `${today.slice(0, 4)}-H1` : `${Number(today.slice(0, 4)) - 1}-H2`);

/**
 * /consolidated: the consolidated PAR report of a unit for a period (or a reporting round):
 * its computed sections, the narratives the secretariat writes, issuing it, the Word report
 * and its Excel annex; with ?id=, an issued report as signed and where today's data differs.
 */
export function ConsolidatedPage() {
  const intl = useIntl();
  const locale = useLocale();
  const formatDate = useFormatIsoDate();
  const location = useLocation();
  const today = todayLocal();
  const canRead = useCan('reporting.read');
  const canManage = useCan('reporting.manage');
  const id = Number(location.search.get('id')) || null;
  const unit = location.search.get('unit');
  const period = location.search.get('period') ?? defaultPeriod(today);
  const round = location.search.get('round') ?? '';
  const [periodText, setPeriodText] = useState(period);
  const [roundText, setRoundText] = useState(round);
  const choice: ReportChoice | null = unit && reportPeriodOf({ period }) ? { unit, period, round } : null;
  const report = useConsolidated(canRead && !id ? choice : null);
  const issuedList = useIssuedList();
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const go = (c: Partial<ReportChoice> & { id?: number }) => {
    const q = new URLSearchParams();
    if (c.id) q.set('id', String(c.id));
    else {
      const next = { unit: unit ?? '', period, round, ...c };
      if (next.unit) q.set('unit', next.unit);
      q.set('period', next.period);
      if (next.round) q.set('round', next.round);
    }
    navigate(paths.consolidated(q.toString()), { replace: !c.id });
  };

  return (
    <Stack gap="lg">
      <Title order={2}>
        <FormattedMessage id="consolidated.title" />
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap" data-testid="consolidated-filters">
        <Box w={{ base: '100%', sm: 320 }}>
          <UnitPicker labelId="consolidated.unit" asOf={today} value={unit} onChange={(code) => code && go({ unit: code })} clearable={false} testId="consolidated-unit" />
        </Box>
        <TextInput label={intl.formatMessage({ id: 'consolidated.period' })} value={periodText} onChange={(e) => setPeriodText(e.currentTarget.value)} placeholder="2026-H1, report:2026-6M" error={reportPeriodOf({ period: periodText }) ? undefined : intl.formatMessage({ id: 'errors.invalid_period' })} data-testid="consolidated-period" />
        <TextInput label={intl.formatMessage({ id: 'consolidated.round' })} value={roundText} onChange={(e) => setRoundText(e.currentTarget.value)} data-testid="consolidated-round" />
        <Button disabled={!unit || !reportPeriodOf({ period: periodText })} onClick={() => go({ period: periodText.trim(), round: roundText.trim() })} data-testid="consolidated-produce">
          <FormattedMessage id="consolidated.produce" />
        </Button>
      </Group>
      {id ? (
        <IssuedView id={id} />
      ) : report.isError ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !choice ? null : !report.data ? (
        <Loader />
      ) : (
        <Stack gap="lg" data-testid="consolidated-report">
          <Downloads docx={exportUrl({ choice }, 'docx', locale)} xlsx={exportUrl({ choice }, 'xlsx', locale)} />
          <FiguresView figures={report.data.figures} />
          {canManage && <NarrativeForm choice={choice} saved={report.data.narrative} today={today} onIssued={(issuedId) => go({ id: issuedId })} />}
        </Stack>
      )}
      <Title order={3}>
        <FormattedMessage id="consolidated.issuedList" />
      </Title>
      {issuedList.data?.reports.length ? (
        <Table withTableBorder data-testid="issued-list">
          <Table.Tbody>
            {issuedList.data.reports.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.number}</Table.Td>
                <Table.Td>{formatDate(r.date)}</Table.Td>
                <Table.Td>{r.unit}</Table.Td>
                <Table.Td>{r.period}</Table.Td>
                <Table.Td>
                  <Button variant="subtle" size="xs" onClick={() => go({ id: r.id })} data-testid={`open-issued-${r.id}`}>
                    <FormattedMessage id="consolidated.open" />
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed">
          <FormattedMessage id="consolidated.none" />
        </Text>
      )}
    </Stack>
  );
}
