import { Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { useMe } from '../../app/api/session.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { todayLocal, UnitPicker, useNameOf } from '../units/index.ts';
import { useInspectionsReport, useTopics } from './api.ts';

/** Findings fixed of findings made and overdue, of a unit with its subtree as of a day, by topic and by inspected unit. */
export function InspectionsReport() {
  const intl = useIntl();
  const me = useMe();
  const nameOf = useNameOf();
  const topics = useTopics();
  const [unit, setUnit] = useState<string | null>(me.grants.find((g) => g.unitCode !== null)?.unitCode ?? null);
  const [asOf, setAsOf] = useState(todayLocal());
  const report = useInspectionsReport(unit, isIsoDate(asOf) ? asOf : todayLocal());
  const topicName = (c: string) => nameOf(topics.data?.find((t) => t.code === c)?.names ?? {}) || c;
  const fixedOf = (fixed: number, findings: number) => intl.formatMessage({ id: 'inspections.fixedOf' }, { fixed, findings });
  return (
    <Paper withBorder p="md" radius="md" data-testid="inspections-report">
      <Stack gap="sm">
        <Title order={3}><FormattedMessage id="inspections.report.title" /></Title>
        <Group gap="sm" align="flex-end">
          <UnitPicker labelId="inspections.report.unit" asOf={todayLocal()} value={unit} onChange={setUnit} clearable={false} testId="inspections-report-unit" />
          <DateField labelId="inspections.report.asOf" value={asOf} onChange={setAsOf} testId="inspections-report-as-of" />
        </Group>
        {report.isPending && unit !== null ? (
          <Loader size="sm" />
        ) : report.isError ? (
          <ErrorAlert error={report.error} />
        ) : report.data ? (
          <>
            <Text size="sm" data-testid="inspections-report-line">
              {intl.formatMessage({ id: 'inspections.report.line' }, { inspections: report.data.inspections, fixed: report.data.fixed, findings: report.data.findings, open: report.data.open, overdue: report.data.overdue })}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <Table striped data-testid="inspections-report-topics">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th><FormattedMessage id="inspections.topic" /></Table.Th>
                    <Table.Th><FormattedMessage id="inspections.fixedHeading" /></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {Object.entries(report.data.byTopic).map(([topic, f]) => (
                    <Table.Tr key={topic}>
                      <Table.Td>{topicName(topic)}</Table.Td>
                      <Table.Td>{fixedOf(f.fixed, f.findings)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Table striped data-testid="inspections-report-units">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th><FormattedMessage id="inspections.inspectedUnit" /></Table.Th>
                    <Table.Th><FormattedMessage id="inspections.fixedHeading" /></Table.Th>
                    <Table.Th><FormattedMessage id="inspections.overdueHeading" /></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.byUnit.map((u) => (
                    <Table.Tr key={u.unit.code}>
                      <Table.Td>{nameOf(u.unit.names)}</Table.Td>
                      <Table.Td>{fixedOf(u.fixed, u.findings)}</Table.Td>
                      <Table.Td>{intl.formatNumber(u.overdue)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </SimpleGrid>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
