import type { ExternalIndex } from '../../../../shared/contracts/standings.ts';
import { html } from './html.ts';
import type { PageSpec } from './layout.ts';
import { oneStopSection } from './one-stop-section.ts';
import type { PageContext } from './page-context.ts';
import type { UnitPageData } from './page-data.ts';
import { rankOf, serviceBand } from './parts.ts';
import { serviceIndexSection } from './service-index-section.ts';
import { standingsSection } from './standings-section.ts';

/**
 * Everything published about a unit on one page: its service index (trend and the units under
 * it), its one-stop statistics, its published standings as a profile, and its rank among the
 * units of the unit above it when that one's service index is published.
 */
export function unitPage(ctx: PageContext, d: UnitPageData, indices: ExternalIndex[], withPages: ReadonlySet<string>): PageSpec {
  const { t, f } = ctx;
  const unit = ctx.name(d.unit.names);
  const parts = [d.serviceIndex && { id: 'service-index', label: t('serviceIndex.heading') }, d.oneStop && { id: 'one-stop', label: t('oneStop.heading') }, d.standings && { id: 'standings', label: t('standings.heading') }].filter(
    (x): x is { id: string; label: string } => Boolean(x),
  );
  const s = d.sibling;
  const body = html`<h1>${unit}</h1>
<p class="lead">${t('unit.lead')}</p>
${parts.length > 1 ? html`<nav aria-label="${t('unit.contents')}"><p class="small">${parts.map((p, i) => html`${i ? ' · ' : ''}<a href="#${p.id}">${p.label}</a>`)}</p></nav>` : ''}
${
  s && s.rank !== null
    ? html`<p class="note">${t('unit.sibling', { parent: ctx.name(s.parent.names), month: f.month(s.month), rank: rankOf(ctx, s.rank, s.of), value: s.total === null ? '—' : f.number(s.total, 2) })} ${serviceBand(ctx, s.band)}</p>`
    : ''
}
${d.serviceIndex ? serviceIndexSection(ctx, d.serviceIndex, withPages) : ''}
${d.oneStop ? oneStopSection(ctx, d.oneStop, withPages) : ''}
${d.standings ? standingsSection(ctx, d.standings, indices) : ''}`;
  return {
    title: t('unit.title', { unit }),
    description: t('unit.description', { unit, contents: parts.map((p) => p.label).join(', ') }),
    rest: `units/${encodeURIComponent(d.unit.code)}`,
    body,
  };
}
