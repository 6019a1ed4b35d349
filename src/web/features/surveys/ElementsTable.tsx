import type { ReactNode } from 'react';
import { Table, Text } from '@mantine/core';
import type { ElementFigures } from '../../../shared/contracts/survey-analysis.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import tableClasses from '../../ui/DataTable.module.css';
import { useNameOf } from '../units/index.ts';
import { useFormatSurveyRate } from './format.ts';

export interface ElementsRow {
  key: string;
  /** the row's name (a month, a unit, a wave) */
  head: ReactNode;
  /** the columns before the elements' (responses, targets) */
  lead: ReactNode[];
  elements: Record<string, ElementFigures>;
  overall: number | null;
}

interface Props {
  /** headers of the row name and the lead columns, translated */
  heads: string[];
  overallLabel: string;
  elements: { key: string; names: LocalizedNames }[];
  rows: ElementsRow[];
  testId: string;
}

/**
 * A table of element rates side by side (months, units or waves as rows): the element columns
 * are the questionnaire's, named in the reader's language, so it is drawn here rather than with
 * DataTable's fixed headers. The first column stays in view while the rates scroll on a phone.
 */
export function ElementsTable({ heads, overallLabel, elements, rows, testId }: Props) {
  const nameOf = useNameOf();
  const rate = useFormatSurveyRate();
  const [first, ...rest] = heads;
  return (
    <Table.ScrollContainer minWidth={Math.max(560, 180 + 110 * (rest.length + elements.length + 1))}>
      <Table striped fz="sm" verticalSpacing="xs" className={tableClasses.stickyFirst} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{first}</Table.Th>
            {rest.map((h) => (
              <Table.Th key={h} ta="end">
                {h}
              </Table.Th>
            ))}
            {elements.map((e) => (
              <Table.Th key={e.key} ta="end" maw={140}>
                <Text size="xs" fw={700} lh={1.3}>
                  {nameOf(e.names) || e.key}
                </Text>
              </Table.Th>
            ))}
            <Table.Th ta="end">{overallLabel}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-testid={`${testId}-${r.key}`}>
              <Table.Td miw={140}>{r.head}</Table.Td>
              {r.lead.map((cell, i) => (
                <Table.Td key={i} ta="end" style={{ whiteSpace: 'nowrap' }}>
                  {cell}
                </Table.Td>
              ))}
              {elements.map((e) => (
                <Table.Td key={e.key} ta="end" style={{ whiteSpace: 'nowrap' }} data-element={e.key}>
                  {rate(r.elements[e.key]?.rate)}
                </Table.Td>
              ))}
              <Table.Td ta="end" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="overall">
                {rate(r.overall)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
