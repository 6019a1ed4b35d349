import type { PublicationKind } from '../../../../shared/contracts/publication.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import type { PublicData } from '../public-data.ts';
import type { PublicationService } from '../publication.service.ts';
import { indexPage } from './index-page.ts';
import type { PageSpec } from './layout.ts';
import type { PageContext } from './page-context.ts';
import { optional, pageData } from './page-data.ts';
import { roundPage } from './round-page.ts';
import { surveyPage } from './survey-page.ts';
import { unitPage } from './unit-page.ts';
import { widgetPage } from './widget-page.ts';

const present = <T>(x: T | null): x is T => x !== null;

/**
 * Each public page: read from the published datasets (public-data.ts: anything not published
 * now is "not found"), written in the reader's language. The routes keep the answers.
 */
export function createPublicPages(data: PublicData, publication: PublicationService) {
  const pd = pageData(data, publication);
  return {
    async index(ctx: PageContext): Promise<PageSpec> {
      const { datasets } = await data.catalogue();
      const rounds = (
        await Promise.all(
          datasets
            .filter((d) => d.kind === 'round')
            .map(async (d) => {
              const r = await optional(data.round(d.subject));
              return r && { code: d.subject, names: r.names, year: r.year };
            }),
        )
      ).filter(present);
      const units = new Map<string, { code: string; names: LocalizedNames; kinds: PublicationKind[] }>();
      for (const d of datasets.filter((x) => x.kind === 'service_index' || x.kind === 'one_stop' || x.kind === 'standings')) {
        const unit = units.get(d.subject) ?? units.set(d.subject, { code: d.subject, names: d.names, kinds: [] }).get(d.subject)!;
        unit.kinds.push(d.kind);
      }
      const surveys = (
        await Promise.all(
          datasets
            .filter((d) => d.kind === 'survey_links')
            .map(async (d) => {
              const w = await optional(data.surveyLinks(d.subject));
              return w && { code: d.subject, names: w.names, from: w.from, to: w.to };
            }),
        )
      ).filter(present);
      return indexPage(ctx, { rounds, units: [...units.values()], surveys });
    },

    async round(ctx: PageContext, code: string): Promise<PageSpec> {
      const round = await data.round(code);
      return roundPage(ctx, round, await pd.withPages(round.units.map((u) => u.unit.code)));
    },

    async unit(ctx: PageContext, code: string): Promise<PageSpec> {
      const d = await pd.unit(code);
      const withPages = await pd.withPages([...(d.serviceIndex?.units ?? []), ...(d.oneStop?.units ?? [])].map((u) => u.unit.code).filter((c) => c !== code));
      return unitPage(ctx, d, d.standings ? await data.indices() : [], withPages);
    },

    async survey(ctx: PageContext, wave: string): Promise<PageSpec> {
      return surveyPage(ctx, await data.surveyLinks(wave));
    },

    async widget(ctx: PageContext, unit: string): Promise<PageSpec> {
      const si = await data.serviceIndex(unit);
      return widgetPage(ctx, si, await pd.sibling(unit));
    },
  };
}
