import type { ConsolidatedReport } from '../../../shared/contracts/consolidated.ts';
import type { TaskStatistics } from '../../../shared/contracts/tasks.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { officialDocx, type Block, type Letterhead } from '../../platform/documents/official-document.ts';
import { readerFormats, type ReaderFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn, type ReportSheet } from '../../platform/documents/report-sheet.ts';
import { placeText, serviceIndexGroups, serviceIndexSentences, standingSentence, submissionText, targetRule, targetSentence, type Text } from './consolidated-sentences.ts';

/** The task columns every table of the report shares (the statistics leaders quote). */
const TASK_COLUMNS = ['total', 'completed', 'early', 'onTime', 'late', 'notCompleted', 'inTime', 'overdue', 'rate'] as const;
const taskCells = (s: TaskStatistics, f: ReaderFormats) => [s.total, s.completed.total, s.completed.early, s.completed.onTime, s.completed.late, s.notCompleted.total, s.notCompleted.inTime, s.notCompleted.overdue].map((n) => f.number(n)).concat(f.percent(s.completionRate, 2));

/** Paragraphs of a narrative (blank lines separate them). */
const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));

function taskRows(r: ConsolidatedReport, locale: Locale, t: Text, f: ReaderFormats): string[][] {
  const s = r.figures.tasks;
  return [
    [t('consolidated.doc.allTasks'), ...taskCells(s.total, f)],
    ...s.byIssuingBody.map((b) => [b.issuingBody || t('consolidated.doc.noIssuingBody'), ...taskCells(b.statistics, f)]),
    ...s.byPlan.map((p) => [`${p.plan} — ${pickName(p.title, locale)}`, ...taskCells(p.statistics, f)]),
    [t('consolidated.doc.keyTasks'), ...taskCells(s.key, f)],
  ];
}

const KEY_UNIT_TASKS = ['total', 'completed', 'late', 'notCompleted', 'overdue', 'rate'] as const;
const keyTaskCells = (s: TaskStatistics) => [s.total, s.completed.total, s.completed.late, s.notCompleted.total, s.notCompleted.overdue, s.completionRate];

/** The key units' results: one line saying how many and as of when, then a row per unit. */
function keyUnitBlocks(x: ConsolidatedReport['figures'], locale: Locale, t: Text, f: ReaderFormats): Block[] {
  if (!x.keyUnits.length) return [];
  const columns = [{ heading: t('consolidated.columns.keyUnit') }, ...KEY_UNIT_TASKS.map((c) => ({ heading: t(`consolidated.columns.${c}`), align: 'right' as const })), { heading: t('consolidated.columns.submission') }, { heading: t('consolidated.sections.serviceIndex'), align: 'right' as const }];
  const rows = x.keyUnits.map((k) => [
    pickName(k.names, locale),
    ...keyTaskCells(k.keyTasks).map((n, i) => (i === KEY_UNIT_TASKS.length - 1 ? f.percent(n, 2) : f.number(n))),
    submissionText(k, x.round, t),
    k.serviceIndex ? f.number(k.serviceIndex.total, 2) : '—',
  ]);
  return [
    { kind: 'heading', text: t('consolidated.sections.keyUnits') },
    { kind: 'paragraph', text: t('consolidated.doc.keyUnitsLine', { count: f.number(x.keyUnits.length), asOf: f.date(x.asOf) }) },
    { kind: 'table', columns, rows },
  ];
}

