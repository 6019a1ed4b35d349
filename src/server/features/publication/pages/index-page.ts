import type { PublicationKind } from '../../../../shared/contracts/publication.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { html } from './html.ts';
import { publisherOf, type PageSpec } from './layout.ts';
import type { PageContext } from './page-context.ts';

export interface IndexData {
  rounds: { code: string; names: LocalizedNames; year: number }[];
  /** each unit with a page of its own, and what of it is published */
  units: { code: string; names: LocalizedNames; kinds: PublicationKind[] }[];
  surveys: { code: string; names: LocalizedNames; from: string; to: string }[];
}

const UNIT_KINDS: PublicationKind[] = ['service_index', 'one_stop', 'standings'];

/** The public pages' home: the publisher, the licence, and a link to everything published (the catalogue's datasets). */
export function indexPage(ctx: PageContext, d: IndexData): PageSpec {
  const { t, f } = ctx;
  const publisher = publisherOf(ctx);
  const nothing = d.rounds.length + d.units.length + d.surveys.length === 0;
  const kindsOf = (kinds: PublicationKind[]) => UNIT_KINDS.filter((k) => kinds.includes(k)).map((k) => t(`kinds.${k}`)).join(' · ');
  const body = html`<h1>${t('index.heading', { publisher })}</h1>
<p class="lead">${t('index.lead')}</p>
${nothing ? html`<p class="note">${t('index.nothing')}</p>` : ''}
${
  d.rounds.length
    ? html`<h2>${t('index.rounds')}</h2><ul class="plain">${d.rounds.map(
        (r) => html`<li><a href="${ctx.href(`rounds/${encodeURIComponent(r.code)}`)}">${t('index.round', { name: ctx.name(r.names), year: f.year(r.year) })}</a></li>`,
      )}</ul>`
    : ''
}
${
  d.units.length
    ? html`<h2>${t('index.units')}</h2><ul class="plain">${d.units.map(
        (u) => html`<li><a href="${ctx.href(`units/${encodeURIComponent(u.code)}`)}">${ctx.name(u.names)}</a><br><span class="small muted">${kindsOf(u.kinds)}</span></li>`,
      )}</ul>`
    : ''
}
${
  d.surveys.length
    ? html`<h2>${t('index.surveys')}</h2><ul class="plain">${d.surveys.map(
        (s) => html`<li><a href="${ctx.href(`surveys/${encodeURIComponent(s.code)}`)}">${ctx.name(s.names)}</a><br><span class="small muted">${t('survey.period', { from: f.date(s.from), to: f.date(s.to) })}</span></li>`,
      )}</ul>`
    : ''
}
<h2>${t('index.openData')}</h2>
<p>${t('index.openDataLead')}</p>
<p><a href="/api/public/catalogue.json" type="application/json">${t('index.catalogue')}</a></p>`;
  return { title: t('index.title', { publisher }), description: t('index.description', { publisher }), rest: '', body };
}
