import { LOCALES } from '../../../../shared/locales.ts';
import { preloadedFont } from './fonts.ts';
import { html, raw, type Html } from './html.ts';
import type { PageContext } from './page-context.ts';
import { PAGE_STYLE } from './styles.ts';

export interface PageSpec {
  /** the page's title, naming its subject, in the reader's language */
  title: string;
  description: string;
  /** the page's address after /p/{locale}/ (encoded); null for a page that has no address (not found) */
  rest: string | null;
  body: Html;
  /** the widget's compact frame: no language links, kept out of search results */
  widget?: boolean;
}

/** The publisher's name in the reader's language, or the site's when the administrator named none. */
export const publisherOf = (ctx: PageContext): string => ctx.name(ctx.terms.publisher) || ctx.t('site');

function footer(ctx: PageContext, widget: boolean): Html {
  const { licence, licenceUrl } = ctx.terms;
  const licenceText = licence ? ctx.t('footer.licence', { licence }) : ctx.t('footer.noLicence');
  // Only a web address becomes a link (never another scheme, whatever the terms hold).
  const terms = html`${ctx.t('footer.publisher', { publisher: publisherOf(ctx) })} · ${licence && /^https?:\/\//i.test(licenceUrl) ? html`<a href="${licenceUrl}" rel="license">${licenceText}</a>` : licenceText}`;
  const asOf = ctx.t('footer.asOf', { date: ctx.f.date(ctx.today) });
  // The widget's frame is small: one line of small print.
  if (widget) return html`<footer><p>${terms} · ${asOf}</p></footer>`;
  return html`<footer>
<p>${terms}</p>
<p>${asOf} · <a href="/api/public/catalogue.json">${ctx.t('footer.openData')}</a></p>
</footer>`;
}

/**
 * A whole public page: its language, title and description for search engines and shared
 * links, the same page's address in each language (hreflang, canonical), the language links,
 * the licence and publisher, the day the figures are for. No script.
 */
export function layout(ctx: PageContext, page: PageSpec): string {
  const { rest, widget = false } = page;
  const font = preloadedFont(ctx.locale);
  const head = html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<meta name="description" content="${page.description}">
${widget || rest === null ? html`<meta name="robots" content="noindex">` : ''}
${rest === null ? '' : html`<link rel="canonical" href="${ctx.absolute(rest)}">
${LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${ctx.absolute(rest, l)}">
`)}<link rel="alternate" hreflang="x-default" href="${ctx.absolute(rest, 'vi')}">
<meta property="og:type" content="website">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
${/^https?:/.test(ctx.absolute(rest)) ? html`<meta property="og:url" content="${ctx.absolute(rest)}">` : ''}`}
${font ? html`<link rel="preload" href="${font}" as="font" type="font/ttf" crossorigin>` : ''}
<meta name="theme-color" content="#1c4f96">
<link rel="icon" href="data:,">
<style>${raw(PAGE_STYLE)}</style>`;
  const languages = html`<nav class="langs" aria-label="${ctx.t('languages')}">${LOCALES.map((l) =>
    l === ctx.locale ? html`<span lang="${l}" aria-current="page">${ctx.text(`languages.${l}`)}</span>` : html`<a lang="${l}" hreflang="${l}" href="${ctx.href(rest ?? '', l)}">${ctx.text(`languages.${l}`)}</a>`,
  )}</nav>`;
  const top = widget ? '' : html`<header class="top"><a class="brand" href="${ctx.href('')}">${publisherOf(ctx)}</a>${languages}</header>`;
  return `<!doctype html>\n${html`<html lang="${ctx.locale}"${widget ? raw(' class="widget"') : ''}>
<head>
${head}
</head>
<body>
${top}
<main>
${page.body}
</main>
${footer(ctx, widget)}
</body>
</html>
`.value}`;
}
