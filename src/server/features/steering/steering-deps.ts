import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import type { FollowedMeasures } from './followed-measures.ts';

/** What the steering feature is given by the composition root. */
export interface SteeringDeps {
  db: Db;
  units: UnitsService;
  /** accounts by username and back (the users feature) */
  users: {
    idOfUsername(username: string): Promise<number>;
    peopleByIds(ids: number[]): Promise<Map<number, { username: string; displayName: string }>>;
  };
  today: () => string;
  /** a followed unit's figures (tasks and dossiers features), see followed-measures.ts */
  measures: FollowedMeasures;
}
