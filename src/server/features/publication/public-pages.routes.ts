import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/locales.ts';
import type { PublicCache } from '../../platform/http/public-cache.ts';
import { fontFile } from './pages/fonts.ts';
import { layout, type PageSpec } from './pages/layout.ts';
import { notFoundPage } from './pages/not-found-page.ts';
import { pageContext, type PageContext, type PageText } from './pages/page-context.ts';
import { isNotFound } from './pages/page-data.ts';
import { createPublicPages } from './pages/public-pages.ts';
import type { PublicData } from './public-data.ts';
import type { PublicationService } from './publication.service.ts';

const HTML = 'text/html; charset=utf-8';

export interface PublicPagesOptions {
  /** PUBLIC_URL: the site's address, for absolute canonical and alternate links; absent, they are relative */
  publicUrl?: string;
}

/**
 * The widget may be framed by any site (the province's own portal): its own Content-Security-Policy
 * with `frame-ancestors *` and no X-Frame-Options; everything else as strict as every page (no script at all).
 */
const FRAMEABLE = {
  frameguard: false,
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      scriptSrc: ["'none'"],
      connectSrc: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ['*'],
      upgradeInsecureRequests: null,
    },
  },
} as const;

/** The reader's first language among ours (Accept-Language), for pages whose address names none. */
function readerLocale(req: FastifyRequest): Locale {
  const asked = (req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().toLowerCase().split(/\s*;\s*q=/);
      return { primary: tag.split('-')[0]!, q: q === undefined ? 1 : Number(q) };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return asked.map((x) => x.primary).find(isLocale) ?? DEFAULT_LOCALE;
}

/**
 * The public pages (issue 20): what the secretariat published, without an account, written on
 * the server in the reader's language at /p/{locale}/… — the home with the catalogue, a round's
 * league table, a unit's page, a wave's links and the embeddable widget of a unit's service index.
 * Kept in the public cache (ETag; dropped by any audited write) per page, language and day.
 * Anything not published, and any other address under /p/, is a 404 page in the reader's
 * language. HTML pages, not API: out of the OpenAPI description.
 */
export function publicPagesRoutes(app: FastifyInstance, data: PublicData, publication: PublicationService, cache: PublicCache, text: PageText, options: PublicPagesOptions = {}): void {
  const pages = createPublicPages(data, publication);
  // A fresh object per route: fastify-helmet writes the widget's policy into its route's config.
  const open = () => ({ config: { access: 'public' as const }, schema: { hide: true } });
  const contextFor = async (locale: Locale, today = data.today()) => pageContext(text, locale, await publication.settings(), today, options.publicUrl);

  async function notFound(reply: FastifyReply, locale: Locale): Promise<FastifyReply> {
    const ctx = await contextFor(locale);
    return reply.code(404).type(HTML).header('cache-control', 'no-cache').send(layout(ctx, notFoundPage(ctx)));
  }

  type Params = { locale: string; subject?: string };
  function page(path: string, kind: string, build: (ctx: PageContext, subject: string) => Promise<PageSpec>, frameable = false): void {
    app.get(path, { ...open(), ...(frameable ? { helmet: FRAMEABLE } : {}) }, async (req, reply) => {
      const { locale, subject = '' } = req.params as Params;
      if (!isLocale(locale) || subject.length > 64) return notFound(reply, isLocale(locale) ? locale : readerLocale(req));
      const today = data.today();
      try {
        // Keyed by the route's parameters (never the query string) and the day the figures are for.
        return await cache.send(req, reply, `page/${kind}/${locale}/${today}/${subject}`, HTML, async () => {
          const ctx = await contextFor(locale, today);
          return layout(ctx, await build(ctx, subject));
        });
      } catch (e) {
        if (isNotFound(e)) return notFound(reply, locale);
        throw e;
      }
    });
  }

  page('/p/:locale/', 'index', (ctx) => pages.index(ctx));
  page('/p/:locale/rounds/:subject', 'round', (ctx, code) => pages.round(ctx, code));
  page('/p/:locale/units/:subject', 'unit', (ctx, code) => pages.unit(ctx, code));
  page('/p/:locale/surveys/:subject', 'survey', (ctx, code) => pages.survey(ctx, code));
  page('/p/:locale/widget/:subject', 'widget', (ctx, code) => pages.widget(ctx, code), true);

  // /p and /p/{locale} lead to the home in the reader's language.
  app.get('/p', open(), async (req, reply) => reply.header('vary', 'accept-language').redirect(`/p/${readerLocale(req)}/`, 302));
  app.get('/p/:locale', open(), async (req, reply) => {
    const { locale } = req.params as Params;
    return isLocale(locale) ? reply.redirect(`/p/${locale}/`, 301) : notFound(reply, readerLocale(req));
  });
  // Any other address under /p/ is not the app's: a 404 page, in the language it names if it names one.
  app.get('/p/*', open(), async (req, reply) => {
    const first = req.url.split('/')[2]?.split('?')[0];
    return notFound(reply, isLocale(first) ? first : readerLocale(req));
  });

  // The bundled Lao, Khmer and Thai faces the pages' style sheet names.
  app.get('/p/fonts/:file', open(), async (req, reply) => {
    const font = fontFile((req.params as { file: string }).file, String(req.headers['accept-encoding'] ?? ''));
    if (!font) return notFound(reply, readerLocale(req));
    reply.header('etag', font.etag).header('cache-control', 'public, max-age=604800').header('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === font.etag) return reply.code(304).send();
    if (font.encoding) reply.header('content-encoding', font.encoding);
    return reply.type('font/ttf').send(font.body);
  });
}
