import { Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ConsolidatedFigures, KeyUnitResult } from '../../../shared/contracts/consolidated.ts';
import { pickName } from '../../../shared/locales.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';

const COLUMNS = ['total', 'completed', 'late', 'notCompleted', 'overdue', 'rate'] as const;

/** The key units' results: each unit's key tasks as of the cut-off, its report in the round, its service index. */
export function KeyUnitsTable({ figures: f }: { figures: ConsolidatedFigures }) {
  const intl = useIntl();
  const locale = useLocale();
  const day = useFormatIsoDate();
  const t = (id: string) => intl.formatMessage({ id });
  // A dash when the report is not a round's; "not asked" when the round did not ask the unit.
  const submission = (k: KeyUnitResult) => {
    if (!f.round) return '—';
    if (!k.submission) return t('consolidated.doc.notAsked');
    const state = t(`reporting.states.${k.submission.state}`);
    return k.submission.late ? intl.formatMessage({ id: 'consolidated.doc.submissionLate' }, { state }) : state;
  };
  return (
    <>
      <Text>
        <FormattedMessage id="consolidated.doc.keyUnitsLine" values={{ count: intl.formatNumber(f.keyUnits.length), asOf: day(f.asOf) }} />
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder data-testid="consolidated-key-units">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consolidated.columns.keyUnit')}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} ta="right">
                  {t(`consolidated.columns.${c}`)}
                </Table.Th>
              ))}
              <Table.Th>{t('consolidated.columns.submission')}</Table.Th>
              <Table.Th ta="right">{t('consolidated.sections.serviceIndex')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {f.keyUnits.map((k) => {
              const s = k.keyTasks;
              return (
                <Table.Tr key={`${k.committee}/${k.unit}`}>
                  <Table.Td>{pickName(k.names, locale)}</Table.Td>
                  {[s.total, s.completed.total, s.completed.late, s.notCompleted.total, s.notCompleted.overdue].map((n, i) => (
                    <Table.Td key={i} ta="right">
                      {intl.formatNumber(n)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{intl.formatNumber(s.completionRate / 100, { style: 'percent', minimumFractionDigits: 2 })}</Table.Td>
                  <Table.Td>{submission(k)}</Table.Td>
                  <Table.Td ta="right">{k.serviceIndex ? intl.formatNumber(k.serviceIndex.total, { minimumFractionDigits: 2 }) : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
