import type { PublicServiceIndex } from '../../../../shared/contracts/publication.ts';
import { trendChart, type TrendPoint } from './chart.ts';
import { html, type Html } from './html.ts';
import type { PageContext } from './page-context.ts';
import { downloads, rankOf, scrollingTable, serviceBand, unitName } from './parts.ts';

/** The trend's months, this one (still counting) marked provisional. */
export const trendPoints = (ctx: PageContext, si: PublicServiceIndex): TrendPoint[] =>
  si.months.map((m) => ({ month: m.month, value: m.total, provisional: m.month === ctx.today.slice(0, 7) }));

/** The figure of the last complete month (what the units are ranked on), else the latest there is. */
export function latestFigure(si: PublicServiceIndex): { month: string; total: number; band: string | null } | null {
  const ranked = si.rankedMonth;
  const m = si.months.find((x) => x.month === ranked && x.total !== null) ?? [...si.months].reverse().find((x) => x.total !== null);
  return m && m.total !== null ? { month: m.month, total: m.total, band: m.band } : null;
}

/** A unit's service index (Decision 766): its figure, 12 months' trend, the units under it ranked. */
export function serviceIndexSection(ctx: PageContext, si: PublicServiceIndex, withPages: ReadonlySet<string>): Html {
  const { t, f } = ctx;
  const unit = ctx.name(si.unit.names);
  const latest = latestFigure(si);
  const points = trendPoints(ctx, si);
  const first = si.months[0]?.month;
  const last = si.months[si.months.length - 1]?.month;
  const month = si.rankedMonth;
  const provisional = points.some((p) => p.provisional && p.value !== null);
  const monthRows = si.months.map((m) => html`<tr><td>${f.month(m.month)}</td><td class="num">${m.total === null ? '—' : f.number(m.total, 2)}</td><td>${serviceBand(ctx, m.band)}</td></tr>`);
  const unitRows = si.units.map(
    (u) => html`<tr><td class="num">${u.rank === null ? html`<span aria-hidden="true">—</span><span class="vh">${t('serviceIndex.notRanked')}</span>` : rankOf(ctx, u.rank, u.of)}</td><td class="name">${unitName(ctx, u.unit, withPages)}</td><td class="num">${u.total === null ? '—' : f.number(u.total, 2)}</td><td>${serviceBand(ctx, u.band)}</td></tr>`,
  );
  const code = encodeURIComponent(si.unit.code);
  return html`<section id="service-index" aria-labelledby="h-service-index">
<h2 id="h-service-index">${t('serviceIndex.heading')}</h2>
${
  latest
    ? html`<div class="headline"><span class="figure">${f.number(latest.total, 2)}</span><span class="muted">${t('serviceIndex.outOf')}</span>${serviceBand(ctx, latest.band)}</div>
<p class="muted">${t('serviceIndex.latest', { month: f.month(latest.month) })}</p>`
    : html`<p class="muted">${t('serviceIndex.none')}</p>`
}
${first && last ? trendChart(ctx, points, t('serviceIndex.chartLabel', { unit, from: f.month(first), to: f.month(last) })) : ''}
${provisional && last ? html`<p class="legend">${t('serviceIndex.provisional', { month: f.month(last) })}</p>` : ''}
<details><summary>${t('serviceIndex.byMonth')}</summary>
${scrollingTable(t('serviceIndex.byMonthCaption', { unit }), html`<th scope="col">${t('serviceIndex.month')}</th><th class="num" scope="col">${t('serviceIndex.index')}</th><th scope="col">${t('serviceIndex.band')}</th>`, monthRows)}
</details>
${
  si.units.length && month
    ? html`<h3>${t('serviceIndex.unitsHeading', { unit, month: f.month(month) })}</h3>
${scrollingTable(t('serviceIndex.unitsCaption', { unit, month: f.month(month) }), html`<th class="num" scope="col">${t('serviceIndex.rank')}</th><th scope="col">${t('serviceIndex.unit')}</th><th class="num" scope="col">${t('serviceIndex.index')}</th><th scope="col">${t('serviceIndex.band')}</th>`, unitRows)}
${si.units.some((u) => u.rank === null) ? html`<p class="small muted">${t('serviceIndex.notRankedNote')}</p>` : ''}`
    : ''
}
${downloads(ctx, [{ label: '', json: `/api/public/service-index/${code}.json`, csv: `/api/public/service-index/${code}.csv` }])}
</section>`;
}
