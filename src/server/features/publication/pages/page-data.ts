import type { PublicOneStop, PublicServiceIndex, PublicStandings } from '../../../../shared/contracts/publication.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { PublicData } from '../public-data.ts';
import type { PublicationService } from '../publication.service.ts';

export const isNotFound = (e: unknown): boolean => e instanceof AppError && (e.code === 'not_found' || e.code === 'unit_not_found');

/** The dataset, or null when it is not published (any other failure stays one). */
export const optional = <T>(p: Promise<T>): Promise<T | null> => p.catch((e: unknown) => (isNotFound(e) ? null : Promise.reject(e)));

/** A unit's rank among the units of a unit above it whose service index is published. */
export interface SiblingRank {
  parent: { code: string; names: LocalizedNames };
  month: string;
  total: number | null;
  band: string | null;
  rank: number | null;
  of: number;
}

export interface UnitPageData {
  unit: { code: string; names: LocalizedNames };
  serviceIndex: PublicServiceIndex | null;
  oneStop: PublicOneStop | null;
  standings: PublicStandings | null;
  sibling: SiblingRank | null;
}


/**
 * What the pages read beyond one dataset, through the same published datasets (so nothing
 * unpublished can reach a page): which units have a page of their own, a unit's rank in its
 * parent's published service index, and everything published about a unit.
 */
export function pageData(data: PublicData, publication: PublicationService) {
  const ownSubjects = async () => new Set((await publication.live()).filter((p) => p.kind === 'service_index' || p.kind === 'one_stop').map((p) => p.subject));

  async function standingsOf(code: string): Promise<PublicStandings | null> {
    const s = await optional(data.standings(code));
    return s && s.standings.length > 0 ? s : null;
  }

  async function sibling(code: string): Promise<SiblingRank | null> {
    const parents = (await publication.live()).filter((p) => p.kind === 'service_index' && p.subject !== code);
    for (const p of parents) {
      const si = await optional(data.serviceIndex(p.subject));
      const entry = si?.units.find((u) => u.unit.code === code);
      const month = si?.rankedMonth;
      if (si && entry && month) return { parent: si.unit, month, total: entry.total, band: entry.band, rank: entry.rank, of: entry.of };
    }
    return null;
  }

  return {
    /** The units among `codes` with a page: their service index or one-stop statistics published, or published standings. */
    async withPages(codes: readonly string[]): Promise<Set<string>> {
      const own = await ownSubjects();
      const unique = [...new Set(codes)];
      const found = await Promise.all(unique.map(async (code) => own.has(code) || (await standingsOf(code)) !== null));
      return new Set(unique.filter((_, i) => found[i]));
    },

    sibling,

    /** Everything published about a unit; not found when nothing is. */
    async unit(code: string): Promise<UnitPageData> {
      const [serviceIndex, oneStop, standings] = await Promise.all([optional(data.serviceIndex(code)), optional(data.oneStop(code)), standingsOf(code)]);
      const unit = serviceIndex?.unit ?? oneStop?.unit ?? standings?.unit;
      if (!unit) throw new AppError('not_found', { unit: code });
      return { unit, serviceIndex, oneStop, standings, sibling: await sibling(code) };
    },
  };
}

export type PageData = ReturnType<typeof pageData>;
