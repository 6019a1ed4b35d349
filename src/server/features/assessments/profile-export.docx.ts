import { officialDocx, type Block, type Letterhead } from '../../platform/documents/official-document.ts';
import type { ReaderFormats } from '../../platform/documents/reader-formats.ts';
import { aimText, componentName, headerLines, indexName, latestByIndex, placesText, rankText, unitName, type ExportText, type ProfileData } from './profile-lines.ts';

/**
 * A one-page briefing for a leader, in the official layout of the reader's country: each
 * index's latest standing with its change, the components that fell, the targets judged,
 * and where the chosen peers stand on the same indices.
 */
export async function profileDocx(d: ProfileData, issue: { letterhead: Letterhead; issuedOn: string }, f: ReaderFormats, t: ExportText): Promise<Buffer> {
  const latest = latestByIndex(d.standings, d.unit.code);
  const value = (v: number) => f.number(v, 2);
  const body: Block[] = [
    ...headerLines(d, f, t).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'heading', text: `I. ${t('profileExport.latest')}` },
    {
      kind: 'table',
      columns: [{ heading: t('profileExport.index') }, { heading: t('profileExport.year'), align: 'center' }, { heading: t('profileExport.value'), align: 'right' }, { heading: t('profileExport.rank'), align: 'center' }, { heading: t('profileExport.places') }],
      rows: latest.map((s) => [`${indexName(d, s.indexCode, f)} (${t(`profileExport.sets.${s.comparisonSet}`)})`, f.year(s.year), value(s.value), rankText(s, f, t), placesText(s.change, f, t)]),
    },
  ];
  const fell = latest.flatMap((s) => (s.change?.components ?? []).filter((c) => c.fell).map((c) => t('profileExport.componentFell', { index: indexName(d, s.indexCode, f), component: componentName(d, s.indexCode, c.key, f), points: value(-c.points) })));
  if (fell.length) body.push({ kind: 'paragraph', text: t('profileExport.fellIntro') }, { kind: 'items', items: fell });
  if (d.targets.length)
    body.push(
      { kind: 'heading', text: `II. ${t('profileExport.targetsSheet')}` },
      {
        kind: 'table',
        columns: [{ heading: t('profileExport.index') }, { heading: t('profileExport.year'), align: 'center' }, { heading: t('profileExport.aim') }, { heading: t('profileExport.status') }],
        rows: d.targets.map((x) => [indexName(d, x.indexCode, f), f.year(x.year), aimText(x, f, t), t(`profileExport.statuses.${x.status}`)]),
      },
    );
  if (d.peers.length) {
    const rows = latest.flatMap((s) =>
      d.peers.flatMap((p) => {
        const same = p.standings.find((x) => x.indexCode === s.indexCode && x.year === s.year && x.comparisonSet === s.comparisonSet);
        return same ? [[indexName(d, s.indexCode, f), unitName(p.unit, f), value(same.value), rankText(same, f, t), placesText(same.change, f, t)]] : [];
      }),
    );
    body.push(
      { kind: 'heading', text: `${d.targets.length ? 'III' : 'II'}. ${t('profileExport.peersSheet')}` },
      { kind: 'table', columns: [{ heading: t('profileExport.index') }, { heading: t('profileExport.unitColumn') }, { heading: t('profileExport.value'), align: 'right' }, { heading: t('profileExport.rank'), align: 'center' }, { heading: t('profileExport.places') }], rows },
    );
  }
  return officialDocx({ locale: f.locale, type: 'report', issuedOn: issue.issuedOn, title: t('profileExport.title', { unit: unitName(d.unit, f) }), letterhead: issue.letterhead, body }, t);
}
