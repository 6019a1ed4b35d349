import type { Actor } from '../../../platform/auth/actor.ts';
import { appendAudit } from '../../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../../platform/db/database.ts';
import * as repo from '../units.repository.ts';
import { rebuildAncestry } from '../units.service.ts';
import * as tree from '../tree-changes.ts';
import type { SeedOp } from './seed-ops.ts';

/**
 * Replay a shipped tree in one transaction. Loading twice is harmless: if the first
 * operation's unit already exists, nothing is done.
 */
export async function loadSeed(db: Db, actor: Actor, name: string, ops: readonly SeedOp[]): Promise<{ loaded: boolean; operations: number }> {
  const first = ops[0];
  if (first?.op === 'create' && (await repo.findUnit(db, first.code))) return { loaded: false, operations: 0 };
  await inTransaction(db, async (tx) => {
    for (const op of ops) await applyOp(tx, op);
    await rebuildAncestry(tx);
    await appendAudit(tx, actor, { action: 'unit.seed', entity: 'unit', entityId: first?.op === 'create' ? first.code : null, after: { seed: name, operations: ops.length } });
  });
  return { loaded: true, operations: ops.length };
}

async function unitId(tx: Db, code: string): Promise<number> {
  return (await tree.requireUnit(tx, code)).id;
}

async function event(tx: Db, kind: string, date: string, from: number[], to: number[], note?: string, shares?: (number | undefined)[]) {
  await repo.insertEvent(tx, { kind, effectiveDate: date, note: note ?? null, from: from.map((u) => ({ unitId: u })), to: to.map((u, i) => ({ unitId: u, share: shares?.[i] ?? null })) });
}

async function applyOp(tx: Db, op: SeedOp): Promise<void> {
  switch (op.op) {
    case 'create':
      await tree.createUnit(tx, { code: op.code, kind: op.kind, names: op.names, parentCode: op.parent, validFrom: op.date, groups: op.groups ?? [] });
      return;
    case 'rename':
    case 'reclassify':
    case 'regroup':
    case 'move': {
      const patch =
        op.op === 'rename' ? { names: op.names } : op.op === 'reclassify' ? { kind: op.kind } : op.op === 'regroup' ? { groups: op.groups } : { parentUnitId: op.parent ? await unitId(tx, op.parent) : null };
      await tree.changeVersion(tx, op.code, op.date, patch);
      const id = await unitId(tx, op.code);
      await event(tx, op.op, op.date, [id], [id], op.note);
      return;
    }
    case 'close':
      await tree.closeUnit(tx, op.code, op.date);
      await event(tx, 'close', op.date, [await unitId(tx, op.code)], [], op.note);
      return;
    case 'merge': {
      const fromIds: number[] = [];
      for (const c of op.from) fromIds.push(await unitId(tx, c));
      if (op.create) {
        await tree.createUnit(tx, { code: op.into, kind: op.create.kind, names: op.create.names, parentCode: op.create.parent, validFrom: op.date, groups: op.create.groups ?? [] }, { kind: 'none' });
      } else if (op.names || op.kind) {
        await tree.changeVersion(tx, op.into, op.date, { ...(op.names ? { names: op.names } : {}), ...(op.kind ? { kind: op.kind } : {}) });
      }
      const intoId = await unitId(tx, op.into);
      await tree.moveChildren(tx, fromIds, intoId, op.date);
      for (const c of op.from) await tree.closeUnit(tx, c, op.date);
      await event(tx, 'merge', op.date, fromIds, [intoId], op.note);
      return;
    }
    case 'split': {
      const fromId = await unitId(tx, op.from);
      const to: number[] = [];
      for (const part of op.into) {
        to.push(await tree.createUnit(tx, { code: part.code, kind: part.kind, names: part.names, parentCode: part.parent, validFrom: op.date, groups: part.groups ?? [] }, { kind: 'none' }));
      }
      if (!op.sourceContinues) await tree.closeUnit(tx, op.from, op.date);
      await event(tx, 'split', op.date, [fromId], to, op.note, op.into.map((p) => p.share));
      return;
    }
  }
}
