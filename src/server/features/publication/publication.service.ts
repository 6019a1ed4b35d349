import type { OpenDataSettings, Publication, PublicationInput } from '../../../shared/contracts/publication.ts';
import { AppError } from '../../../shared/errors.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeAnywhere, authorizeSystemWide } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import type { PublicSources } from './public-sources.ts';
import * as repo from './publication.repository.ts';

const MANAGE = 'publication.manage' as const;
/** The terms until the administrator sets them: none granted, the publisher unnamed. */
export const NO_TERMS: OpenDataSettings = { licence: '', licenceUrl: '', publisher: {} };

export interface PublicationDeps {
  db: Db;
  units: UnitsService;
  sources: PublicSources;
}

/**
 * The secretariat's publications: what of its units is public. Publishing checks that the actor
 * manages publication over every unit the subject shows (a round's ranked units, the unit and
 * its subtree, the wave's units), and that a round is finalised. Both acts are audited.
 */
export function createPublicationService({ db, units, sources }: PublicationDeps) {
  /** The subject's names and the units whose figures it shows (what the publisher must manage). */
  async function subjectOf(input: PublicationInput): Promise<{ names: LocalizedNames; unitId: number; unitIds: number[] }> {
    if (input.kind === 'round') {
      const round = await sources.round(input.subject);
      if (!round) throw new AppError('not_found', { round: input.subject });
      if (!round.finalized) throw new AppError('round_not_published_unfinalized', { round: input.subject });
      return { names: round.names, unitId: round.unitIds[0]!, unitIds: round.unitIds };
    }
    if (input.kind === 'survey_links') {
      const wave = await sources.wave(input.subject);
      if (!wave) throw new AppError('not_found', { wave: input.subject });
      return { names: wave.names, unitId: wave.unitId, unitIds: [wave.unitId] };
    }
    const unitId = await units.idOf(input.subject);
    const [ref] = await units.refsOf([unitId]);
    return { names: ref!.names, unitId, unitIds: [unitId] };
  }

  async function describe(row: repo.PublicationRow): Promise<Publication> {
    const { names } = await subjectOf({ kind: row.kind as PublicationInput['kind'], subject: row.subject }).catch(() => ({ names: {} }));
    return { id: row.id, kind: row.kind as Publication['kind'], subject: row.subject, names, publishedAt: row.publishedAt.toISOString() };
  }

  return {
    /** Live publications of units the actor manages publication for. */
    async list(actor: Actor): Promise<Publication[]> {
      authorizeAnywhere(actor, MANAGE);
      const rows = await repo.livePublications(db);
      const may = await units.accessTo({ actor, permission: MANAGE, unitIds: rows.map((r) => r.unitId) });
      return Promise.all(rows.filter((r) => may(r.unitId)).map(describe));
    },

    /** Publishes a subject (again: nothing new, the live publication is returned). */
    async publish(actor: Actor, input: PublicationInput): Promise<Publication> {
      const subject = await subjectOf(input);
      await units.requireAccess({ actor, permission: MANAGE, unitIds: subject.unitIds });
      const existing = await repo.findLive(db, input.kind, input.subject);
      if (existing) return describe(existing);
      const row = await inTransaction(db, async (tx) => {
        const inserted = await repo.insert(tx, { kind: input.kind, subject: input.subject, unitId: subject.unitId });
        await appendAudit(tx, actor, { action: 'publication.publish', entity: 'publication', entityId: inserted.id, unitId: subject.unitId, after: input });
        return inserted;
      });
      return describe(row);
    },

    /** Takes a publication off the public pages and the open data (audited); its row stays as history. */
    async unpublish(actor: Actor, id: number): Promise<{ ok: true }> {
      const row = await repo.findById(db, id);
      if (!row || row.unpublishedAt) throw new AppError('not_found');
      await units.requireAccess({ actor, permission: MANAGE, unitIds: [row.unitId] });
      await inTransaction(db, async (tx) => {
        await repo.close(tx, id);
        await appendAudit(tx, actor, { action: 'publication.unpublish', entity: 'publication', entityId: id, unitId: row.unitId, before: { kind: row.kind, subject: row.subject } });
      });
      return { ok: true };
    },

    /** The subject's names (null when it no longer exists). */
    namesOf: async (kind: PublicationInput['kind'], subject: string): Promise<LocalizedNames | null> => (await subjectOf({ kind, subject }).catch(() => null))?.names ?? null,
    async unitRef(code: string): Promise<{ code: string; names: LocalizedNames }> {
      const [ref] = await units.refsOf([await units.idOf(code)]);
      return { code: ref!.code, names: ref!.names };
    },

    /** Whether a subject is public now. */
    isLive: async (kind: PublicationInput['kind'], subject: string) => (await repo.findLive(db, kind, subject)) !== null,
    live: () => repo.livePublications(db),

    settings: async (): Promise<OpenDataSettings> => (await repo.settings(db)) ?? NO_TERMS,
    async saveSettings(actor: Actor, s: OpenDataSettings): Promise<OpenDataSettings> {
      authorizeSystemWide(actor, MANAGE);
      await inTransaction(db, async (tx) => {
        const before = await repo.settings(tx);
        await repo.saveSettings(tx, s);
        await appendAudit(tx, actor, { action: 'open_data.settings', entity: 'open_data_settings', entityId: 1, before, after: s });
      });
      return s;
    },
  };
}

export type PublicationService = ReturnType<typeof createPublicationService>;
