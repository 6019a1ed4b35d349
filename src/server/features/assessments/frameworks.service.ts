import { frameworkFile as frameworkFileSchema, type FrameworkFile, type FrameworkSummary, type FrameworkVersion } from '../../../shared/contracts/frameworks.ts';
import { frameworkProblems } from '../../../shared/domain/framework-tree.ts';
import { AppError, parseOrThrow } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeAnywhere, authorizeSystemWide } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import { frameworkFromXlsx, frameworkXlsx } from './framework-sheet.ts';
import * as repo from './frameworks.repository.ts';
import { TEMPLATES } from './templates/index.ts';

/** The shipped templates, loaded once (at migration time) as shared frameworks and never overwritten. */
export async function ensureFrameworkTemplates(db: Db): Promise<number> {
  let loaded = 0;
  for (const t of TEMPLATES) {
    if (await repo.latestVersion(db, t.code)) continue;
    const problems = frameworkProblems(t);
    if (problems.length) throw new AppError('framework_invalid', { problems });
    await inTransaction(db, (tx) => repo.saveVersion(tx, t, 1, undefined, null));
    loaded++;
  }
  return loaded;
}

type OwnerRef = FrameworkSummary['owner'];

/**
 * Index frameworks: versioned trees of areas → criteria → sub-criteria. Saving a framework
 * replaces its latest version while no round uses it, and otherwise becomes the next
 * version; nodes keep their keys, so results of different years compare. Shared frameworks
 * (the national ones, the templates) change only by a system-wide `assessments.manage`; a
 * framework owned by a unit — a province's internal index — by the managers of that unit.
 * Everyone who reads assessments reads every framework: they are methods, not results.
 */
