import type { PublicRound } from '../../../../shared/contracts/publication.ts';
import { html } from './html.ts';
import type { PageSpec } from './layout.ts';
import type { PageContext } from './page-context.ts';
import { downloads, rankChange, rankOf, scrollingTable, unitName, valueChange } from './parts.ts';

/** A finalised round's league table: rank of N, the unit, points, percent, band, change since the previous round. */
export function roundPage(ctx: PageContext, round: PublicRound, withPages: ReadonlySet<string>): PageSpec {
  const { t, f } = ctx;
  const name = ctx.name(round.names);
  const year = f.year(round.year);
  const count = round.units.length;
  const first = round.units[0];
  const of = first?.of ?? count;
  const previousOf = round.units.find((u) => u.rankChange === 'not_comparable')?.previous?.of;
  const rows = round.units.map(
    (u) => html`<tr>
<td class="num">${rankOf(ctx, u.rank, u.of)}</td>
<td class="name">${unitName(ctx, u.unit, withPages)}</td>
<td class="num">${f.number(u.points, 2)}</td>
<td class="num">${f.percent(u.percent, 2)}</td>
<td>${u.band ? html`<span class="band">${u.band}</span>` : ''}</td>
<td>${rankChange(ctx, u.rankChange === 'not_comparable' ? null : u.rankChange, u.previous)}</td>
<td class="num">${valueChange(ctx, u.pointChange)}</td>
</tr>`,
  );
  const head = html`<th class="num" scope="col">${t('round.rank')}</th><th scope="col">${t('round.unit')}</th><th class="num" scope="col">${t('round.points')}</th><th class="num" scope="col">${t('round.percent')}</th><th scope="col">${t('round.band')}</th><th scope="col">${t('round.change')}</th><th class="num" scope="col">${t('round.pointChange')}</th>`;
  const code = encodeURIComponent(round.round);
  const body = html`<h1>${t('round.heading', { name, year })}</h1>
<p class="lead">${t('round.lead', { count: f.number(count), year })}</p>
${round.bands.length ? html`<p class="small">${t('round.bands')}: ${round.bands.map((b, i) => html`${i ? ' · ' : ''}<span class="band">${b.code}</span> ${t('round.bandFrom', { min: f.percent(b.minPercent) })}`)}</p>` : ''}
${scrollingTable(t('round.table', { count: f.number(count) }), head, rows)}
${previousOf !== undefined ? html`<p class="note">${t('round.otherSize', { of: f.number(of), previousOf: f.number(previousOf) })}</p>` : ''}
${downloads(ctx, [{ label: '', json: `/api/public/round/${code}.json`, csv: `/api/public/round/${code}.csv` }])}`;
  return {
    title: t('round.title', { name, year }),
    description: first ? t('round.description', { name, year, count: f.number(count), first: ctx.name(first.unit.names) }) : t('round.title', { name, year }),
    rest: `rounds/${code}`,
    body,
  };
}
