import { frameworkFile as frameworkFileSchema, type FrameworkFile, type FrameworkSummary, type FrameworkVersion } from '../../../shared/contracts/frameworks.ts';
import { frameworkProblems } from '../../../shared/domain/framework-tree.ts';
import { AppError, parseOrThrow } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeAnywhere, authorizeSystemWide } from '../../platform/policy.ts';
import { frameworkFromXlsx, frameworkXlsx } from './framework-sheet.ts';
import * as repo from './frameworks.repository.ts';
import { TEMPLATES } from './templates/index.ts';

/**
 * Index frameworks: versioned trees of areas → criteria → sub-criteria. Importing a
 * framework replaces its latest version while no round uses it, and otherwise becomes the
 * next version; nodes keep their keys, so results of different years compare. Frameworks are
 * shared reference data: only a system-wide `assessments.manage` changes them.
 */
export function createFrameworksService({ db }: { db: Db }) {
  const summary = (r: repo.FrameworkRow): FrameworkSummary => ({
    code: r.code,
    version: r.version,
    names: r.names,
    subject: r.subject,
    year: r.year,
    example: r.example,
    total: r.totalCents / 100,
    frozen: r.frozenAt !== null,
  });

  async function save(actor: Actor | null, file: FrameworkFile): Promise<FrameworkSummary> {
    const problems = frameworkProblems(file);
    if (problems.length) throw new AppError('framework_invalid', { problems });
    const latest = await repo.latestVersion(db, file.code);
    const replace = latest && latest.frozenAt === null ? latest : undefined;
    const version = replace ? replace.version : (latest?.version ?? 0) + 1;
    return inTransaction(db, async (tx) => {
      const row = await repo.saveVersion(tx, file, version, replace);
      if (actor) await appendAudit(tx, actor, { action: replace ? 'framework.replace' : 'framework.create', entity: 'framework', entityId: `${file.code}@${version}`, after: { code: file.code, version, total: file.total } });
      return summary(row);
    });
  }

  return {
    async list(actor: Actor): Promise<FrameworkSummary[]> {
      authorizeAnywhere(actor, 'assessments.read');
      return (await repo.listVersions(db)).map(summary);
    },

    async get(actor: Actor, code: string, version?: number): Promise<FrameworkVersion> {
      authorizeAnywhere(actor, 'assessments.read');
      const row = version === undefined ? await repo.latestVersion(db, code) : await repo.versionOf(db, code, version);
      if (!row) throw new AppError('not_found', { framework: code, version: version ?? null });
      return { version: row.version, frozen: row.frozenAt !== null, framework: await repo.fileOf(db, row) };
    },

    /** Import (JSON): replaces the latest version while it is not frozen, else adds the next one. */
    save(actor: Actor, file: FrameworkFile): Promise<FrameworkSummary> {
      authorizeSystemWide(actor, 'assessments.manage');
      return save(actor, file);
    },

    /** A version as an Excel workbook (sheets "framework" and "nodes"). */
    async xlsx(actor: Actor, code: string, version?: number): Promise<Buffer> {
      authorizeAnywhere(actor, 'assessments.read');
      const row = version === undefined ? await repo.latestVersion(db, code) : await repo.versionOf(db, code, version);
      if (!row) throw new AppError('not_found', { framework: code, version: version ?? null });
      return frameworkXlsx(await repo.fileOf(db, row));
    },

    /** Import a workbook (as exported) or a JSON framework file. */
    async importFile(actor: Actor, content: Buffer, fileName: string): Promise<FrameworkSummary> {
      authorizeSystemWide(actor, 'assessments.manage');
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
      return save(actor, file);
    },

    /** Next year's version: a copy of the latest, to change before a round uses it. */
    async nextVersion(actor: Actor, code: string, year: number): Promise<FrameworkSummary> {
      authorizeSystemWide(actor, 'assessments.manage');
      const latest = await repo.latestVersion(db, code);
      if (!latest) throw new AppError('not_found', { framework: code });
      const file = { ...(await repo.fileOf(db, latest)), year };
      return inTransaction(db, async (tx) => {
        const row = await repo.saveVersion(tx, file, latest.version + 1, undefined);
        await appendAudit(tx, actor, { action: 'framework.version', entity: 'framework', entityId: `${code}@${row.version}`, after: { from: latest.version, year } });
        return summary(row);
      });
    },

    /** The shipped templates, loaded once (at migration time) and never overwritten. */
    async ensureTemplates(): Promise<number> {
      let loaded = 0;
      for (const t of TEMPLATES) {
        if (await repo.latestVersion(db, t.code)) continue;
        await save(null, t);
        loaded++;
      }
      return loaded;
    },
  };
}

export type FrameworksService = ReturnType<typeof createFrameworksService>;
