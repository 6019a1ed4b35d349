import { html } from './html.ts';
import type { PageSpec } from './layout.ts';
import type { PageContext } from './page-context.ts';

/** What a reader meets at an address that shows nothing (never published, withdrawn, mistyped): no data, in their language. */
export function notFoundPage(ctx: PageContext): PageSpec {
  const { t } = ctx;
  return {
    title: t('notFound.title'),
    description: t('notFound.text'),
    rest: null,
    body: html`<h1>${t('notFound.title')}</h1>
<p>${t('notFound.text')}</p>
<p><a href="${ctx.href('')}">${t('notFound.home')}</a></p>`,
  };
}
