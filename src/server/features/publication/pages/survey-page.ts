import type { PublicSurveyLinks } from '../../../../shared/contracts/publication.ts';
import { html } from './html.ts';
import type { PageSpec } from './layout.ts';
import type { PageContext } from './page-context.ts';
import { downloads } from './parts.ts';

/** A survey wave's public links: one per unit, each opening its form (/s/{link}), large enough for a thumb. */
export function surveyPage(ctx: PageContext, wave: PublicSurveyLinks): PageSpec {
  const { t, f } = ctx;
  const name = ctx.name(wave.names);
  const period = { from: f.date(wave.from), to: f.date(wave.to) };
  const closed = wave.to < ctx.today;
  const links = [...wave.links].sort((a, b) => ctx.name(a.unit.names).localeCompare(ctx.name(b.unit.names), ctx.locale));
  const code = encodeURIComponent(wave.wave);
  const body = html`<h1>${name}</h1>
<p class="lead">${t(closed ? 'survey.closed' : 'survey.period', period)}</p>
${closed ? '' : html`<p>${t('survey.intro')}</p>`}
<ul class="plain links">${links.map(
    (l) => html`<li><div>${ctx.name(l.unit.names)}</div>${closed ? '' : html`<a class="go" href="${l.url}" aria-label="${t('survey.answerFor', { unit: ctx.name(l.unit.names) })}">${t('survey.answer')}</a>`}</li>`,
  )}</ul>
${downloads(ctx, [{ label: '', json: `/api/public/survey-links/${code}.json`, csv: `/api/public/survey-links/${code}.csv` }])}`;
  return { title: t('survey.title', { name }), description: t('survey.description', { name, ...period }), rest: `surveys/${code}`, body };
}
