import { html, type Html, type Part } from './html.ts';
import type { PageContext } from './page-context.ts';

/** "3 of 14": a rank is never shown without its N. */
export const rankOf = (ctx: PageContext, rank: number, of: number): string => ctx.t('rankOf', { rank: ctx.f.number(rank), of: ctx.f.number(of) });

/**
 * A change of rank: "▲ 3" (places gained), "▼ 2" (lost), "=" (the same), "new", or "was 5 of 20"
 * when the earlier ranking had another N (ranks of different N are not compared place by place).
 * The arrows are spelt out for screen readers.
 */
export function rankChange(ctx: PageContext, places: number | 'new' | null, was: { rank: number; of: number } | null): Html {
  if (places === 'new') return html`${ctx.t('change.new')}`;
  if (places === null) return was ? html`<span class="muted">${ctx.t('change.was', { rank: ctx.f.number(was.rank), of: ctx.f.number(was.of) })}</span>` : html``;
  if (places === 0) return html`<span aria-hidden="true">=</span><span class="vh">${ctx.t('change.same')}</span>`;
  const n = ctx.f.number(Math.abs(places));
  return places > 0
    ? html`<span class="up"><span aria-hidden="true">▲ ${n}</span><span class="vh">${ctx.t('change.upWords', { n })}</span></span>`
    : html`<span class="down"><span aria-hidden="true">▼ ${n}</span><span class="vh">${ctx.t('change.downWords', { n })}</span></span>`;
}

/** A change of value: "+1.27" or "−0.40" in the reader's numbers. */
export function valueChange(ctx: PageContext, points: number | null, digits = 2): string {
  if (points === null) return '';
  const abs = ctx.f.number(Math.abs(points), digits);
  return points > 0 ? `+${abs}` : points < 0 ? `−${abs}` : abs;
}

/** A service index band (excellent, good, fair, weak) as a coloured label. */
export const serviceBand = (ctx: PageContext, band: string | null): Html =>
  band ? html`<span class="band band-${band}">${ctx.text(`serviceIndex.band.${band}`)}</span>` : html`<span class="muted">—</span>`;

/**
 * A table inside a box that scrolls sideways on a phone (the page itself never does), named by
 * its caption for screen readers; the heading above it names it for the eye.
 */
export const scrollingTable = (caption: string, head: Part, rows: Part): Html =>
  html`<div class="box" role="region" aria-label="${caption}" tabindex="0"><table><caption class="vh">${caption}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;

/** The open data behind a page: its JSON and CSV. */
export const downloads = (ctx: PageContext, items: { label: string; json: string; csv: string }[]): Html =>
  html`<p class="downloads">${ctx.t('download')}: ${items.map(
    (d, i) => html`${i > 0 ? ' · ' : ''}${d.label ? `${d.label} ` : ''}<a href="${d.json}" type="application/json">JSON</a> <a href="${d.csv}" type="text/csv">CSV</a>`,
  )}</p>`;

/** A unit's name, a link to its public page when it has one. */
export const unitName = (ctx: PageContext, unit: { code: string; names: Record<string, string | undefined> }, withPage: ReadonlySet<string>): Html =>
  withPage.has(unit.code) ? html`<a href="${ctx.href(`units/${encodeURIComponent(unit.code)}`)}">${ctx.name(unit.names)}</a>` : html`${ctx.name(unit.names)}`;
