import { questionnaireFile, type QuestionnaireFile, type QuestionnaireSummary, type QuestionnaireVersion } from '../../../shared/contracts/questionnaires.ts';
import { nextVersionProblems, questionnaireProblems, questionsOf } from '../../../shared/domain/questionnaire.ts';
import { AppError, parseOrThrow } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeAnywhere, authorizeSystemWide } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import * as repo from './questionnaires.repository.ts';
import { QUESTIONNAIRE_TEMPLATES } from './templates/index.ts';

const READ = 'surveys.read';
const MANAGE = 'surveys.manage';

/** The shipped templates, loaded once (at migration time) as shared questionnaires and never overwritten. */
export async function ensureQuestionnaireTemplates(db: Db): Promise<number> {
  let loaded = 0;
  for (const t of QUESTIONNAIRE_TEMPLATES) {
    if (await repo.latestVersion(db, t.code)) continue;
    const problems = questionnaireProblems(t);
    if (problems.length) throw new AppError('questionnaire_invalid', { problems });
    await inTransaction(db, (tx) => repo.saveVersion(tx, t, 1, undefined, null));
    loaded++;
  }
  return loaded;
}

type Owner = QuestionnaireSummary['owner'];

/**
 * Questionnaires: versioned forms in five languages. Saving replaces the latest version while
 * no wave uses it, and otherwise becomes the next version, whose kept keys must keep their kind
 * and element. Shared ones (the templates) change only by a system-wide `surveys.manage`; a
 * province's own by the survey managers of its unit. Everyone who reads surveys reads every
 * questionnaire: they are methods, not results.
 */
export function createQuestionnairesService({ db, units }: { db: Db; units: UnitsService }) {
  async function ownersOf(rows: repo.QuestionnaireRow[]): Promise<Map<number, NonNullable<Owner>>> {
    const ids = [...new Set(rows.map((r) => r.ownerUnitId).filter((id): id is number => id !== null))];
    return new Map((ids.length ? await units.refsOf(ids) : []).map((u) => [u.id, { code: u.code, names: u.names }]));
  }
  const ownerOf = (r: repo.QuestionnaireRow, owners: Map<number, NonNullable<Owner>>): Owner => (r.ownerUnitId === null ? null : (owners.get(r.ownerUnitId) ?? null));

  const summary = (r: repo.QuestionnaireRow, owners: Map<number, NonNullable<Owner>>): QuestionnaireSummary => ({
    code: r.code,
    version: r.version,
    names: r.names,
    purpose: r.file.purpose,
    example: r.example,
    questions: questionsOf(r.file).length,
    frozen: r.frozenAt !== null,
    owner: ownerOf(r, owners),
  });

  /** Who saves: an existing questionnaire's owner's managers (or system-wide ones for a shared one); a new one's `ownerCode`'s, or system-wide. */
  async function ownerFor(actor: Actor, latest: repo.QuestionnaireRow | undefined, ownerCode: string | undefined): Promise<number | null> {
    if (latest) {
      await units.requireAccess({ actor, permission: MANAGE, unitIds: [latest.ownerUnitId] });
      return latest.ownerUnitId;
    }
    if (ownerCode === undefined) {
      authorizeSystemWide(actor, MANAGE);
      return null;
    }
    return units.authorizeCode(actor, MANAGE, ownerCode);
  }

  async function save(actor: Actor, file: QuestionnaireFile, ownerCode: string | undefined): Promise<QuestionnaireSummary> {
    authorizeAnywhere(actor, MANAGE);
    const problems = questionnaireProblems(file);
    if (problems.length) throw new AppError('questionnaire_invalid', { problems });
    const owner = await ownerFor(actor, await repo.latestVersion(db, file.code), ownerCode);
    const saved = await inTransaction(db, async (tx) => {
      // Decided under the latest version's lock: a wave freezing it meanwhile makes this the next version.
      const latest = await repo.lockLatest(tx, file.code);
      const replace = latest && latest.frozenAt === null ? latest : undefined;
      const version = replace ? replace.version : (latest?.version ?? 0) + 1;
      // Every version before this one is frozen (a version is only added over a frozen one): the last of them is what it follows.
      const previous = version > 1 ? await repo.versionOf(tx, file.code, version - 1) : undefined;
      const changed = previous ? nextVersionProblems(previous.file, file) : [];
      if (changed.length) throw new AppError('questionnaire_invalid', { problems: changed });
      const row = await repo.saveVersion(tx, file, version, replace, owner);
      await appendAudit(tx, actor, {
        action: replace ? 'questionnaire.replace' : 'questionnaire.create',
        entity: 'questionnaire',
        entityId: `${file.code}@${version}`,
        unitId: owner,
        before: replace ? { questions: questionsOf(replace.file).length } : null,
        after: { code: file.code, version, questions: questionsOf(file).length, ownerUnitId: owner },
      });
      return row;
    });
    return summary(saved, await ownersOf([saved]));
  }

  async function find(code: string, version: number | undefined): Promise<repo.QuestionnaireRow> {
    const row = version === undefined ? await repo.latestVersion(db, code) : await repo.versionOf(db, code, version);
    if (!row) throw new AppError('not_found', { questionnaire: code, version: version ?? null });
    return row;
  }

  return {
    async list(actor: Actor): Promise<QuestionnaireSummary[]> {
      authorizeAnywhere(actor, READ);
      const rows = await repo.listVersions(db);
      const owners = await ownersOf(rows);
      return rows.map((r) => summary(r, owners));
    },

    /** A version (the latest by default) with its whole file: what the JSON export writes. */
    async get(actor: Actor, code: string, version?: number): Promise<QuestionnaireVersion> {
      authorizeAnywhere(actor, READ);
      const row = await find(code, version);
      return { version: row.version, frozen: row.frozenAt !== null, owner: ownerOf(row, await ownersOf([row])), questionnaire: row.file };
    },

    /** Save (the editor, a JSON body). */
    save,

    /** Import a JSON questionnaire file (as exported). */
    async importJson(actor: Actor, content: Buffer, ownerCode?: string): Promise<QuestionnaireSummary> {
      let json: unknown;
      try {
        json = JSON.parse(content.toString('utf8'));
      } catch {
        throw new AppError('invalid_file', { reason: 'json' });
      }
      return save(actor, parseOrThrow(questionnaireFile, json), ownerCode);
    },
  };
}

export type QuestionnairesService = ReturnType<typeof createQuestionnairesService>;
