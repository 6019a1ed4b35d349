import type { CreateReportingRoundRequest, Proposal } from '../../../../shared/contracts/reporting.ts';
import { isLate, type SubmissionState } from '../../../../shared/domain/reporting.ts';
import { SYSTEM_ACTOR } from '../../../platform/auth/actor.ts';
import { appendAudit } from '../../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../../platform/db/database.ts';
import { DEMO_COMMITTEE_CODE, DEMO_FIRST_KEY_UNIT_YEAR } from '../../steering/index.ts';
import type { UnitsService } from '../../units/index.ts';
import * as repo from '../reporting.repository.ts';
import type { ReportingService } from '../reporting.service.ts';

/**
 * The demo province's reporting rounds over the steering committee's seven key units (as the
 * province's PAR directive has them report every 6 months and at year end): the first half of
 * 2026, finished, and the year 2026, open. Each unit's report is in a stated state, so the
 * status page, its chart, the export and the members' pages have every case to show. The
 * committee is the steering feature's demo, seeded before these rounds (app.ts `seed`).
 */
const KEY_UNITS = { kind: 'key_units', committeeCode: DEMO_COMMITTEE_CODE, year: DEMO_FIRST_KEY_UNIT_YEAR } as const;
const ROUNDS: CreateReportingRoundRequest[] = [
  {
    code: 'BC-2026-6M',
    names: { vi: 'Báo cáo CCHC 6 tháng đầu năm 2026', en: 'PAR report, first half of 2026', lo: 'ລາຍງານການປະຕິຮູບບໍລິຫານ 6 ເດືອນຕົ້ນປີ 2026', km: 'របាយការណ៍កំណែទម្រង់រដ្ឋបាល ឆមាសទី១ ឆ្នាំ២០២៦', th: 'รายงานการปฏิรูปการบริหาร ครึ่งปีแรก 2026' },
    kind: 'six_months',
    period: 'report:2026-6M',
    ownerUnitCode: 'H99',
    asked: KEY_UNITS,
    deadline: '2026-06-20',
    cutoffDate: '2026-06-14',
    sections: [],
  },
  {
    code: 'BC-2026',
    names: { vi: 'Báo cáo CCHC năm 2026', en: 'PAR report for 2026', lo: 'ລາຍງານການປະຕິຮູບບໍລິຫານ ປີ 2026', km: 'របាយការណ៍កំណែទម្រង់រដ្ឋបាល ឆ្នាំ២០២៦', th: 'รายงานการปฏิรูปการบริหาร ปี 2026' },
    kind: 'year',
    period: 'report:2026',
    ownerUnitCode: 'H99',
    asked: KEY_UNITS,
    deadline: '2026-12-20',
    cutoffDate: '2026-12-14',
    sections: [{ key: 'digital_transformation', names: { vi: 'Chuyển đổi số', en: 'Digital transformation', lo: 'ການຫັນເປັນດິຈິຕອນ', km: 'ការផ្លាស់ប្តូរឌីជីថល', th: 'การเปลี่ยนผ่านสู่ดิจิทัล' } }],
  },
];

/** A unit's report in the demo: its state, when it was (first) submitted, why it was returned. */
interface DemoReport {
  state: SubmissionState;
  firstOn?: string;
  lastOn?: string;
  reason?: string;
}

/**
 * By position among the round's key units (sorted by code: H99.05, H99.10, H99.13, H99.19,
 * H99.21, H99.X01, H99.X05); the rest never submitted. The half-year makes 2 on time, 4 late,
 * 1 missing; 4 accepted, 1 returned (H99.13 was returned once and came back after the deadline).
 */
