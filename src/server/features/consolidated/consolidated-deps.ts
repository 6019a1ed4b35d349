import type { Proposal, SubmissionStatus } from '../../../shared/contracts/consolidated.ts';
import type { Locale } from '../../../shared/locales.ts';
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
}

/** The consolidated report reads the other features through their public services only. */
export interface ConsolidatedDeps {
  db: Db;
  units: UnitsService;
  tasks: Pick<TasksFeature, 'statistics'>;
  dossiers: { reports: DossierReports; serviceIndex: ServiceIndex };
  rounds: RoundsService;
  standings: StandingsService;
  submissions: SubmissionsSource | null;
  letterheadOf(unitId: number | null, locale: Locale): Promise<Letterhead>;
  text(locale: Locale, key: string, values?: Record<string, string>): string;
  today(): string;
}
