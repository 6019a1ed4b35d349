import type { FrameworkNodeFile } from '../../src/shared/contracts/frameworks.ts';
import type { LocalizedNames } from '../../src/shared/locales.ts';
import { TEMPLATES } from '../../src/server/features/assessments/templates/index.ts';
import { DEMO_PROCEDURES } from '../../src/server/features/dossiers/seeds/demo-procedures.ts';
import { DEMO_PLANS } from '../../src/server/features/tasks/seeds/demo-plans.data.ts';
import { DEMO_SEED } from '../../src/server/features/units/seeds/demo.data.ts';

// test/data holds the demo's own data as expectations: pure, so unit tests may read it, and
// the one place where black-box tests see seed files (which no feature's index.ts exports).
export { DEMO_PROCEDURES, DEMO_PLANS };

/**
 * Every name the demo ships — units, procedures and their fields, plans, tasks, index
 * frameworks and their nodes — labelled (`unit H99.02`, `task CT-02/CT02-01`, …).
 */
export function demoNames(): [string, LocalizedNames][] {
  const out: [string, LocalizedNames][] = [];
  for (const op of DEMO_SEED) {
    if (op.op === 'create' || op.op === 'rename') out.push([`unit ${op.code}`, op.names]);
    if (op.op === 'merge' && op.create) out.push([`unit ${op.into}`, op.create.names]);
    if (op.op === 'merge' && op.names) out.push([`unit ${op.into}`, op.names]);
    if (op.op === 'split') for (const u of op.into) out.push([`unit ${u.code}`, u.names]);
  }
  for (const p of DEMO_PROCEDURES) out.push([`procedure ${p.code}`, p.names], [`field of ${p.code}`, p.fieldNames]);
  for (const plan of DEMO_PLANS) {
    out.push([`plan ${plan.code}`, plan.title]);
    for (const t of plan.tasks) out.push([`task ${plan.code}/${t.code}`, t.title]);
  }
  const walk = (n: FrameworkNodeFile) => {
    out.push([`framework node ${n.key}`, n.names]);
    n.children?.forEach(walk);
  };
  for (const f of TEMPLATES) {
    out.push([`framework ${f.code}`, f.names]);
    f.areas.forEach(walk);
  }
  return out;
}

/** The demo's latest name of a unit, or title of a task, in one language (for journeys that read them on a page). */
export function demoName(label: string, locale: keyof LocalizedNames): string {
  const names = demoNames().filter(([l]) => l === label);
  const name = names[names.length - 1]?.[1][locale];
  if (!name) throw new Error(`the demo has no ${locale} name for ${label}`);
  return name;
}
