import type { DossierReportResponse } from '../../../shared/contracts/dossiers.ts';
import type { ServiceIndexRanking, ServiceIndexTrend } from '../../../shared/contracts/service-index.ts';
import type { RoundResultsResponse } from '../../../shared/contracts/frameworks.ts';
import type { ExternalIndex, Standing } from '../../../shared/contracts/standings.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * What the publication feature reads from the others (feature-bridges.ts answers it). They are
 * read with the system's eyes: the publication — checked here before any of them is called —
 * is what makes them public, and what is shown of them is cut down to what a citizen may read.
 */
export interface PublicSources {
  /** a round's year, its framework's names, whether it is finalised, the units it ranks and the round it is compared with; null if none */
  round(code: string): Promise<{ year: number; names: LocalizedNames; finalized: boolean; unitIds: number[]; previousRound: string | null } | null>;
  roundResults(code: string): Promise<RoundResultsResponse>;
  serviceIndexTrend(unitCode: string, until: string, months: number): Promise<ServiceIndexTrend>;
  serviceIndexRanking(unitCode: string, period: string): Promise<ServiceIndexRanking>;
  oneStop(unitCode: string, from: string, to: string): Promise<DossierReportResponse>;
  /** the unit's published standings (its predecessors' too), with their changes */
  standings(unitCode: string): Promise<Standing[]>;
  /** the published indices' names and their components' (reference data: the public pages name a standing's index by them) */
  indices(): Promise<ExternalIndex[]>;
  /** a wave's names, period, owner unit and each unit's public link; null if none */
  wave(code: string): Promise<{ names: LocalizedNames; from: string; to: string; unitId: number; links: { unit: { code: string; names: LocalizedNames }; link: string }[] } | null>;
}
