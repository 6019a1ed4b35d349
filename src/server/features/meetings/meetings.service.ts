import type { FollowUpItemView } from '../../../shared/contracts/followups.ts';
import type { ConclusionRequest, CreateMeetingRequest, Meeting, MeetingSummary, RaiseAtMeetingRequest } from '../../../shared/contracts/meetings.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Locale, LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { Letterhead } from '../../platform/documents/official-document.ts';
import type { FollowUpsService } from '../followups/index.ts';
import type { UnitsService } from '../units/index.ts';
import * as repo from './meetings.repository.ts';
import { noticeDocx } from './notice-document.ts';

export interface MeetingsDeps {
  db: Db;
  units: UnitsService;
  followUps: FollowUpsService;
  today: () => string;
  letterheadOf: (unitId: number | null, locale: Locale) => Promise<Letterhead>;
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
}

const CLOSED = new Set(['resolved', 'declined']);
const refOf = (u: { code: string; names: LocalizedNames }) => ({ code: u.code, names: u.names });

/**
 * The dialogues and meetings register: a unit's meeting (who chaired, who took part, the
 * agenda), what units raised at it and what it concluded. Both are follow-up items (source
 * `meeting`, source id = the meeting's id) kept by the followups feature, raised here in the
 * register's transaction; conclusions are addressed to the organising unit and assigned to a
 * responsible unit with a deadline. A meeting is read by whoever reads its organising unit or
 * one of its participating units (they raised things at it).
 */
