import type { REFORM_AREAS } from '../../../shared/contracts/tasks.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { FollowUpsCore } from './followups.service.ts';
import * as repo from './followups.repository.ts';

/**
 * Register 3, proposals from reports: the reform area a unit's report files a proposal under,
 * and the follow-up field it is followed up in. The one place this mapping lives.
 */
export const FIELD_OF_REFORM_AREA: Record<(typeof REFORM_AREAS)[number], string> = {
  institutions: 'other',
  administrative_procedures: 'procedures',
  apparatus: 'staffing',
  civil_service: 'staffing',
  public_finance: 'finance',
  e_government: 'digital_transformation',
  other: 'other',
};

/** A submitted report's proposals, as the reporting feature gives them (wired in app.ts). */
export interface SubmittedProposals {
  submissionId: number;
  round: string;
  ownerUnitId: number;
  unitId: number;
  unitCode: string;
  submittedOn: string;
  proposals: { text: string; field: (typeof REFORM_AREAS)[number]; addressee: string }[];
}

/** A proposal's text is kept under the language its script shows (Lao, Khmer, Thai), Vietnamese otherwise. */
export function textIn(text: string): LocalizedNames {
  if (/[\u0E80-\u0EFF]/u.test(text)) return { lo: text };
  if (/[\u1780-\u17FF]/u.test(text)) return { km: text };
  if (/[\u0E00-\u0E7F]/u.test(text)) return { th: text };
  return { vi: text };
}

/**
 * When a unit submits its report, each proposal in it becomes an item: source `report` (the
 * submission), raised by the unit on the day submitted, addressed to the round's owner unit,
 * naming the body the proposal names. Proposal n of a submission is item `<round>/<unit>/<n>`:
 * submitting again after a return adds only proposals that were not there, never a duplicate.
 */
export function proposalsToItems(core: FollowUpsCore) {
  return async (tx: Db, actor: Actor, s: SubmittedProposals): Promise<void> => {
    for (const [i, p] of s.proposals.entries()) {
      const code = `${s.round}/${s.unitCode}/${i + 1}`;
      if (await repo.findItemByCode(tx, code)) continue;
      await core.raise(tx, actor, {
        code,
        source: { kind: 'report', id: s.submissionId, ref: `${s.round}/${s.unitCode}` },
        kind: 'proposal',
        raisedOn: s.submittedOn,
        raisedByUnitId: s.unitId,
        raiserTitle: null,
        field: FIELD_OF_REFORM_AREA[p.field],
        addressedToUnitId: s.ownerUnitId,
        addresseeName: p.addressee,
        text: textIn(p.text),
      });
    }
  };
}
