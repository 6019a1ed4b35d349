import type { PositionListView } from '../../../../shared/contracts/positions.ts';
import { addDays } from '../../../../shared/domain/dates.ts';
import { SYSTEM_ACTOR, type Actor } from '../../../platform/auth/actor.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { UploadedFile } from '../../../platform/http/uploads.ts';
import { LAOS_DEMO_DEPARTMENTS, laosDemoDepartmentOps, loadSeed, type UnitsService } from '../../units/index.ts';
import { demoActor, LAOS_DEMO_ACCOUNTS, type UsersService } from '../../users/index.ts';
import type { PositionsFeature } from '../positions.feature.ts';
import { demoPositions, LAOS_DEMO_DEADLINE, LAOS_DEMO_LISTS, LAOS_DEMO_QUOTAS, type DemoList } from './demo-laos-lists.data.ts';

/** The departments are created this many days before the demo is loaded (or when their parents start, if later): before every list's first step. */
const DEPARTMENTS_DAYS_AGO = 120;

/** The demo departments, under the Lao tree (`seed laos`, loaded before). Loading twice is harmless. */
export async function loadLaosDemoTree(db: Db, units: UnitsService, today: string): Promise<{ loaded: boolean; operations: number }> {
  return loadSeed(db, SYSTEM_ACTOR, 'demo-laos', laosDemoDepartmentOps(await departmentsFrom(units, today)));
}

/** The day the demo departments start: DEPARTMENTS_DAYS_AGO, unless a parent starts later (a tree seeded as of a recent day). */
async function departmentsFrom(units: UnitsService, today: string): Promise<string> {
  let from = addDays(today, -DEPARTMENTS_DAYS_AGO);
  for (const parent of new Set(LAOS_DEMO_DEPARTMENTS.map((d) => d.parent!))) {
    const first = (await units.history(SYSTEM_ACTOR, parent)).versions[0]?.validFrom;
    if (first && first > from) from = first;
  }
  return from;
}

export interface LaosDemoDeps {
  positions: PositionsFeature;
  users: UsersService;
  units: UnitsService;
  today: string;
}

/**
 * The demo's job-position lists, each played step by step on its day, in the names of the demo
 * accounts when they exist (the reviewer's comments signed la-reviewer, the Ministry of
 * Education and Sports' departments' steps by its organisation office, la-sector), else as
 * the system. Then the ministry's deadline and this year's quotas. Loads once.
 */
export async function loadLaosDemoLists({ positions, users, units, today }: LaosDemoDeps): Promise<{ loaded: boolean; lists: number }> {
  const first = LAOS_DEMO_LISTS[0]!.unitCode;
  if ((await positions.lists.list(SYSTEM_ACTOR, { unit: first })).length > 0) return { loaded: false, lists: 0 };
  const [reviewer, sector] = await Promise.all(LAOS_DEMO_ACCOUNTS.slice(0, 2).map((a) => demoActor(users, units, a)));
  const actors = {
    reviewer: reviewer ?? SYSTEM_ACTOR,
    department: (unitCode: string) => (sector && unitCode.startsWith('LA-MOES.') ? sector : SYSTEM_ACTOR),
  };
  for (const list of LAOS_DEMO_LISTS) await play(positions, list, actors, today);
  const reviewerActor = actors.reviewer;
  await positions.progress.setDeadline(reviewerActor, { unitCode: LAOS_DEMO_DEADLINE.unitCode, deadline: addDays(today, -LAOS_DEMO_DEADLINE.daysAgo) });
  const year = Number(today.slice(0, 4));
  for (const [unitCode, quota] of Object.entries(LAOS_DEMO_QUOTAS)) await positions.progress.setQuota(reviewerActor, { unitCode, year, quota });
  return { loaded: true, lists: LAOS_DEMO_LISTS.length };
}

async function play(positions: PositionsFeature, list: DemoList, actors: { reviewer: Actor; department: (unitCode: string) => Actor }, today: string): Promise<void> {
  const department = actors.department(list.unitCode);
  let items = demoPositions(list.kind, list.divisions, list.officers);
  let view: PositionListView | null = null;
  const commentIds: number[] = [];
  for (const s of list.steps) {
    const o = { on: addDays(today, -s.daysAgo) };
    const id = view?.id ?? 0;
    switch (s.step) {
      case 'create':
        view = await positions.lists.createList(department, { unitCode: list.unitCode, positions: items }, o);
        break;
      case 'submit':
        view = await positions.lists.submit(department, id, o);
        break;
      case 'review':
        view = await positions.lists.review(actors.reviewer, id, o);
        break;
      case 'revise':
        items = items.map((p) => (p.code === s.code ? { ...p, posts: s.posts } : p));
        view = await positions.lists.saveList(department, id, { positions: items }, o);
        break;
      case 'comment': {
        const parentId = s.answers === undefined ? null : commentIds[s.answers]!;
        view = await positions.lists.comment(s.by === 'reviewer' ? actors.reviewer : department, id, { text: s.text, positionCode: s.positionCode ?? null, parentId }, o);
        commentIds.push(Math.max(...view.comments.map((c) => c.id)));
        break;
      }
      case 'return':
        view = await positions.lists.returnList(actors.reviewer, id, s.reason, o);
        break;
      case 'approve':
        view = await positions.lists.approve(actors.reviewer, id, { number: s.decision, date: o.on }, decisionPdf(list.unitCode, s.decision), o);
        break;
    }
  }
  if (view && list.incumbents) {
    await positions.lists.setIncumbents(department, view.id, { incumbents: Object.entries(list.incumbents).map(([code, incumbents]) => ({ code, incumbents })) });
  }
}

/** A one-page PDF standing for the signed decision (the demo has no real one). */
function decisionPdf(unitCode: string, number: string): UploadedFile {
  const text = `Demo decision ${number.replace(/[^\x20-\x7e]/g, '')} approving the job positions of ${unitCode}`;
  const stream = `BT /F1 12 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { fileName: `${unitCode}-${number.replace(/[^\w-]/g, '')}.pdf`, contentType: 'application/pdf', content: Buffer.from(pdf, 'latin1') };
}