export function createMeetingsService(deps: MeetingsDeps) {
  const { db, units, followUps, today } = deps;

  async function requireMeeting(code: string): Promise<repo.MeetingRow> {
    const row = await repo.findMeeting(db, code);
    if (!row) throw new AppError('not_found', { meeting: code });
    return row;
  }

  async function mayRead(actor: Actor, rows: readonly repo.MeetingRow[]): Promise<(m: repo.MeetingRow) => boolean> {
    const may = await units.accessTo({ actor, permission: 'followups.read', unitIds: [...new Set(rows.flatMap((m) => [m.organisingUnitId, ...m.participatingUnitIds]))] });
    return (m) => may(m.organisingUnitId) || m.participatingUnitIds.some(may);
  }

  async function readable(actor: Actor, code: string): Promise<repo.MeetingRow> {
    const row = await requireMeeting(code);
    if (!(await mayRead(actor, [row]))(row)) throw new AppError('forbidden', { permission: 'followups.read' });
    return row;
  }

  async function summaries(rows: readonly repo.MeetingRow[]): Promise<(MeetingSummary & { items: FollowUpItemView[] })[]> {
    const items = await followUps.itemsOfSources('meeting', rows.map((r) => r.id));
    const refs = new Map((await units.refsOf([...new Set(rows.flatMap((r) => [r.organisingUnitId, ...r.participatingUnitIds]))])).map((u) => [u.id, refOf(u)]));
    return rows.map((r) => {
      const mine = items.filter((i) => i.source.id === r.id);
      return {
        code: r.code,
        kind: r.kind,
        title: r.title,
        heldOn: r.heldOn,
        organisingUnit: refs.get(r.organisingUnitId)!,
        committeeCode: r.committeeCode,
        number: r.number,
        chairTitle: r.chairTitle,
        chairName: r.chairName,
        participants: r.participants,
        participatingUnits: r.participatingUnitIds.map((id) => refs.get(id)!),
        agenda: r.agenda,
        noticeNo: r.noticeNo,
        counts: {
          raised: mine.filter((i) => i.kind !== 'conclusion').length,
          conclusions: mine.filter((i) => i.kind === 'conclusion').length,
          open: mine.filter((i) => !CLOSED.has(i.status)).length,
          overdue: mine.filter((i) => i.overdue).length,
        },
        items: mine,
      };
    });
  }

  async function view(actor: Actor, row: repo.MeetingRow): Promise<Meeting> {
    const [{ items, ...summary }] = (await summaries([row])) as [MeetingSummary & { items: FollowUpItemView[] }];
    const may = await units.accessTo({ actor, permission: ['followups.manage', 'followups.raise'], unitIds: [row.organisingUnitId, ...row.participatingUnitIds] });
    const manage = (await units.accessTo({ actor, permission: 'followups.manage', unitIds: [row.organisingUnitId] }))(row.organisingUnitId);
    return {
      ...summary,
      raised: items.filter((i) => i.kind !== 'conclusion'),
      conclusions: items.filter((i) => i.kind === 'conclusion'),
      may: { manage, raise: manage || row.participatingUnitIds.some(may) || may(row.organisingUnitId) },
    };
  }

  return {
    async list(actor: Actor): Promise<MeetingSummary[]> {
      const rows = await repo.listMeetings(db);
      const may = await mayRead(actor, rows);
      return (await summaries(rows.filter(may))).map(({ items: _, ...s }) => s);
    },

    async get(actor: Actor, code: string): Promise<Meeting> {
      return view(actor, await readable(actor, code));
    },

    async create(actor: Actor, req: CreateMeetingRequest): Promise<{ code: string }> {
      const organisingUnitId = await units.authorizeCode(actor, 'followups.manage', req.organisingUnitCode);
      if (await repo.findMeeting(db, req.code)) throw new AppError('meeting_code_taken', { code: req.code });
      const participatingUnitIds: number[] = [];
      for (const c of new Set(req.participatingUnitCodes)) participatingUnitIds.push(await units.idOf(c));
      const { organisingUnitCode: _, participatingUnitCodes: __, ...rest } = req;
      const row = { ...rest, organisingUnitId, participatingUnitIds };
      await inTransaction(db, async (tx) => {
        await repo.insertMeeting(tx, row);
        await appendAudit(tx, actor, { action: 'meetings.create', entity: 'meeting', entityId: req.code, unitId: organisingUnitId, after: row });
      });
      return { code: req.code };
    },

    /**
     * A difficulty or proposal a unit raised at the meeting, on the meeting's day: followups.raise
     * on that unit. An answer given on the spot is the organising unit's (followups.manage there).
     */
    async raise(actor: Actor, code: string, req: RaiseAtMeetingRequest): Promise<{ code: string }> {
      const m = await readable(actor, code);
      const raisedByUnitId = await units.authorizeCode(actor, 'followups.raise', req.raisedByUnitCode);
      const addressedToUnitId = req.addressedToUnitCode ? await units.idOf(req.addressedToUnitCode) : m.organisingUnitId;
      if (req.answer) await units.requireAccess({ actor, permission: 'followups.manage', unitIds: [m.organisingUnitId] });
      return inTransaction(db, async (tx) => {
        const item = await followUps.raise(tx, actor, {
          code: req.code,
          source: { kind: 'meeting', id: m.id, ref: m.code },
          kind: req.kind,
          raisedOn: m.heldOn,
          raisedByUnitId,
          raiserTitle: req.raiserTitle,
          field: req.field,
          addressedToUnitId,
          text: req.text,
        });
        if (req.answer) await followUps.answer(tx, actor, item.id, { text: req.answer, on: m.heldOn });
        return { code: item.code };
      });
    },

    /** A conclusion of the meeting: addressed to the organising unit, assigned to a unit with a deadline. */
    async conclude(actor: Actor, code: string, req: ConclusionRequest): Promise<{ code: string }> {
      const m = await requireMeeting(code);
      await units.requireAccess({ actor, permission: 'followups.manage', unitIds: [m.organisingUnitId] });
      const responsibleUnitId = await units.idOf(req.responsibleUnitCode);
      if (req.deadline !== null && req.deadline < m.heldOn) throw invalidField('deadline', 'before_meeting', req.deadline);
      return inTransaction(db, async (tx) =>
        followUps.raise(tx, actor, {
          code: req.code,
          source: { kind: 'meeting', id: m.id, ref: m.code },
          kind: 'conclusion',
          raisedOn: m.heldOn,
          raisedByUnitId: null,
          raiserTitle: null,
          field: req.field,
          addressedToUnitId: m.organisingUnitId,
          text: req.text,
          assignment: { responsibleUnitId, deadline: req.deadline, on: m.heldOn },
        }),
      ).then((item) => ({ code: item.code }));
    },

    /** The notice of conclusions in the reader's language, under the organising unit's letterhead. */
    async notice(actor: Actor, code: string, locale: Locale): Promise<Buffer> {
      const m = await view(actor, await readable(actor, code));
      const row = await requireMeeting(code);
      const [organiser] = await units.refsOf([row.organisingUnitId]);
      const t = (key: string, values?: Record<string, string>) => deps.text(locale, key, values);
      return noticeDocx(
        {
          title: m.title,
          heldOn: m.heldOn,
          organiser: organiser!.names,
          chairTitle: m.chairTitle,
          chairName: m.chairName,
          participants: m.participants,
          participatingUnits: m.participatingUnits.length,
          agenda: m.agenda,
          noticeNo: m.noticeNo,
          raised: m.raised.map((i) => ({ raisedBy: i.raisedBy?.names ?? null, raiserTitle: i.raiserTitle, text: i.text, answer: i.answeredOn === m.heldOn ? i.answer : null })),
          conclusions: m.conclusions.map((c) => ({ text: c.text, responsible: c.responsibleUnit?.names ?? null, deadline: c.deadline })),
        },
        await deps.letterheadOf(row.organisingUnitId, locale),
        today(),
        locale,
        t,
      );
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
