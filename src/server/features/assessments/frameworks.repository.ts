import { and, asc, desc, eq } from 'drizzle-orm';
import type { FrameworkFile, FrameworkNodeFile } from '../../../shared/contracts/frameworks.ts';
import { flattenFramework } from '../../../shared/domain/framework-tree.ts';
import type { Db } from '../../platform/db/database.ts';
import { frameworkNodes, frameworks } from './frameworks.table.ts';
import { toCents } from '../../../shared/domain/points.ts';


export type FrameworkRow = typeof frameworks.$inferSelect;

export async function latestVersion(db: Db, code: string): Promise<FrameworkRow | undefined> {
  const [row] = await db.select().from(frameworks).where(eq(frameworks.code, code)).orderBy(desc(frameworks.version)).limit(1);
  return row;
}

export async function versionOf(db: Db, code: string, version: number): Promise<FrameworkRow | undefined> {
  const [row] = await db.select().from(frameworks).where(and(eq(frameworks.code, code), eq(frameworks.version, version)));
  return row;
}

export async function listVersions(db: Db): Promise<FrameworkRow[]> {
  return db.select().from(frameworks).orderBy(asc(frameworks.code), asc(frameworks.version));
}

/** Writes a framework file as version `version` (replacing that version's nodes if it exists and is not frozen). */
export async function saveVersion(tx: Db, f: FrameworkFile, version: number, existing: FrameworkRow | undefined, ownerUnitId: number | null): Promise<FrameworkRow> {
  const values = { code: f.code, version, names: f.names, subject: f.subject, year: f.year, basis: f.basis, example: f.example, totalCents: toCents(f.total), ownerUnitId };
  let row: FrameworkRow;
  if (existing) {
    await tx.delete(frameworkNodes).where(eq(frameworkNodes.frameworkId, existing.id));
    [row] = (await tx.update(frameworks).set(values).where(eq(frameworks.id, existing.id)).returning()) as [FrameworkRow];
  } else {
    [row] = (await tx.insert(frameworks).values(values).returning()) as [FrameworkRow];
  }
  const nodes = flattenFramework(f).map(({ node: n, parentKey }, position) => ({
    frameworkId: row.id,
    key: n.key,
    parentKey,
    position,
    code: n.code,
    names: n.names,
    guidance: n.guidance ?? null,
    maxCents: toCents(n.max),
    maxVerified: n.maxVerified,
    method: n.method ?? null,
    formula: n.formula ?? null,
  }));
  for (let i = 0; i < nodes.length; i += 500) await tx.insert(frameworkNodes).values(nodes.slice(i, i + 500));
  return row;
}

/** A stored version back as a framework file (the export format). */
export async function fileOf(db: Db, row: FrameworkRow): Promise<FrameworkFile> {
  const rows = await db.select().from(frameworkNodes).where(eq(frameworkNodes.frameworkId, row.id)).orderBy(asc(frameworkNodes.position));
  const byParent = new Map<string | null, typeof rows>();
  for (const r of rows) byParent.set(r.parentKey, [...(byParent.get(r.parentKey) ?? []), r]);
  const build = (r: (typeof rows)[number]): FrameworkNodeFile => {
    const children = (byParent.get(r.key) ?? []).map(build);
    return {
      key: r.key,
      code: r.code,
      names: r.names,
      ...(r.guidance ? { guidance: r.guidance } : {}),
      max: r.maxCents / 100,
      maxVerified: r.maxVerified,
      ...(r.method ? { method: r.method as NonNullable<FrameworkNodeFile['method']> } : {}),
      ...(r.formula ? { formula: r.formula } : {}),
      ...(children.length ? { children } : {}),
    };
  };
  return {
    code: row.code,
    names: row.names,
    subject: row.subject as FrameworkFile['subject'],
    year: row.year,
    basis: row.basis,
    example: row.example,
    total: row.totalCents / 100,
    areas: (byParent.get(null) ?? []).map(build),
  };
}
