import type { Actor } from '../../../platform/auth/actor.ts';
import { inTransaction } from '../../../platform/db/database.ts';
import type { InspectionsDeps, InspectionsService } from '../inspections.service.ts';
import * as repo from '../inspections.repository.ts';
import { DEMO_INSPECTION } from './demo-inspection.data.ts';

/**
 * The ministry's 2020–2023 inspection of the demo province's Department of Home Affairs: six
 * findings, each with its remedy assigned to the department with a deadline; three fixed (one
 * after its deadline), the others open — two of them overdue on the demo's today. Loaded
 * once: a second run finds the inspection and does nothing.
 */
export async function loadDemoInspections(deps: InspectionsDeps, inspections: InspectionsService, actor: Actor): Promise<{ loaded: boolean; inspections: number }> {
  const d = DEMO_INSPECTION;
  if (await repo.findInspection(deps.db, d.code)) return { loaded: false, inspections: 0 };
  const inspectedUnitId = await deps.units.idOf(d.inspectedUnit);
  const fieldOf = new Map((await repo.listTopics(deps.db)).map((t) => [t.code, t.field]));
  await inTransaction(deps.db, async (tx) => {
    const row = await repo.insertInspection(tx, {
      code: d.code,
      body: d.body,
      decisionNo: d.decisionNumber,
      decisionDate: d.decisionDate,
      inspectedUnitId,
      topics: [...new Set([...d.topics, ...d.findings.map((f) => f.topic)])],
      coveredFrom: d.coveredFrom,
      coveredTo: d.coveredTo,
      conclusionNo: d.conclusion.number,
      conclusionDate: d.conclusion.date,
    });
    for (const f of d.findings) {
      const finding = await repo.insertFinding(tx, { inspectionId: row.id, code: f.code, topic: f.topic, description: f.finding, severity: f.severity, recommendation: f.recommendation });
      const [remedyId] = await inspections.internals.raiseRemedies(tx, actor, row, finding, fieldOf.get(f.topic)!, [{ text: f.recommendation, deadline: f.deadline }]);
      if (f.fixedOn) await deps.followUps.resolve(tx, actor, remedyId!, { on: f.fixedOn });
    }
  });
  return { loaded: true, inspections: 1 };
}