const HALF_YEAR: DemoReport[] = [
  { state: 'accepted', firstOn: '2026-06-17' },
  { state: 'accepted', firstOn: '2026-06-19' },
  { state: 'accepted', firstOn: '2026-06-16', lastOn: '2026-06-26' },
  { state: 'returned', firstOn: '2026-06-29', reason: 'Thiếu số liệu hồ sơ trễ hạn quý II; đề nghị bổ sung.' },
  { state: 'accepted', firstOn: '2026-06-24' },
  { state: 'submitted', firstOn: '2026-07-02' },
];
const YEAR: DemoReport[] = [
  { state: 'submitted', firstOn: 'today' },
  { state: 'draft' },
  { state: 'returned', firstOn: 'today', reason: 'Đề nghị nêu rõ số nhiệm vụ chưa hoàn thành và nguyên nhân.' },
  { state: 'submitted', firstOn: 'today' },
  { state: 'accepted', firstOn: 'today' },
];

const TEXTS = {
  results: 'Đơn vị đã ban hành kế hoạch cải cách hành chính năm 2026 và triển khai đầy đủ các nhiệm vụ được giao.\n\nTỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn tiếp tục được duy trì; 100% thủ tục đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.',
  difficulties: 'Một số nhiệm vụ liên quan đến kết nối, chia sẻ dữ liệu còn chậm do hạ tầng chưa đồng bộ.\n\nNhân lực làm công tác cải cách hành chính còn kiêm nhiệm.',
  proposals: 'Đề nghị tỉnh bố trí kinh phí nâng cấp hệ thống thông tin giải quyết thủ tục hành chính.',
  next_priorities: 'Hoàn thành các nhiệm vụ trọng tâm còn lại; rà soát, đơn giản hóa thủ tục hành chính; nâng cao chỉ số phục vụ người dân, doanh nghiệp.',
};
const PROPOSALS: Proposal[] = [
  { text: 'Bố trí kinh phí nâng cấp hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.', field: 'e_government', addressee: 'UBND tỉnh' },
  { text: 'Hướng dẫn thống nhất việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.', field: 'administrative_procedures', addressee: 'Văn phòng Chính phủ' },
];

const at = (day: string) => `${day}T09:00:00+07:00`;

/** Loads the demo rounds once: a round already there is left as it is (replay-safe). */
export async function loadDemoReporting(db: Db, units: UnitsService, reporting: ReportingService, today: string): Promise<{ loaded: boolean; rounds: number }> {
  let rounds = 0;
  for (const [index, round] of ROUNDS.entries()) {
    if (await repo.findRound(db, round.code)) continue;
    await reporting.create(SYSTEM_ACTOR, round);
    const row = (await repo.findRound(db, round.code))!;
    const submissions = await repo.submissionsOf(db, [row.id]);
    const codes = new Map((await units.refsOf(submissions.map((s) => s.unitId))).map((u) => [u.id, u.code]));
    const ordered = submissions.sort((a, b) => codes.get(a.unitId)!.localeCompare(codes.get(b.unitId)!));
    const plan = index === 0 ? HALF_YEAR : YEAR;
    await inTransaction(db, async (tx) => {
      for (const [i, s] of ordered.entries()) {
        const report = plan[i];
        if (!report) break;
        const first = report.firstOn === 'today' ? today : report.firstOn;
        const last = report.lastOn ?? first;
        const set = {
          state: report.state,
          sections: { ...TEXTS },
          proposals: i % 3 === 0 ? PROPOSALS : PROPOSALS.slice(0, 1),
          late: first !== undefined && isLate(isLate(false, round.deadline, first), round.deadline, last!),
          firstSubmittedAt: first ? at(first) : null,
          submittedAt: last ? at(last) : null,
          returnReason: report.reason ?? null,
        };
        await repo.updateSubmission(tx, s.id, 'draft', set);
        await appendAudit(tx, SYSTEM_ACTOR, { action: 'reporting.submission.seed', entity: 'reporting_submission', entityId: `${round.code}/${codes.get(s.unitId)}`, unitId: s.unitId, after: set });
      }
    });
    rounds++;
  }
  return { loaded: rounds > 0, rounds };
}
