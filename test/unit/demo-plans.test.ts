import { describe, expect, it } from 'vitest';
import { PLAN_KINDS, REFORM_AREAS } from '../../src/shared/contracts/tasks.ts';
import { DEMO_SEED } from '../../src/server/features/units/seeds/demo.data.ts';
import { DEMO_PLANS } from '../../src/server/features/tasks/seeds/demo-plans.data.ts';

/** Units open after the 2025 reorganisation: created or merged into, and never closed or merged away. */
function openUnits(): Set<string> {
  const open = new Set<string>();
  for (const op of DEMO_SEED) {
    if (op.op === 'create') open.add(op.code);
    if (op.op === 'merge') {
      op.from.forEach((c) => open.delete(c));
      open.add(op.into);
    }
    if (op.op === 'split') {
      if (!op.sourceContinues) open.delete(op.from);
      op.into.forEach((u) => open.add(u.code));
    }
    if (op.op === 'close') open.delete(op.code);
  }
  return open;
}

describe('demo plans (data files)', () => {
  const open = openUnits();
  const tasks = DEMO_PLANS.flatMap((p) => p.tasks.map((t) => ({ plan: p, t })));

  it('use known kinds and areas, and units open today', () => {
    expect(DEMO_PLANS.every((p) => (PLAN_KINDS as readonly string[]).includes(p.kind) && open.has(p.unitCode))).toBe(true);
    expect(tasks.filter(({ t }) => !(REFORM_AREAS as readonly string[]).includes(t.area))).toEqual([]);
    expect(tasks.flatMap(({ t }) => [t.owner, ...(t.cooperating ?? [])]).filter((c) => !open.has(c))).toEqual([]);
  });

  it('have unique task codes per plan and coherent relative dates', () => {
    for (const p of DEMO_PLANS) expect(new Set(p.tasks.map((t) => t.code)).size).toBe(p.tasks.length);
    for (const { t } of tasks) {
      expect(t.assignedInDays).toBeLessThanOrEqual(t.deadlineInDays);
      if (t.completedInDays !== undefined) expect(t.completedInDays).toBeLessThanOrEqual(0);
      if (t.extension) expect(t.extension.toInDays).toBeGreaterThan(t.deadlineInDays);
      expect(t.reportedCompletedInDays !== undefined && t.completedInDays !== undefined).toBe(false);
    }
  });

  it('give the dashboards something to show: 55 tasks, 7 key ones', () => {
    expect(tasks).toHaveLength(55);
    expect(tasks.filter(({ t }) => t.key)).toHaveLength(7);
  });
});
