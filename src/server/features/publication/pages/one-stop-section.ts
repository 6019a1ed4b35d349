import type { PublicOneStop } from '../../../../shared/contracts/publication.ts';
import { html, type Html } from './html.ts';
import type { PageContext } from './page-context.ts';
import { downloads, scrollingTable, unitName } from './parts.ts';

type Figures = Omit<PublicOneStop['units'][number], 'unit'>;

const FIGURES = ['received', 'receivedOnline', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'pendingOverdue'] as const;

/** One-stop statistics by month and by unit: counts of dossiers only — no dossier, no person, no official. */
export function oneStopSection(ctx: PageContext, os: PublicOneStop, withPages: ReadonlySet<string>): Html {
  const { t, f } = ctx;
  const unit = ctx.name(os.unit.names);
  const cells = (x: Figures) => html`${FIGURES.map((k) => html`<td class="num">${f.number(x[k])}</td>`)}<td class="num">${x.onTimeRate === null ? '—' : f.percent(x.onTimeRate, 1)}</td>`;
  const heads = html`${FIGURES.map((k) => html`<th class="num" scope="col">${t(`oneStop.${k}`)}</th>`)}<th class="num" scope="col">${t('oneStop.onTimeRate')}</th>`;
  const received = os.months.reduce((s, m) => s + m.received, 0);
  const resolved = os.months.reduce((s, m) => s + m.resolved, 0);
  const onTime = os.months.reduce((s, m) => s + m.resolvedOnTime, 0);
  const period = { from: f.date(os.from), to: f.date(os.to) };
  const code = encodeURIComponent(os.unit.code);
  return html`<section id="one-stop" aria-labelledby="h-one-stop">
<h2 id="h-one-stop">${t('oneStop.heading')}</h2>
<p class="muted">${t('oneStop.period', period)}</p>
<div class="headline"><span class="figure">${f.number(received)}</span><span class="muted">${t('oneStop.receivedTotal')}</span></div>
<p>${t('oneStop.summary', { resolved: f.number(resolved), rate: resolved ? f.percent((onTime / resolved) * 100, 1) : '—' })}</p>
<h3>${t('oneStop.byMonth', { unit })}</h3>
${scrollingTable(t('oneStop.byMonth', { unit }), html`<th scope="col">${t('oneStop.month')}</th>${heads}`, os.months.map((m) => html`<tr><td>${f.month(m.month)}</td>${cells(m)}</tr>`))}
${
  os.units.length
    ? html`<h3>${t('oneStop.byUnit', period)}</h3>
${scrollingTable(t('oneStop.byUnit', period), html`<th scope="col">${t('oneStop.unit')}</th>${heads}`, os.units.map((u) => html`<tr><td class="name">${unitName(ctx, u.unit, withPages)}</td>${cells(u)}</tr>`))}`
    : ''
}
<p class="small muted">${t('oneStop.aggregates')}</p>
${downloads(ctx, [{ label: '', json: `/api/public/one-stop/${code}.json`, csv: `/api/public/one-stop/${code}.csv` }])}
</section>`;
}
