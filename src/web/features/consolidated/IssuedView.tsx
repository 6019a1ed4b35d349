import { Alert, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { exportUrl, useDifferences, useIssued } from './api.ts';
import { Downloads } from './Downloads.tsx';
import { FiguresView } from './FiguresView.tsx';

const shown = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** An issued report: the figures it was signed with, its narratives, and where today's data differs. */
export function IssuedView({ id }: { id: number }) {
  const intl = useIntl();
  const locale = useLocale();
  const formatDate = useFormatIsoDate();
  const report = useIssued(id);
  const differences = useDifferences(id);
  if (report.isError) return <ErrorAlert error={report.error} />;
  if (!report.data?.issued) return <Loader />;
  const { issued, narrative, figures } = report.data;
  return (
    <Stack gap="lg" data-testid="consolidated-issued">
      <Title order={3}>
        <FormattedMessage id="consolidated.issued" values={{ number: issued.number, date: formatDate(issued.date) }} />
      </Title>
      <Downloads docx={exportUrl({ id }, 'docx', locale)} xlsx={exportUrl({ id }, 'xlsx', locale)} />
      {(['summary', 'assessment', 'nextTasks'] as const).map((s) =>
        narrative[s] ? (
          <Stack key={s} gap={4}>
            <Text fw={600}>{intl.formatMessage({ id: `consolidated.sections.${s}` })}</Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{narrative[s]}</Text>
          </Stack>
        ) : null,
      )}
      <FiguresView figures={figures} />
      <Title order={3}>
        <FormattedMessage id="consolidated.differences" />
      </Title>
      {differences.isError ? (
        <ErrorAlert error={differences.error} />
      ) : !differences.data ? (
        <Loader />
      ) : differences.data.differences.length === 0 ? (
        <Alert color="green" data-testid="no-differences">
          <FormattedMessage id="consolidated.noDifferences" />
        </Alert>
      ) : (
        <Table withTableBorder data-testid="differences">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{intl.formatMessage({ id: 'consolidated.figure' })}</Table.Th>
              <Table.Th ta="right">{intl.formatMessage({ id: 'consolidated.issuedValue' })}</Table.Th>
              <Table.Th ta="right">{intl.formatMessage({ id: 'consolidated.todayValue' })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {differences.data.differences.map((d) => (
              <Table.Tr key={d.path}>
                <Table.Td>
                  <Group gap={4}>
                    <Text ff="monospace" size="sm">
                      {d.path}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{shown(d.issued)}</Table.Td>
                <Table.Td ta="right">{shown(d.today)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
