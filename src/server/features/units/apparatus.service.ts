import type { ApparatusChange, ApparatusQuery, ApparatusReport } from '../../../shared/contracts/apparatus.ts';
import type { UnitRef } from '../../../shared/contracts/units.ts';
import { countApparatus, countChanges, isApparatusChange, type KindTier } from '../../../shared/domain/apparatus.ts';
import type { Locale, LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Letterhead } from '../../platform/documents/official-document.ts';
import { apparatusDocx, apparatusXlsx } from './apparatus-exports.ts';
import { accessWithin } from './unit-access.ts';
import * as repo from './units.repository.ts';
import * as tree from './tree-changes.ts';

export interface ApparatusDeps {
  db: Db;
  today: () => string;
  /** the document settings' letterhead of a unit, in a language */
  letterheadOf: (unitId: number, locale: Locale) => Promise<Letterhead>;
  /** texts of the locale files (headings of the exports) */
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
}

/**
 * The apparatus over time: a unit's subtree counted on two days, per sector and in total,
 * with the dated tree's changes between them (shared/domain/apparatus.ts does the counting).
 * Reading it needs units.read on the unit, as reading the unit itself does.
 */
export function createApparatusService({ db, today, letterheadOf, text }: ApparatusDeps) {
  async function report(actor: Actor, q: ApparatusQuery): Promise<ApparatusReport> {
    const root = await tree.requireUnit(db, q.unit);
    await accessWithin(db).requireAccess({ actor, permission: 'units.read', unitIds: [root.id] });
    // Only units ever under the root can be under it on either day: the all-time ancestry narrows the read.
    const treeOn = async (date: string) => (await repo.versionsOn(db, { date, scope: [root.id] })).map((v) => ({ id: v.unitId, code: v.code, kind: v.kind, parentId: v.parentUnitId, names: v.names }));
    const atFrom = await treeOn(q.from);
    const atTo = await treeOn(q.to);
    const kinds = await repo.listKinds(db);
    const counts = countApparatus(root.id, atFrom, atTo, kinds as KindTier[]);

    const [rootRef] = await repo.unitRefs(db, [root.id]);
    const named = new Map<number, { code: string; names: LocalizedNames }>([...atFrom, ...atTo].map((u) => [u.id, u]));
    const ref = (id: number): UnitRef => ({ code: named.get(id)!.code, names: named.get(id)!.names });
    const kindNames = new Map(kinds.map((k) => [k.code, k.names]));
    return {
      unit: { code: root.code, names: rootRef?.names ?? {} },
      from: q.from,
      to: q.to,
      total: counts.total,
      tiers: counts.tiers,
      kinds: counts.kinds.map((k) => ({ ...k, names: kindNames.get(k.kind) ?? { en: k.kind } })),
      sectors: counts.sectors.map(({ id, ...s }) => ({ unit: ref(id), ...s })),
      ...(await changesUnder(root.id, q.from, q.to)),
    };
  }

  /** The lineage events touching the root's subtree after A up to and including B, one entry per event. */
  async function changesUnder(rootId: number, from: string, to: string): Promise<Pick<ApparatusReport, 'changes' | 'changeCounts'>> {
    const rows = await repo.eventsTouching(db, await repo.subtreeIds(db, rootId), { after: from, upTo: to, namesBefore: true });
    const events = new Map<number, ApparatusChange>();
    for (const r of rows) {
      if (!isApparatusChange(r, from, to)) continue;
      const e = events.get(r.eventId) ?? { effectiveDate: r.effectiveDate, kind: r.kind, from: [], to: [], note: r.note };
      e[r.side].push({ code: r.code, names: r.names ?? {} });
      events.set(r.eventId, e);
    }
    // The links of an event come in no particular order: by code, so a report reads the same each time.
    const byCode = (a: UnitRef, b: UnitRef) => a.code.localeCompare(b.code);
    const changes = [...events.values()].map((e) => ({ ...e, from: e.from.sort(byCode), to: e.to.sort(byCode) }));
    return { changes, changeCounts: countChanges(changes) };
  }

  return {
    report,
    /** The report as an XLSX workbook in the reader's language. */
    async workbook(actor: Actor, q: ApparatusQuery, locale: Locale): Promise<Buffer> {
      return apparatusXlsx(await report(actor, q), today(), locale, (key, values) => text(locale, key, values));
    },
    /** The report as an administrative document under the unit's letterhead (the Lao national header when read in Lao). */
    async document(actor: Actor, q: ApparatusQuery, locale: Locale): Promise<Buffer> {
      const r = await report(actor, q);
      const letterhead = await letterheadOf((await tree.requireUnit(db, q.unit)).id, locale);
      return apparatusDocx(r, { letterhead, issuedOn: today() }, locale, (key, values) => text(locale, key, values));
    },
  };
}

export type ApparatusService = ReturnType<typeof createApparatusService>;
