import type { PublicationKind, PublicOneStop, PublicRound, PublicServiceIndex, PublicStandings, PublicSurveyLinks } from '../../../shared/contracts/publication.ts';
import { csvText, type CsvValue } from '../../../shared/domain/csv.ts';
import { LOCALES, type LocalizedNames } from '../../../shared/locales.ts';

/**
 * The open data's dictionary: each dataset's CSV columns, their types and meaning (the
 * catalogue publishes it), and the one place a dataset becomes CSV rows. Names come in the
 * five languages as `<column>_<locale>` columns; numbers as numbers, months as YYYY-MM.
 */
export interface Column {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'month';
  description: string;
}

const names = (prefix: string, what: string): Column[] => LOCALES.map((l) => ({ name: `${prefix}_${l}`, type: 'string', description: `${what} in ${l}` }));
const unitColumns = [{ name: 'unit_code', type: 'string', description: 'the unit’s code' } as Column, ...names('unit_name', 'the unit’s name')];
const nameCells = (prefix: string, n: LocalizedNames) => Object.fromEntries(LOCALES.map((l) => [`${prefix}_${l}`, n[l] ?? '']));
const unitCells = (u: { code: string; names: LocalizedNames }) => ({ unit_code: u.code, ...nameCells('unit_name', u.names) });

const oneStopColumns: Column[] = [
  { name: 'received', type: 'integer', description: 'dossiers received in the month (or the period, by unit)' },
  { name: 'received_online', type: 'integer', description: 'of them, received online' },
  { name: 'resolved', type: 'integer', description: 'dossiers resolved' },
  { name: 'resolved_on_time', type: 'integer', description: 'resolved early or on time' },
  { name: 'resolved_late', type: 'integer', description: 'resolved after the statutory time' },
  { name: 'pending', type: 'integer', description: 'dossiers pending at the end' },
  { name: 'pending_overdue', type: 'integer', description: 'of them, past the statutory time' },
  { name: 'on_time_rate', type: 'number', description: 'resolved on time ÷ resolved, in percent (empty when none resolved)' },
];

export const DICTIONARY: Record<PublicationKind, Column[]> = {
  round: [
    ...unitColumns,
    { name: 'rank', type: 'integer', description: 'rank in the round (1 = best; equal points share a rank)' },
    { name: 'of', type: 'integer', description: 'how many units were ranked' },
    { name: 'points', type: 'number', description: 'points out of the framework’s maximum' },
    { name: 'percent', type: 'number', description: 'points as a percentage of the maximum' },
    { name: 'band', type: 'string', description: 'the band (group) reached' },
    { name: 'rank_change', type: 'string', description: 'places gained (+) or lost (−) against the previous round; "new"; "not_comparable" when that ranking had another N; empty while the previous round is not published' },
    { name: 'point_change', type: 'number', description: 'points gained or lost against the previous round' },
    { name: 'previous_rank', type: 'integer', description: 'the rank in the previous round' },
    { name: 'previous_of', type: 'integer', description: 'how many were ranked in the previous round' },
  ],
  service_index: [
    { name: 'row', type: 'string', description: '"month" (the unit’s own index that month) or "unit" (a unit under it, last complete month)' },
    { name: 'month', type: 'month', description: 'the month (row "month"); the month ranked on (row "unit")' },
    ...unitColumns,
    { name: 'total', type: 'number', description: 'the service index out of 100 (Decision 766)' },
    { name: 'band', type: 'string', description: 'its band' },
    { name: 'rank', type: 'integer', description: 'rank among the units under it (row "unit"; empty: not ranked)' },
    { name: 'of', type: 'integer', description: 'how many were ranked (row "unit")' },
  ],
  one_stop: [
    { name: 'row', type: 'string', description: '"month" (the unit with the units under it) or "unit" (each unit under it, the whole period)' },
    { name: 'month', type: 'month', description: 'the month (row "month")' },
    ...unitColumns,
    ...oneStopColumns,
  ],
  standings: [
    ...unitColumns,
    { name: 'index_code', type: 'string', description: 'the index (PAR_INDEX, SIPAS, PCI, PAPI, DDCI, GRDP_GROWTH …)' },
    { name: 'year', type: 'integer', description: 'the year the figure is for' },
    { name: 'comparison_set', type: 'string', description: 'the ranking: nation, region, group, province (the province’s own units)' },
    { name: 'component', type: 'string', description: 'empty for the index; else the component’s key' },
    { name: 'value', type: 'number', description: 'the published value' },
    { name: 'max', type: 'number', description: 'the component’s maximum' },
    { name: 'rank', type: 'integer', description: 'the published rank' },
    { name: 'of', type: 'integer', description: 'how many were ranked' },
    { name: 'places', type: 'integer', description: 'places gained (+) or lost (−) since the latest earlier year of the same ranking and N (empty when not comparable)' },
    { name: 'points', type: 'number', description: 'value gained or lost since that year' },
    { name: 'source', type: 'string', description: 'where it was published' },
  ],
  survey_links: [...unitColumns, { name: 'url', type: 'string', description: 'the public form’s address, relative to the site' }],
};

const csvOf = (kind: PublicationKind, rows: Record<string, CsvValue>[]) => csvText(DICTIONARY[kind].map((c) => c.name), rows);

export const toCsv = {
  round: (d: PublicRound) =>
    csvOf(
      'round',
      d.units.map((u) => ({ ...unitCells(u.unit), rank: u.rank, of: u.of, points: u.points, percent: u.percent, band: u.band, rank_change: u.rankChange === null ? null : String(u.rankChange), point_change: u.pointChange, previous_rank: u.previous?.rank ?? null, previous_of: u.previous?.of ?? null })),
    ),
  serviceIndex: (d: PublicServiceIndex) =>
    csvOf('service_index', [
      ...d.months.map((m) => ({ row: 'month', month: m.month, ...unitCells(d.unit), total: m.total, band: m.band })),
      ...d.units.map((u) => ({ row: 'unit', month: d.rankedMonth, ...unitCells(u.unit), total: u.total, band: u.band, rank: u.rank, of: u.of })),
    ]),
  oneStop: (d: PublicOneStop) => {
    const figures = (f: Omit<PublicOneStop['units'][number], 'unit'>) => ({ received: f.received, received_online: f.receivedOnline, resolved: f.resolved, resolved_on_time: f.resolvedOnTime, resolved_late: f.resolvedLate, pending: f.pending, pending_overdue: f.pendingOverdue, on_time_rate: f.onTimeRate });
    return csvOf('one_stop', [...d.months.map((m) => ({ row: 'month', month: m.month, ...unitCells(d.unit), ...figures(m) })), ...d.units.map((u) => ({ row: 'unit', ...unitCells(u.unit), ...figures(u) }))]);
  },
  standings: (d: PublicStandings) =>
    csvOf(
      'standings',
      d.standings.flatMap((s) => {
        const base = { ...unitCells(s.unit), index_code: s.indexCode, year: s.year, comparison_set: s.comparisonSet, source: s.source };
        return [
          { ...base, component: '', value: s.value, max: null, rank: s.rank, of: s.of, places: s.change?.places ?? null, points: s.change?.points ?? null },
          ...s.components.map((c) => {
            const ch = s.change?.components.find((x) => x.key === c.key);
            return { ...base, component: c.key, value: c.value, max: c.max, rank: c.rank, of: c.of, places: ch?.places ?? null, points: ch?.points ?? null };
          }),
        ];
      }),
    ),
  surveyLinks: (d: PublicSurveyLinks) => csvOf('survey_links', d.links.map((l) => ({ ...unitCells(l.unit), url: l.url }))),
};