/** The consolidated report as an administrative report: sections of figures, then the secretariat's narratives. */
export async function consolidatedDocx(r: ConsolidatedReport, issue: { letterhead: Letterhead; issuedOn: string }, locale: Locale, t: Text): Promise<Buffer> {
  const f = readerFormats(locale);
  const x = r.figures;
  const s = x.tasks.total;
  const d = x.dossiers;
  const unit = pickName(x.unit.names, locale);
  const columns = [{ heading: t('consolidated.doc.tasksOf') }, ...TASK_COLUMNS.map((c) => ({ heading: t(`consolidated.columns.${c}`), align: 'right' as const }))];
  const body: Block[] = [
    { kind: 'paragraph', text: t('consolidated.doc.scope', { unit, from: f.date(x.from), to: f.date(x.to), asOf: f.date(x.asOf) }) },
    { kind: 'heading', text: `I. ${t('consolidated.sections.summary')}` },
    ...paragraphs(r.narrative.summary),
    { kind: 'heading', text: `II. ${t('consolidated.sections.tasks')}` },
    { kind: 'paragraph', text: t('consolidated.doc.tasksLine', { completed: f.number(s.completed.total), total: f.number(s.total), rate: f.percent(s.completionRate, 2), late: f.number(s.completed.late), open: f.number(s.notCompleted.total) }) },
    ...x.tasks.byIssuingBody.map((b): Block => ({ kind: 'paragraph', text: t('consolidated.doc.issuingBodyLine', { body: b.issuingBody || t('consolidated.doc.noIssuingBody'), total: f.number(b.statistics.total), inTime: f.number(b.statistics.completed.early + b.statistics.completed.onTime), open: f.number(b.statistics.notCompleted.total), late: f.number(b.statistics.completed.late) }) })),
    { kind: 'table', columns, rows: taskRows(r, locale, t, f), boldRows: [0] },
    { kind: 'heading', text: `III. ${t('consolidated.sections.dossiers')}` },
    { kind: 'paragraph', text: t('consolidated.doc.dossiersLine', { received: f.number(d.received.total), online: f.number(d.received.online), resolved: f.number(d.resolved.total), late: f.number(d.resolved.late), onTimeRate: f.percent(d.rates.onTime, 2) }) },
    ...(x.serviceIndex
      ? [{ kind: 'heading', text: `IV. ${t('consolidated.sections.serviceIndex')}` } as Block, ...serviceIndexSentences(x.serviceIndex, t, f).map((text): Block => ({ kind: 'paragraph', text })), { kind: 'items', items: serviceIndexGroups(x.serviceIndex, t, f) } as Block]
      : []),
    ...(x.standings.length ? [{ kind: 'heading', text: t('consolidated.sections.standings') } as Block, { kind: 'items', items: x.standings.map((st) => standingSentence(st, t, f)) } as Block] : []),
    ...(x.submissions ? [{ kind: 'heading', text: t('consolidated.sections.submissions') } as Block, { kind: 'paragraph', text: t('consolidated.doc.submissionsLine', Object.fromEntries(Object.entries(x.submissions).map(([k, v]) => [k, f.number(v)]))) } as Block] : []),
    ...keyUnitBlocks(x, locale, t, f),
    ...(x.targets.length ? [{ kind: 'heading', text: t('consolidated.sections.targets') } as Block, { kind: 'items', items: x.targets.map((g) => targetSentence(g, pickName(g.names, locale), t, f)) } as Block] : []),
    ...(x.proposals.length ? [{ kind: 'heading', text: t('consolidated.sections.proposals') } as Block, { kind: 'items', items: x.proposals.flatMap((g) => g.items.map((i) => `${g.field} → ${g.addressee}: ${i.text} (${i.unitCode})`)) } as Block] : []),
    { kind: 'heading', text: t('consolidated.sections.assessment') },
    ...paragraphs(r.narrative.assessment),
    { kind: 'heading', text: t('consolidated.sections.nextTasks') },
    ...paragraphs(r.narrative.nextTasks),
  ];
  return officialDocx({ locale, type: 'report', issuedOn: issue.issuedOn, title: t('consolidated.doc.title', { unit, period: x.period }), letterhead: issue.letterhead, body, number: r.issued?.number }, t);
}

/** The annex tables: task statistics by plan, issuing body and area; the one-stop figures. */
export async function consolidatedXlsx(r: ConsolidatedReport, locale: Locale, t: Text): Promise<Buffer> {
  const f = readerFormats(locale);
  const x = r.figures;
  const lines = [t('consolidated.doc.scope', { unit: pickName(x.unit.names, locale), from: f.date(x.from), to: f.date(x.to), asOf: f.date(x.asOf) })];
  const statColumns: ReportColumn[] = [...TASK_COLUMNS.slice(0, -1).map((c) => ({ heading: t(`consolidated.columns.${c}`), kind: 'integer' as const })), { heading: t('consolidated.columns.rate'), kind: 'percent' }];
  const values = (s: TaskStatistics) => [s.total, s.completed.total, s.completed.early, s.completed.onTime, s.completed.late, s.notCompleted.total, s.notCompleted.inTime, s.notCompleted.overdue, s.completionRate];
  const tasks: ReportSheet = {
    name: t('consolidated.sections.tasks'),
    title: t('consolidated.sections.tasks'),
    lines,
    columns: [{ heading: t('consolidated.doc.tasksOf'), kind: 'text' }, ...statColumns],
    rows: [
      { values: [t('consolidated.doc.allTasks'), ...values(x.tasks.total)], total: true },
      ...x.tasks.byIssuingBody.map((b) => ({ values: [b.issuingBody || t('consolidated.doc.noIssuingBody'), ...values(b.statistics)] })),
      ...x.tasks.byPlan.map((p) => ({ values: [`${p.plan} — ${pickName(p.title, locale)}`, ...values(p.statistics)] })),
      ...x.tasks.byArea.map((a) => ({ values: [t(`areas.${a.area}`), ...values(a.statistics)] })),
      { values: [t('consolidated.doc.keyTasks'), ...values(x.tasks.key)] },
    ],
    frozenColumns: 1,
  };
  const d = x.dossiers;
  const dossiers: ReportSheet = {
    name: t('consolidated.sections.dossiers'),
    title: t('consolidated.sections.dossiers'),
    lines,
    columns: (['received', 'carriedOver', 'online', 'resolved', 'resolvedLate', 'pending', 'overdue'] as const).map((c) => ({ heading: t(`consolidated.columns.${c}`), kind: 'integer' as const })),
    rows: [{ values: [d.received.total, d.received.carriedOver, d.received.online, d.resolved.total, d.resolved.late, d.pending.total, d.pending.overdue] }],
  };
  return reportWorkbook(locale, [tasks, dossiers, ...changeSheets(x, lines, locale, t, f)]);
}

