import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { inTransaction } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

/** The follow-up item's writes as the registers call them: in their own transaction, no scope check. */
describeOnEachEngine('follow-up items (core)', (engine) => {
  let h: Harness;
  let province: number;
  let department: number;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    [province, department] = await Promise.all([h.services.units.idOf('H99'), h.services.units.idOf('H99.02')]);
  });
  afterAll(() => h.close());

  const fu = () => h.services.followUps;
  const raise = (code?: string) =>
    inTransaction(h.services.database.db, (tx) =>
      fu().raise(tx, SYSTEM_ACTOR, { code, source: { kind: 'meeting', id: 41, ref: 'DT-2026-2' }, kind: 'difficulty', raisedOn: '2026-03-01', raisedByUnitId: department, raiserTitle: { vi: 'Trưởng phòng Đất đai', en: 'Head of the land division' }, field: 'land', addressedToUnitId: province, text: { vi: 'Vướng mắc về bảng giá đất', en: 'Land-price rules hold up compensation' } }),
    );

  it('ships the ten fields in five languages', async () => {
    const fields = await fu().fields();
    expect(fields.map((f) => f.code)).toEqual(['land', 'investment', 'construction', 'health', 'environment', 'staffing', 'procedures', 'digital_transformation', 'finance', 'other']);
    expect(fields.every((f) => ['vi', 'en', 'lo', 'km', 'th'].every((l) => (f.names as Record<string, string>)[l]))).toBe(true);
  });

  it('raises, assigns, answers and resolves an item, each change an event and an audit row', async () => {
    const { id, code } = await raise();
    expect(code).toMatch(/^FU-2026-\d+$/);
    await inTransaction(h.services.database.db, async (tx) => {
      await fu().assign(tx, SYSTEM_ACTOR, id, { responsibleUnitId: department, deadline: '2026-03-31', on: '2026-03-05' });
      await fu().assign(tx, SYSTEM_ACTOR, id, { responsibleUnitId: department, deadline: '2026-04-15', on: '2026-03-20' });
      await fu().answer(tx, SYSTEM_ACTOR, id, { text: { vi: 'Đã trình UBND tỉnh sửa bảng giá', en: 'A revised price table was submitted' }, on: '2026-04-02' });
      await fu().resolve(tx, SYSTEM_ACTOR, id, { on: '2026-04-20', note: 'Decision 12/2026 issued' });
    });
    const [item] = await fu().itemsOfSources('meeting', [41]);
    expect(item).toMatchObject({ code, status: 'resolved', kind: 'difficulty', raisedBy: { code: 'H99.02' }, addressedTo: { code: 'H99' }, responsibleUnit: { code: 'H99.02' }, deadline: '2026-04-15', answeredOn: '2026-04-02', answeredBy: 'system', resolvedOn: '2026-04-20', field: { code: 'land' }, source: { kind: 'meeting', id: 41, ref: 'DT-2026-2' } });
    expect(item!.events.map((e) => [e.on, e.action, e.status, e.deadline ?? null])).toEqual([
      ['2026-03-01', 'raise', 'open', null],
      ['2026-03-05', 'assign', 'assigned', '2026-03-31'],
      ['2026-03-20', 'assign', 'assigned', '2026-04-15'],
      ['2026-04-02', 'answer', 'answered', null],
      ['2026-04-20', 'resolve', 'resolved', null],
    ]);
    const audit = await h.services.audit.page(SYSTEM_ACTOR, { entity: 'follow_up_item', limit: 50 });
    expect(audit.entries.filter((e) => e.entityId === code).map((e) => e.action).sort()).toEqual(['followups.answer', 'followups.assign', 'followups.assign', 'followups.raise', 'followups.resolve']);
  });

  it('refuses a change after resolution and rolls the whole transaction back', async () => {
    const { id } = await raise('DT2-07');
    await inTransaction(h.services.database.db, (tx) => fu().resolve(tx, SYSTEM_ACTOR, id, { on: '2026-03-02' }));
    await expect(inTransaction(h.services.database.db, (tx) => fu().answer(tx, SYSTEM_ACTOR, id, { text: { en: 'late' }, on: '2026-03-03' }))).rejects.toMatchObject({ code: 'follow_up_state_conflict' });
    await expect(raise('DT2-07')).rejects.toMatchObject({ code: 'follow_up_code_taken' });
    const items = (await fu().itemsOfSources('meeting', [41])).filter((i) => i.code === 'DT2-07');
    expect(items.map((i) => [i.status, i.events.length, i.answer])).toEqual([['resolved', 2, null]]);
  });

  it('follows up the demo reports’ proposals, once each however often the demo is loaded', async () => {
    const reports = await h.services.reporting.submittedReports();
    const expected = reports.flatMap((r) => r.proposals.map((_, i) => `${r.round}/${r.unitCode}/${i + 1}`)).sort();
    expect(expected.length).toBeGreaterThan(5);
    const codes = async () => (await fu().register.list(SYSTEM_ACTOR, { source: 'report', descendants: false })).map((i) => i.code).sort();
    expect(await codes()).toEqual(expected);
    await fu().fromSubmittedReports(SYSTEM_ACTOR, reports);
    expect(await codes()).toEqual(expected);
  });

  it('turns a submitted report’s proposals into items addressed to the round’s owner, once each, resubmitted or not', async () => {
    const reporting = h.services.reporting;
    await reporting.create(SYSTEM_ACTOR, { code: 'BC-FU', names: { vi: 'Báo cáo' }, kind: 'year', period: '2026', ownerUnitCode: 'H99', asked: { kind: 'list', unitCodes: ['H99.02'] }, deadline: '2026-12-31', cutoffDate: '2026-12-31', sections: [] });
    const proposals = [
      { text: 'Sửa quy định về giá đất bồi thường', field: 'administrative_procedures' as const, addressee: 'Bộ Nông nghiệp và Môi trường' },
      { text: 'ເພີ່ມພະນັກງານ', field: 'civil_service' as const, addressee: 'Bộ Nội vụ' },
    ];
    await reporting.saveDraft(SYSTEM_ACTOR, 'BC-FU', 'H99.02', { sections: {}, proposals });
    await reporting.submit(SYSTEM_ACTOR, 'BC-FU', 'H99.02');
    await reporting.returnSubmission(SYSTEM_ACTOR, 'BC-FU', 'H99.02', 'Bổ sung');
    await reporting.saveDraft(SYSTEM_ACTOR, 'BC-FU', 'H99.02', { sections: {}, proposals: [...proposals, { text: 'Kinh phí số hoá', field: 'e_government', addressee: 'UBND tỉnh' }] });
    await reporting.submit(SYSTEM_ACTOR, 'BC-FU', 'H99.02');
    const items = await fu().register.list(SYSTEM_ACTOR, { sourceRef: 'BC-FU/H99.02', descendants: false });
    expect(new Set(items.map((i) => i.source.kind + i.source.id)).size).toBe(1);
    expect(await fu().itemsOfSources('report', [items[0]!.source.id!])).toHaveLength(3);
    expect(items.map((i) => [i.code, i.kind, i.field.code, i.raisedBy?.code, i.addressedTo.code, i.addresseeName, i.text, i.source.ref, i.raisedOn])).toEqual([
      ['BC-FU/H99.02/1', 'proposal', 'procedures', 'H99.02', 'H99', 'Bộ Nông nghiệp và Môi trường', { vi: proposals[0]!.text }, 'BC-FU/H99.02', h.services.tasksDeps.today()],
      ['BC-FU/H99.02/2', 'proposal', 'staffing', 'H99.02', 'H99', 'Bộ Nội vụ', { lo: 'ເພີ່ມພະນັກງານ' }, 'BC-FU/H99.02', h.services.tasksDeps.today()],
      ['BC-FU/H99.02/3', 'proposal', 'digital_transformation', 'H99.02', 'H99', 'UBND tỉnh', { vi: 'Kinh phí số hoá' }, 'BC-FU/H99.02', h.services.tasksDeps.today()],
    ]);
  });
});
