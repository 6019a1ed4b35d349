import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/contracts/meetings.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { readDocx } from '../support/docx.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

const DIALOGUE = {
  code: 'DT-2026-02',
  kind: 'dialogue_divisions',
  title: { vi: 'Hội nghị đối thoại với 80 trưởng phòng lần thứ hai', en: 'Second dialogue with 80 heads of divisions' },
  heldOn: '2026-03-20',
  organisingUnitCode: 'H99',
  chairTitle: { vi: 'Chủ tịch UBND tỉnh', en: "Chair of the Provincial People's Committee" },
  chairName: 'Nguyễn Văn An',
  participants: 80,
  participatingUnitCodes: ['H99.02', 'H99.05'],
  agenda: { vi: 'Tháo gỡ khó khăn, vướng mắc', en: 'Removing difficulties and obstacles' },
};

/** The dialogues and meetings register over HTTP: recording, raising, concluding, the notice, and who may do what. */
describeOnEachEngine('meetings register', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let department: Session;
  let commune: Session;
  const send = (s: Session, method: 'GET' | 'POST', url: string, payload?: unknown) => h.app.inject({ method, url, headers: as(s), payload: payload as object });
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, registers: true });
    secretariat = await signIn(h.app, 'secretariat');
    department = await signIn(h.app, 'department');
    commune = await signIn(h.app, 'commune');
  });
  afterAll(() => h.close());

  it('records a dialogue (secretariat of the organising unit only) and refuses a code twice', async () => {
    expect((await send(department, 'POST', '/api/meetings', DIALOGUE)).statusCode).toBe(403);
    const res = await send(secretariat, 'POST', '/api/meetings', DIALOGUE);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ code: 'DT-2026-02' });
    const again = await send(secretariat, 'POST', '/api/meetings', DIALOGUE);
    expect([again.statusCode, again.json().code]).toEqual([409, 'meeting_code_taken']);
    const steering = await send(secretariat, 'POST', '/api/meetings', { ...DIALOGUE, code: 'BCD-3', kind: 'steering_committee' });
    expect([steering.statusCode, steering.json().code]).toEqual([400, 'validation_failed']);
  });

  it('lets a participating department raise a difficulty for itself, not for another unit; the secretariat records an answer given on the spot', async () => {
    const item = { kind: 'difficulty', raisedByUnitCode: 'H99.02', raiserTitle: { vi: 'Trưởng phòng Công chức', en: 'Head of the civil service division' }, field: 'staffing', text: { vi: 'Thiếu biên chế công chức', en: 'Shortage of civil servants' } };
    const raised = await send(department, 'POST', '/api/meetings/DT-2026-02/items', item);
    expect(raised.statusCode, raised.body).toBe(200);
    expect((await send(department, 'POST', '/api/meetings/DT-2026-02/items', { ...item, raisedByUnitCode: 'H99.05' })).statusCode).toBe(403);
    // Answering on the spot is the chair's (the organising unit's managers).
    expect((await send(department, 'POST', '/api/meetings/DT-2026-02/items', { ...item, answer: { vi: 'Đã trả lời' } })).statusCode).toBe(403);
    const answered = await send(secretariat, 'POST', '/api/meetings/DT-2026-02/items', {
      kind: 'proposal',
      raisedByUnitCode: 'H99.05',
      field: 'land',
      text: { vi: 'Sửa đổi quy định giá đất', en: 'Amend the land-price rules' },
      answer: { vi: 'UBND tỉnh sẽ ban hành quy định mới trong quý II', en: 'The province will issue new rules in the second quarter' },
    });
    expect(answered.statusCode, answered.body).toBe(200);
  });

  it('assigns conclusions to units with deadlines (secretariat only) and shows them with their status', async () => {
    const conclusion = { field: 'staffing', text: { vi: 'Sở Nội vụ rà soát biên chế', en: 'The Department of Home Affairs reviews staffing' }, responsibleUnitCode: 'H99.02', deadline: '2026-06-30' };
    expect((await send(department, 'POST', '/api/meetings/DT-2026-02/conclusions', conclusion)).statusCode).toBe(403);
    expect((await send(secretariat, 'POST', '/api/meetings/DT-2026-02/conclusions', conclusion)).statusCode).toBe(200);
    const second = { field: 'land', text: { vi: 'Sở Tài chính trình bảng giá đất', en: 'The Department of Finance submits the land-price table' }, responsibleUnitCode: 'H99.05', deadline: '2026-04-30' };
    expect((await send(secretariat, 'POST', '/api/meetings/DT-2026-02/conclusions', second)).statusCode).toBe(200);
    const tooEarly = await send(secretariat, 'POST', '/api/meetings/DT-2026-02/conclusions', { ...second, deadline: '2026-03-19' });
    expect(tooEarly.statusCode).toBe(400);

    const m = (await send(department, 'GET', '/api/meetings/DT-2026-02')).json() as Meeting;
    expect(m.counts).toMatchObject({ raised: 2, conclusions: 2 });
    expect(m.raised.map((i) => [i.kind, i.raisedBy?.code, i.status, i.raisedOn])).toEqual([
      ['difficulty', 'H99.02', 'open', '2026-03-20'],
      ['proposal', 'H99.05', 'answered', '2026-03-20'],
    ]);
    expect(m.conclusions.map((c) => [c.responsibleUnit?.code, c.deadline, c.status, c.addressedTo.code])).toEqual([
      ['H99.02', '2026-06-30', 'assigned', 'H99'],
      ['H99.05', '2026-04-30', 'assigned', 'H99'],
    ]);
    expect(m.may).toEqual({ manage: false, raise: true });
    expect(((await send(secretariat, 'GET', '/api/meetings/DT-2026-02')).json() as Meeting).may).toEqual({ manage: true, raise: true });
  });

  it('keeps a meeting from a unit that neither organised nor took part in it', async () => {
    const res = await send(commune, 'GET', '/api/meetings/DT-2026-02');
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('Nguyễn Văn An');
    expect((await send(commune, 'GET', '/api/meetings/DT-2026-02/notice.docx')).statusCode).toBe(403);
    // The commune took part only in the demo's dialogue and the committee's third meeting.
    expect(((await send(commune, 'GET', '/api/meetings')).json() as { meetings: { code: string }[] }).meetings.map((m) => m.code)).toEqual(['BCD-H99-2026-03', 'DT-H99-2026-02']);
    // The Department of Home Affairs took part in the demo's three meetings and in this one.
    expect(((await send(department, 'GET', '/api/meetings')).json() as { meetings: { code: string }[] }).meetings.map((m) => m.code)).toEqual(['DT-2026-02', 'BCD-H99-2026-02', 'BCD-H99-2026-03', 'DT-H99-2026-02']);
  });

  it("writes the notice of conclusions in the reader's language: the conclusions, the responsible units' names, the deadlines", async () => {
    const en = await send(secretariat, 'GET', '/api/meetings/DT-2026-02/notice.docx?locale=en');
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toContain('wordprocessingml');
    const doc = await readDocx(en.rawPayload);
    expect(doc.paragraphs).toContain('NOTICE');
    expect(doc.paragraphs).toContain("Conclusions of Chair of the Provincial People's Committee Nguyễn Văn An at Second dialogue with 80 heads of divisions");
    expect(doc.paragraphs.some((p) => p.includes('with 80 participants from 2 units'))).toBe(true);
    expect(doc.paragraphs.some((p) => p.startsWith('- Department of Finance: Amend the land-price rules (Answered at the meeting: The province will issue new rules in the second quarter)'))).toBe(true);
    const table = doc.tables.find((t) => t[0]?.includes('Responsible unit'))!;
    expect(table.slice(1)).toEqual([
      ['1', 'The Department of Home Affairs reviews staffing', 'Department of Home Affairs', '30/06/2026'],
      ['2', 'The Department of Finance submits the land-price table', 'Department of Finance', '30/04/2026'],
    ]);
    const vi = await readDocx((await send(secretariat, 'GET', '/api/meetings/DT-2026-02/notice.docx?locale=vi')).rawPayload);
    expect(vi.paragraphs).toContain('THÔNG BÁO');
    expect(vi.tables.find((t) => t[0]?.includes('Đơn vị chủ trì thực hiện'))!.slice(1).map((r) => r[2])).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
    // Under the organising unit's letterhead (the demo province's document settings).
    const letterhead = await h.services.documentSettings.letterheadOf(await h.services.units.idOf('H99'), 'vi');
    expect(vi.documentXml).toContain(letterhead.issuer.toLocaleUpperCase('vi'));
  });

  it('audits every write', async () => {
    const { entries } = await h.services.audit.page(SYSTEM_ACTOR, { limit: 200 });
    expect(entries.filter((e) => e.action === 'meetings.create').map((e) => e.entityId)).toEqual(['DT-2026-02']);
    // Two items raised and two conclusions, through the followups feature, in the register's transactions.
    expect(entries.filter((e) => e.action === 'followups.raise' && JSON.stringify(e.after).includes('"ref":"DT-2026-02"')).length).toBe(4);
  });
});
