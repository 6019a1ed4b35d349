import type { MouseEvent, ReactNode } from 'react';
import { Anchor, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { linkProps, navigate } from '../app/router/router.ts';
import { STICKY } from './sticky.ts';

/**
 * A ranked entry: "3 of 21" and the name (a link when `href` is given), the code under it
 * when `code` is given, and a note under that. A null rank is an entry the ranking leaves out
 * (said with `unrankedId`), listed after the ranked ones.
 */
export interface Ranked {
  key: string;
  rank: number | null;
  of: number;
  name: string;
  code?: string | undefined;
  href?: string;
  note?: ReactNode;
}

/** A figure column: its header, its cell, and how it reads. */
export interface RankingColumn<R> {
  labelId: string;
  cell: (row: R) => ReactNode;
  /** figures align to the end, as numbers do; a start-aligned column is for bars and text */
  align?: 'start' | 'end';
  /** the figure the ranking is on, in bold */
  strong?: boolean;
  testId?: string;
}

interface Props<R extends Ranked> {
  /** in rank order */
  rows: readonly R[];
  /** the header of the rank-and-name column */
  nameLabelId: string;
  columns: readonly RankingColumn<R>[];
  /** narrower than this, the table scrolls sideways with the names in view */
  minWidth: number;
  testId: string;
  /** test ids of the rows and ranks: `${prefix}-row-${key}`, `${prefix}-rank` */
  prefix: string;
  /** a sentence shown in place of a table without rows */
  emptyId?: string;
  /** a click anywhere on a row opens its `href`, not only on the name */
  rowOpens?: boolean;
  /** the words for an entry left out of the ranking (rank null) */
  unrankedId?: string;
}

/**
 * The app's one ranking look (task completion by unit, the service index, an assessment
 * round): each row says "rank of N" over the unit's name, then the figures. Ties share a
 * rank; the caller orders the rows and formats the figures.
 */
export function RankingTable<R extends Ranked>({ rows, nameLabelId, columns, minWidth, testId, prefix, emptyId, rowOpens = false, unrankedId }: Props<R>) {
  if (rows.length === 0 && emptyId) {
    return (
      <Text c="dimmed" size="sm">
        <FormattedMessage id={emptyId} />
      </Text>
    );
  }
  const open = (row: R) => (event: MouseEvent) => row.href && !(event.target as HTMLElement).closest('a') && navigate(row.href);
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table highlightOnHover fz="sm" verticalSpacing={6} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY}>
              <FormattedMessage id={nameLabelId} />
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.labelId} ta={column.align ?? 'end'}>
                <FormattedMessage id={column.labelId} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid={`${prefix}-row-${row.key}`} onClick={rowOpens ? open(row) : undefined} style={rowOpens ? { cursor: 'pointer' } : undefined}>
              <Table.Td style={STICKY} maw={{ base: 170, sm: 340 }}>
                {row.rank === null ? (
                  <Text size="xs" c="red.8" data-testid={`${prefix}-rank`} data-ranked="false">
                    {unrankedId ? <FormattedMessage id={unrankedId} /> : '—'}
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed" data-testid={`${prefix}-rank`}>
                    <FormattedMessage id="dashboard.league.rankOf" values={{ rank: row.rank, of: row.of }} />
                  </Text>
                )}
                {row.href ? (
                  <Anchor size="sm" {...linkProps(row.href)}>
                    {row.name}
                  </Anchor>
                ) : (
                  <Text size="sm">{row.name}</Text>
                )}
                {row.code !== undefined && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {row.code}
                  </Text>
                )}
                {row.note}
              </Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.labelId} ta={column.align ?? 'end'} fw={column.strong ? 700 : undefined} data-testid={column.testId}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