export function createFrameworksService({ db, units }: { db: Db; units: UnitsService }) {
  async function ownerRefs(rows: repo.FrameworkRow[]): Promise<Map<number, NonNullable<OwnerRef>>> {
    const ids = [...new Set(rows.map((r) => r.ownerUnitId).filter((id): id is number => id !== null))];
    return new Map((ids.length ? await units.refsOf(ids) : []).map((u) => [u.id, { code: u.code, names: u.names }]));
  }

  /** Who may change a framework: its owner's managers, or system-wide ones for a shared framework. */
  async function authorizeChange(actor: Actor, ownerUnitId: number | null): Promise<void> {
    await units.requireAccess({ actor, permission: 'assessments.manage', unitIds: [ownerUnitId] });
  }

  /** The owner of a framework being saved: an existing framework keeps its own; a new one takes `ownerCode` (authorised there) or is shared. */
  async function ownerFor(actor: Actor, latest: repo.FrameworkRow | undefined, ownerCode: string | undefined): Promise<number | null> {
    if (latest) {
      await authorizeChange(actor, latest.ownerUnitId);
      return latest.ownerUnitId;
    }
    if (ownerCode === undefined) {
      authorizeSystemWide(actor, 'assessments.manage');
      return null;
    }
    return units.authorizeCode(actor, 'assessments.manage', ownerCode);
  }

  const summary = (r: repo.FrameworkRow, owners: Map<number, NonNullable<OwnerRef>>): FrameworkSummary => ({
    code: r.code,
    version: r.version,
    names: r.names,
    subject: r.subject,
    year: r.year,
    example: r.example,
    total: r.totalCents / 100,
    frozen: r.frozenAt !== null,
    owner: r.ownerUnitId === null ? null : (owners.get(r.ownerUnitId) ?? null),
  });

  async function save(actor: Actor, file: FrameworkFile, ownerCode: string | undefined): Promise<FrameworkSummary> {
    const latest = await repo.latestVersion(db, file.code);
    const owner = await ownerFor(actor, latest, ownerCode);
    const problems = frameworkProblems(file);
    if (problems.length) throw new AppError('framework_invalid', { problems });
    const replace = latest && latest.frozenAt === null ? latest : undefined;
    const version = replace ? replace.version : (latest?.version ?? 0) + 1;
    const saved = await inTransaction(db, async (tx) => {
      const row = await repo.saveVersion(tx, file, version, replace, owner);
      await appendAudit(tx, actor, { action: replace ? 'framework.replace' : 'framework.create', entity: 'framework', entityId: `${file.code}@${version}`, after: { code: file.code, version, total: file.total, ownerUnitId: owner } });
      return row;
    });
    return summary(saved, await ownerRefs([saved]));
  }

  return {
    async list(actor: Actor): Promise<FrameworkSummary[]> {
      authorizeAnywhere(actor, 'assessments.read');
      const rows = await repo.listVersions(db);
      const owners = await ownerRefs(rows);
      return rows.map((r) => summary(r, owners));
    },

    async get(actor: Actor, code: string, version?: number): Promise<FrameworkVersion> {
      authorizeAnywhere(actor, 'assessments.read');
      const row = version === undefined ? await repo.latestVersion(db, code) : await repo.versionOf(db, code, version);
      if (!row) throw new AppError('not_found', { framework: code, version: version ?? null });
      const owner = summary(row, await ownerRefs([row])).owner;
      return { version: row.version, frozen: row.frozenAt !== null, owner, framework: await repo.fileOf(db, row) };
    },

    /** Save (the editor, a JSON body): replaces the latest version while it is not frozen, else adds the next one. */
    save(actor: Actor, file: FrameworkFile, ownerCode?: string): Promise<FrameworkSummary> {
      authorizeAnywhere(actor, 'assessments.manage');
      return save(actor, file, ownerCode);
    },

    /** A version as an Excel workbook (sheets "framework" and "nodes"). */
    async xlsx(actor: Actor, code: string, version: number | undefined, locale: Locale): Promise<Buffer> {
      authorizeAnywhere(actor, 'assessments.read');
      const row = version === undefined ? await repo.latestVersion(db, code) : await repo.versionOf(db, code, version);
      if (!row) throw new AppError('not_found', { framework: code, version: version ?? null });
      return frameworkXlsx(await repo.fileOf(db, row), locale);
    },

    /** Import a workbook (as exported) or a JSON framework file. */
    async importFile(actor: Actor, content: Buffer, fileName: string, ownerCode?: string): Promise<FrameworkSummary> {
      authorizeAnywhere(actor, 'assessments.manage');
      const lower = fileName.toLowerCase();
      let file: FrameworkFile;
      if (lower.endsWith('.xlsx')) file = await frameworkFromXlsx(content);
      else if (lower.endsWith('.json')) {
        let json: unknown;
        try {
          json = JSON.parse(content.toString('utf8'));
        } catch {
          throw new AppError('invalid_file', { reason: 'json' });
        }
        file = parseOrThrow(frameworkFileSchema, json);
      } else throw new AppError('invalid_file', { reason: 'extension', fileName });
      return save(actor, file, ownerCode);
    },

    /** Next year's version: a copy of the latest, to change before a round uses it. */
    async nextVersion(actor: Actor, code: string, year: number): Promise<FrameworkSummary> {
      authorizeAnywhere(actor, 'assessments.manage');
      const latest = await repo.latestVersion(db, code);
      if (!latest) throw new AppError('not_found', { framework: code });
      await authorizeChange(actor, latest.ownerUnitId);
      const file = { ...(await repo.fileOf(db, latest)), year };
      const row = await inTransaction(db, async (tx) => {
        const saved = await repo.saveVersion(tx, file, latest.version + 1, undefined, latest.ownerUnitId);
        await appendAudit(tx, actor, { action: 'framework.version', entity: 'framework', entityId: `${code}@${saved.version}`, after: { from: latest.version, year } });
        return saved;
      });
      return summary(row, await ownerRefs([row]));
    },

  };
}

export type FrameworksService = ReturnType<typeof createFrameworksService>;