/** The annex sheets of the service index (groups, change), the published standings (changes), the key units and the targets, where the report has them. */
function changeSheets(x: ConsolidatedReport['figures'], lines: string[], locale: Locale, t: Text, f: ReaderFormats): ReportSheet[] {
  const sheets: ReportSheet[] = [];
  const si = x.serviceIndex;
  if (si) {
    sheets.push({
      name: t('consolidated.sections.serviceIndex'),
      title: `${t('consolidated.sections.serviceIndex')} ${si.period}`,
      lines: [...lines, ...serviceIndexSentences(si, t, f)],
      columns: [{ heading: t('consolidated.columns.group'), kind: 'text' }, { heading: t('consolidated.columns.score'), kind: 'decimal2' }, { heading: t('consolidated.columns.max'), kind: 'decimal2' }],
      rows: [...si.groups.map((g) => ({ values: [t(`serviceIndex.group.${g.key}`), g.score, g.max] })), { values: [t('consolidated.sections.serviceIndex'), si.total, si.totalMax], total: true }],
    });
  }
  if (x.standings.length) {
    sheets.push({
      name: t('consolidated.sections.standings'),
      title: t('consolidated.sections.standings'),
      lines,
      columns: [
        { heading: t('consolidated.columns.index'), kind: 'code' },
        { heading: t('consolidated.columns.year'), kind: 'integer' },
        { heading: t('consolidated.columns.value'), kind: 'decimal2' },
        { heading: t('consolidated.columns.rank'), kind: 'text' },
        { heading: t('consolidated.columns.previous'), kind: 'integer' },
        { heading: t('consolidated.columns.rankChange'), kind: 'text' },
        { heading: t('consolidated.columns.valueChange'), kind: 'decimal2' },
      ],
      rows: x.standings.map((s) => ({ values: [s.indexCode, s.year, s.value, s.rank === null || s.of === null ? null : `${f.number(s.rank)}/${f.number(s.of)}`, s.previous?.year ?? null, placeText(s.rankChange, t, f), s.valueChange] })),
    });
  }
  if (x.keyUnits.length) {
    sheets.push({
      name: t('consolidated.sections.keyUnits'),
      title: t('consolidated.sections.keyUnits'),
      lines: [...lines, t('consolidated.doc.keyUnitsLine', { count: f.number(x.keyUnits.length), asOf: f.date(x.asOf) })],
      columns: [
        { heading: t('consolidated.columns.keyUnit'), kind: 'name' },
        { heading: t('consolidated.columns.committee'), kind: 'code' },
        ...KEY_UNIT_TASKS.map((c): ReportColumn => ({ heading: t(`consolidated.columns.${c}`), kind: c === 'rate' ? 'percent' : 'integer' })),
        { heading: t('consolidated.columns.submission'), kind: 'text' },
        { heading: t('consolidated.sections.serviceIndex'), kind: 'decimal2' },
      ],
      rows: x.keyUnits.map((k) => ({ values: [pickName(k.names, locale), k.committee, ...keyTaskCells(k.keyTasks), submissionText(k, x.round, t), k.serviceIndex?.total ?? null] })),
      frozenColumns: 1,
    });
  }
  if (x.targets.length) {
    sheets.push({
      name: t('targets.export.sheetTargets'),
      title: t('consolidated.sections.targets'),
      lines,
      columns: [
        { heading: t('targets.export.target'), kind: 'name' },
        { heading: t('targets.export.unitHeading'), kind: 'name' },
        { heading: t('targets.export.measure'), kind: 'text' },
        { heading: t('targets.export.rule'), kind: 'text' },
        { heading: t('targets.export.baseline'), kind: 'decimal2' },
        { heading: t('targets.export.line'), kind: 'decimal2' },
        { heading: t('targets.export.current'), kind: 'decimal2' },
        { heading: t('targets.export.resolved'), kind: 'integer' },
        { heading: t('targets.export.status'), kind: 'text' },
      ],
      rows: x.targets.map((g) => ({ values: [pickName(g.names, locale), pickName(g.unit.names, locale), t(`targets.measure.${g.measure}`), targetRule(g, t, f), g.baseline, g.target, g.current, g.resolved, t(`targets.status.${g.status}`)] })),
      frozenColumns: 1,
    });
  }
  return sheets;
}
