import type { PublicServiceIndex } from '../../../../shared/contracts/publication.ts';
import { sparkline } from './chart.ts';
import { html } from './html.ts';
import type { PageSpec } from './layout.ts';
import type { PageContext } from './page-context.ts';
import type { SiblingRank } from './page-data.ts';
import { rankOf, serviceBand } from './parts.ts';
import { latestFigure, trendPoints } from './service-index-section.ts';

/**
 * The widget a province's own portal frames: the unit's service index of the last complete
 * month, its band, 12 months as a small line, its rank among the units of the unit above it
 * (when that one's service index is published) and a link to the full page, in a new tab.
 */
export function widgetPage(ctx: PageContext, si: PublicServiceIndex, sibling: SiblingRank | null): PageSpec {
  const { t, f } = ctx;
  const unit = ctx.name(si.unit.names);
  const latest = latestFigure(si);
  const first = si.months[0]?.month;
  const last = si.months[si.months.length - 1]?.month;
  const points = trendPoints(ctx, si);
  const provisional = points.some((p) => p.provisional && p.value !== null);
  const page = `units/${encodeURIComponent(si.unit.code)}`;
  const body = html`<h1>${unit}</h1>
<p class="muted small">${t('serviceIndex.heading')}</p>
${
  latest
    ? html`<div class="headline"><span class="figure">${f.number(latest.total, 2)}</span><span class="muted">${t('serviceIndex.outOf')}</span>${serviceBand(ctx, latest.band)}</div>
<p class="muted small">${t('serviceIndex.latest', { month: f.month(latest.month) })}</p>`
    : html`<p class="muted">${t('serviceIndex.none')}</p>`
}
${first && last ? sparkline(points, t('serviceIndex.chartLabel', { unit, from: f.month(first), to: f.month(last) })) : ''}
${provisional && last ? html`<p class="legend">${t('serviceIndex.provisional', { month: f.month(last) })}</p>` : ''}
${sibling && sibling.rank !== null ? html`<p>${t('widget.rank', { rank: rankOf(ctx, sibling.rank, sibling.of), parent: ctx.name(sibling.parent.names), month: f.month(sibling.month) })}</p>` : ''}
<p><a href="${ctx.absolute(page)}" target="_blank" rel="noopener">${t('widget.more')}</a></p>`;
  return { title: t('widget.title', { unit }), description: t('widget.description', { unit }), rest: `widget/${encodeURIComponent(si.unit.code)}`, body, widget: true };
}
