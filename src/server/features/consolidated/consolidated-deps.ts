import type { ConsolidatedFigures, Proposal, SubmissionStatus } from '../../../shared/contracts/consolidated.ts';
import type { AskedUnits } from '../../../shared/contracts/reporting.ts';
import type { SubmissionState } from '../../../shared/domain/reporting.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Letterhead } from '../../platform/documents/official-document.ts';
import type { RoundsService, StandingsService } from '../assessments/index.ts';
import type { DossierReports, ServiceIndex } from '../dossiers/index.ts';
import type { TasksFeature } from '../tasks/index.ts';
import type { UnitsService } from '../units/index.ts';

/**
 * What a reporting round tells the consolidated report (the reporting feature's `statusOf`
 * and `proposalsOf`, injected by the composition root). Without it, reports for a round are
 * refused and `submissions` is null.
 */
export interface SubmissionsSource {
  statusOf(roundCode: string): Promise<SubmissionStatus>;
  proposalsOf(roundCode: string): Promise<Proposal[]>;
  /** which units the round asks, and each asked unit's submission state (the key units' section) */
  submissionsOf(roundCode: string): Promise<{ asked: AskedUnits; units: { unit: string; state: SubmissionState; late: boolean }[] }>;
}

/**
 * The key units steering committees follow (the steering feature's `keyUnitIdsOf`, and the
 * committees of a unit on a day, injected by the composition root). Without it the report
 * has no key units' section.
 */
export interface KeyUnitsSource {
  /** the codes of the committees of exactly this unit, valid on the day */
  committeesOf(unitCode: string, onDate: string): Promise<string[]>;
  keyUnitIdsOf(committeeCode: string, year: number, onDate: string): Promise<number[]>;
}

/**
 * The targets of procedure time and cost of a unit and its subtree as of a day (the targets
 * feature's status, injected by the composition root). Without it the report has no targets section.
 */
export type TargetsSource = (actor: Actor, unitCode: string, asOf: string) => Promise<ConsolidatedFigures['targets']>;

/** The consolidated report reads the other features through their public services only. */
export interface ConsolidatedDeps {
  db: Db;
  units: UnitsService;
  tasks: Pick<TasksFeature, 'statistics'>;
  dossiers: { reports: DossierReports; serviceIndex: ServiceIndex };
  rounds: RoundsService;
  standings: StandingsService;
  submissions: SubmissionsSource | null;
  keyUnits: KeyUnitsSource | null;
  targets: TargetsSource | null;
  letterheadOf(unitId: number | null, locale: Locale): Promise<Letterhead>;
  text(locale: Locale, key: string, values?: Record<string, string>): string;
  today(): string;
}
