import type { PublicStandings } from '../../../../shared/contracts/publication.ts';
import type { ExternalIndex, Standing } from '../../../../shared/contracts/standings.ts';
import { COMPARISON_SETS, indexPosition } from '../../../../shared/domain/standings.ts';
import { html, type Html } from './html.ts';
import type { PageContext } from './page-context.ts';
import { downloads, rankChange, rankOf, scrollingTable, valueChange } from './parts.ts';

/** A published value with the decimals it was published with (at most two). */
const published = (ctx: PageContext, value: number) => ctx.f.number(value, Math.min(2, (String(value).split('.')[1] ?? '').length));

/** The components that fell since the earlier year, named, with their change of value and rank. */
function fell(ctx: PageContext, s: Standing, index: ExternalIndex | undefined): Html {
  const fallen = s.change?.components.filter((c) => c.fell) ?? [];
  if (!s.change || fallen.length === 0) return html``;
  const nameOf = (key: string) => {
    const c = index?.components.find((x) => x.key === key);
    return c ? ctx.name(c.names) : key;
  };
  return html`<p class="small">${ctx.t('standings.fell', { year: ctx.f.year(s.year), fromYear: ctx.f.year(s.change.fromYear), set: ctx.t(`standings.sets.${s.comparisonSet}`) })}</p>
<ul class="small">${fallen.map((c) => html`<li>${nameOf(c.key)}: <span class="down">${valueChange(ctx, c.points)}</span>${c.places !== null || c.was ? html` · ${rankChange(ctx, c.places, c.was)}` : ''}</li>`)}</ul>`;
}

/**
 * A unit's published standings as a profile: per index (named in the reader's language), each
 * year and ranking with its value, rank of N and change; under it, the components that fell in
 * the latest year. Never the unit's targets (the dataset has none).
 */
export function standingsSection(ctx: PageContext, st: PublicStandings, indices: ExternalIndex[]): Html {
  const { t, f } = ctx;
  const order = indexPosition(indices);
  const codes = [...new Set(st.standings.map((s) => s.indexCode))].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const setOrder = (s: Standing) => COMPARISON_SETS.indexOf(s.comparisonSet);
  const blocks = codes.map((code) => {
    const index = indices.find((x) => x.code === code);
    const name = index ? ctx.name(index.names) : code;
    const rows = st.standings.filter((s) => s.indexCode === code).sort((a, b) => b.year - a.year || setOrder(a) - setOrder(b));
    const latestYear = rows[0]!.year;
    const body = rows.map(
      (s) => html`<tr>
<td>${f.year(s.year)}${s.unit.code !== st.unit.code ? html`<br><span class="small muted">${t('standings.asUnit', { unit: ctx.name(s.unit.names) })}</span>` : ''}</td>
<td>${t(`standings.sets.${s.comparisonSet}`)}</td>
<td class="num">${published(ctx, s.value)}</td>
<td class="num">${s.rank !== null && s.of !== null ? rankOf(ctx, s.rank, s.of) : '—'}</td>
<td>${s.change ? rankChange(ctx, s.change.places, s.change.was) : ''}</td>
<td class="num">${s.change ? valueChange(ctx, s.change.points) : ''}</td>
</tr>`,
    );
    const head = html`<th scope="col">${t('standings.year')}</th><th scope="col">${t('standings.set')}</th><th class="num" scope="col">${t('standings.value')}</th><th class="num" scope="col">${t('standings.rank')}</th><th scope="col">${t('standings.change')}</th><th class="num" scope="col">${t('standings.valueChange')}</th>`;
    return html`<h3>${name}</h3>
${scrollingTable(t('standings.caption', { index: name, unit: ctx.name(st.unit.names) }), head, body)}
${rows.filter((s) => s.year === latestYear).map((s) => fell(ctx, s, index))}`;
  });
  const sources = [...new Set(st.standings.map((s) => s.source).filter(Boolean))];
  const code = encodeURIComponent(st.unit.code);
  return html`<section id="standings" aria-labelledby="h-standings">
<h2 id="h-standings">${t('standings.heading')}</h2>
<p class="muted">${t('standings.lead')}</p>
${blocks}
${sources.length ? html`<p class="small muted">${t('standings.sources', { sources: sources.join('; ') })}</p>` : ''}
${downloads(ctx, [{ label: '', json: `/api/public/standings/${code}.json`, csv: `/api/public/standings/${code}.csv` }])}
</section>`;
}
