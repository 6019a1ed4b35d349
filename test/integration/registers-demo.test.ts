import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

/** The demo's registers (issue 15), as of the demo's today: what the province's pages show. */
describeOnEachEngine('the demo dialogue, committee meetings and inspection', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, registers: true });
  });
  afterAll(() => h.close());

  it("counts the ministry's inspection of the Department of Home Affairs: three of six findings fixed, two overdue, as the history says on each day", async () => {
    const report = (asOf: string) => h.services.inspections.report(SYSTEM_ACTOR, { unit: 'H99.02', descendants: false, asOf });
    const { byUnit: _, ...today } = await report('2026-12-06');
    expect(today).toEqual({
      unit: 'H99.02',
      asOf: '2026-12-06',
      inspections: 1,
      findings: 6,
      fixed: 3,
      open: 3,
      overdue: 2,
      byTopic: { recruitment: { findings: 1, fixed: 1 }, contract_hiring: { findings: 1, fixed: 1 }, leadership_appointment: { findings: 1, fixed: 0 }, rank_promotion: { findings: 2, fixed: 1 }, par: { findings: 1, fixed: 0 } },
    });
    // Before the conclusion no finding was made; at the end of 2024 the contract-hiring finding had just been fixed, late.
    expect(await report('2024-01-21')).toMatchObject({ inspections: 1, findings: 0 });
    expect(await report('2024-12-09')).toMatchObject({ findings: 6, fixed: 1, open: 5, overdue: 1 });
    expect(await report('2024-12-31')).toMatchObject({ findings: 6, fixed: 2, open: 4, overdue: 0 });
  });

  it('holds the second dialogue with 80 heads of divisions and the committee meetings, their items in every state', async () => {
    const list = await h.services.meetings.list(SYSTEM_ACTOR);
    // (Overdue counts are today's: the demo's dates are fixed, so they grow as the days pass.)
    expect(list.map((m) => [m.code, m.kind, m.number, m.participants, m.counts.raised, m.counts.conclusions, m.counts.open])).toEqual([
      ['BCD-H99-2026-02', 'steering_committee', 2, 32, 0, 3, 1],
      ['BCD-H99-2026-03', 'steering_committee', 3, 35, 0, 3, 2],
      ['DT-H99-2026-02', 'dialogue_divisions', null, 80, 8, 2, 7],
    ]);
    const dialogue = await h.services.meetings.get(SYSTEM_ACTOR, 'DT-H99-2026-02');
    expect(Object.fromEntries(dialogue.raised.map((i) => [i.code, i.status]))).toEqual({
      'H99-DT2-01': 'answered',
      'H99-DT2-02': 'escalated',
      'H99-DT2-03': 'resolved',
      'H99-DT2-04': 'assigned',
      'H99-DT2-05': 'declined',
      'H99-DT2-06': 'resolved',
      'H99-DT2-07': 'assigned',
      'H99-DT2-08': 'assigned',
    });
    // DT2-01's deadline was moved; the history keeps the first.
    expect(dialogue.raised[0]!.deadline).toBe('2026-12-31');
    expect(dialogue.raised[0]!.events.filter((e) => e.action === 'assign').map((e) => e.deadline)).toEqual(['2026-11-30', '2026-12-31']);
    expect(dialogue.raised.find((i) => i.code === 'H99-DT2-02')!.addressedTo.code).toBe('H99');
  });
});
