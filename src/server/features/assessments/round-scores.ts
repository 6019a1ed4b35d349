import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { LoadedRound } from './round-results.ts';
import * as repo from './rounds.repository.ts';

export type ScoreWrite = { unitId: number; unitCode: string; nodeKey: string; set: Parameters<typeof repo.upsertScore>[2] };

/** Score changes in one transaction, each audited with the value it replaced. */
export function writeScores(db: Db, actor: Actor, r: LoadedRound, writes: readonly ScoreWrite[], action: string): Promise<void> {
  return inTransaction(db, async (tx) => {
    for (const { unitId, unitCode, nodeKey, set } of writes) {
      const before = await repo.upsertScore(tx, { roundId: r.row.id, unitId, nodeKey }, set);
      await appendAudit(tx, actor, { action, entity: 'assessment_score', entityId: `${r.row.code}/${unitCode}/${nodeKey}`, unitId, before: before ?? null, after: set });
    }
  });
}
