import { Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TargetStatusView } from '../../../shared/contracts/targets.ts';
import { AMOUNT_MEASURES, type TargetStatus } from '../../../shared/domain/time-targets.ts';
import { pickName } from '../../../shared/locales.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DataTable } from '../../ui/DataTable.tsx';

// The status next to the name: what a reader on a phone sees before scrolling sideways.
const COLUMNS = ['targets.export.target', 'targets.export.status', 'targets.export.current', 'targets.export.line', 'targets.export.baseline', 'targets.export.rule', 'targets.export.measure'];
/** Written out, never cut to fit (a badge would cut "ຍັງບໍ່ມີຂໍ້ມູນ" on a phone). */
const STATUS_COLOR: Record<TargetStatus, string> = { met: 'green.8', on_track: 'teal.8', off_track: 'orange.8', missed: 'red.8', no_data: 'dimmed' };

/** A target's status, written out in its colour. */
export function TargetStatusText({ status }: { status: TargetStatus }) {
  return (
    <Text span size="sm" fw={600} c={STATUS_COLOR[status]} data-status={status}>
      <FormattedMessage id={`targets.status.${status}`} />
    </Text>
  );
}

/** A target's figures to two decimals (amounts with their currency), and its rule ("Cut by 30% against the baseline"), as every view of targets writes them. */
export function useTargetText() {
  const intl = useIntl();
  return {
    /** with the target, an amount paid is followed by its currency */
    figure: (v: number | null, t?: Pick<TargetStatusView, 'measure' | 'currency'>) => {
      if (v === null) return '—';
      const currency = t && AMOUNT_MEASURES.includes(t.measure) ? t.currency : null;
      return `${intl.formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${currency ? ` ${currency}` : ''}`;
    },
    rule: (t: Pick<TargetStatusView, 'kind' | 'value'>) => intl.formatMessage({ id: `targets.rule.${t.kind}` }, { value: intl.formatNumber(t.value, { maximumFractionDigits: 2 }) }),
  };
}

/** The targets as a table: name, status, value so far, line, baseline, rule and measure. */
export function TargetsTable({ targets, loading, testId }: { targets: readonly TargetStatusView[]; loading: boolean; testId?: string }) {
  const locale = useLocale();
  const { figure, rule } = useTargetText();
  return (
    <DataTable columns={COLUMNS} minWidth={640} isEmpty={!loading && targets.length === 0} emptyId="targets.section.none" emptySize="sm" data-testid={testId}>
      {targets.map((t) => (
        <Table.Tr key={t.id} data-testid="unit-target-row">
          <Table.Td>{pickName(t.names, locale)}</Table.Td>
          <Table.Td>
            <TargetStatusText status={t.status} />
          </Table.Td>
          <Table.Td>{figure(t.current, t)}</Table.Td>
          <Table.Td>{figure(t.target, t)}</Table.Td>
          <Table.Td>{figure(t.baseline, t)}</Table.Td>
          <Table.Td>{rule(t)}</Table.Td>
          <Table.Td>
            <FormattedMessage id={`targets.measure.${t.measure}`} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
