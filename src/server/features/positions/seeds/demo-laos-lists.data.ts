import type { PositionInput } from '../../../../shared/contracts/positions.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';

/**
 * The Lao demo's job-position lists (issue 16): one department at each stage of the exercise,
 * Lao first. Every list, figure, comment and decision here is INVENTED for the demo; the
 * departments are those of features/units/seeds/demo-laos.data.ts.
 *
 * A list is a script of dated steps (days before the day the demo is loaded), played through
 * the positions service as the demo accounts would, so that its history, the progress as of
 * earlier days and the late list all have something to show.
 */

const n = (lo: string, en: string, vi: string, th: string, km: string): LocalizedNames => ({ lo, en, vi, th, km });

/** The demo's titles: a ministry's department (ກົມ) and a province's (ພະແນກ) are led differently. */
const TITLES = {
  head: n('ຫົວໜ້າກົມ', 'Director-General', 'Cục trưởng', 'อธิบดีกรม', 'ប្រធាននាយកដ្ឋាន'),
  deputy: n('ຮອງຫົວໜ້າກົມ', 'Deputy Director-General', 'Phó Cục trưởng', 'รองอธิบดีกรม', 'អនុប្រធាននាយកដ្ឋាន'),
  division: n('ຫົວໜ້າພະແນກ', 'Head of Division', 'Trưởng phòng', 'หัวหน้าแผนก', 'ប្រធានការិយាល័យ'),
  deputyDivision: n('ຮອງຫົວໜ້າພະແນກ', 'Deputy Head of Division', 'Phó Trưởng phòng', 'รองหัวหน้าแผนก', 'អនុប្រធានការិយាល័យ'),
  provincialHead: n('ຫົວໜ້າພະແນກ', 'Head of Department', 'Giám đốc Sở', 'หัวหน้าแผนก', 'ប្រធានមន្ទីរ'),
  provincialDeputy: n('ຮອງຫົວໜ້າພະແນກ', 'Deputy Head of Department', 'Phó Giám đốc Sở', 'รองหัวหน้าแผนก', 'អនុប្រធានមន្ទីរ'),
  section: n('ຫົວໜ້າຂະແໜງ', 'Head of Section', 'Trưởng phòng', 'หัวหน้าฝ่าย', 'ប្រធានការិយាល័យ'),
  deputySection: n('ຮອງຫົວໜ້າຂະແໜງ', 'Deputy Head of Section', 'Phó Trưởng phòng', 'รองหัวหน้าฝ่าย', 'អនុប្រធានការិយាល័យ'),
  technical: n('ພະນັກງານວິຊາການ', 'Technical officer', 'Chuyên viên', 'เจ้าหน้าที่วิชาการ', 'មន្ត្រីបច្ចេកទេស'),
  planning: n('ພະນັກງານວິຊາການ ແຜນການ ແລະ ສະຖິຕິ', 'Planning and statistics officer', 'Chuyên viên kế hoạch và thống kê', 'เจ้าหน้าที่วิชาการแผนการและสถิติ', 'មន្ត្រីផែនការ និងស្ថិតិ'),
  administration: n('ພະນັກງານບໍລິຫານ', 'Administrative officer', 'Nhân viên hành chính', 'เจ้าหน้าที่ธุรการ', 'មន្ត្រីរដ្ឋបាល'),
  accountant: n('ພະນັກງານບັນຊີ-ການເງິນ', 'Accountant', 'Kế toán', 'เจ้าหน้าที่บัญชีการเงิน', 'គណនេយ្យករ'),
  driver: n('ພະນັກງານຂັບລົດ', 'Driver', 'Lái xe', 'พนักงานขับรถ', 'អ្នកបើកបរ'),
};

const LEAD_DUTIES = { lo: 'ຊີ້ນຳ-ນຳພາ ແລະ ຄຸ້ມຄອງວຽກງານທັງໝົດຂອງການຈັດຕັ້ງ', en: "Leads and manages all of the unit's work" };
const LEAD_QUALIFICATIONS = { lo: 'ປະລິນຍາໂທ ຂຶ້ນໄປ, ມີປະສົບການຄຸ້ມຄອງ 10 ປີ', en: "Master's degree or higher, 10 years in management" };
const TECHNICAL_QUALIFICATIONS = { lo: 'ປະລິນຍາຕີ ຂຶ້ນໄປ ໃນຂະແໜງທີ່ກ່ຽວຂ້ອງ', en: "Bachelor's degree or higher in the field" };

/** A department's positions: the same ladder everywhere, posts by its size (`divisions` heads of division, `officers` technical officers). */
export function demoPositions(kind: 'ministry' | 'province', divisions: number, officers: number): PositionInput[] {
  const ministry = kind === 'ministry';
  const p = (code: string, title: LocalizedNames, category: string, grade: string, posts: number, extra: Partial<PositionInput> = {}): PositionInput => ({ code, title, category, grade, posts, duties: {}, qualifications: {}, ...extra });
  return [
    p('P01', ministry ? TITLES.head : TITLES.provincialHead, 'leadership', 'V', 1, { duties: LEAD_DUTIES, qualifications: LEAD_QUALIFICATIONS }),
    p('P02', ministry ? TITLES.deputy : TITLES.provincialDeputy, 'leadership', 'V', ministry ? 3 : 2, { qualifications: LEAD_QUALIFICATIONS }),
    p('P03', ministry ? TITLES.division : TITLES.section, 'leadership', 'IV', divisions),
    p('P04', ministry ? TITLES.deputyDivision : TITLES.deputySection, 'leadership', 'IV', divisions),
    p('P05', TITLES.technical, 'professional', 'III', officers, { qualifications: TECHNICAL_QUALIFICATIONS }),
    p('P06', TITLES.planning, 'professional', 'III', 2, { qualifications: TECHNICAL_QUALIFICATIONS }),
    p('P07', TITLES.administration, 'support', 'II', 2),
    p('P08', TITLES.accountant, 'support', 'II', 1),
    p('P09', TITLES.driver, 'support', 'I', ministry ? 2 : 1),
  ];
}

/** A step of a list's life; comments say who writes them: the ministry's reviewer or the department. */
export type DemoStep =
  | { daysAgo: number; step: 'create' | 'submit' | 'review' }
  /** `answers`: the list's comment (0 its first) this one answers */
  | { daysAgo: number; step: 'comment'; by: 'reviewer' | 'department'; text: string; positionCode?: string; answers?: number }
  | { daysAgo: number; step: 'return'; reason: string }
  | { daysAgo: number; step: 'approve'; decision: string }
  /** the department revises its list (posts of a position changed) before it resubmits */
  | { daysAgo: number; step: 'revise'; code: string; posts: number };

export interface DemoList {
  unitCode: string;
  kind: 'ministry' | 'province';
  divisions: number;
  officers: number;
  steps: DemoStep[];
  /** people in post per position code, typed once the list is approved */
  incumbents?: Record<string, number>;
}

const TEXT = {
  explainDeputies: 'ກະລຸນາອະທິບາຍເຫດຜົນຂອງຈຳນວນຮອງຫົວໜ້າພະແນກ ທີ່ເທົ່າກັບຈຳນວນຫົວໜ້າພະແນກ.',
  tooManyOfficers: 'ຈຳນວນອັດຕາພະນັກງານວິຊາການ ສູງກວ່າປະລິມານວຽກຕົວຈິງ; ກະລຸນາທົບທວນຄືນ.',
  willRevise: 'ກົມຈະທົບທວນຄືນ ແລະ ສົ່ງບັນຊີສະບັບປັບປຸງ ພາຍໃນອາທິດໜ້າ.',
  dutiesOverlap: 'ໜ້າທີ່ຫຼັກຂອງບາງຕຳແໜ່ງງານຍັງຊ້ຳກັນ; ກະລຸນາແຍກໃຫ້ຈະແຈ້ງ.',
  addQualifications: 'ກະລຸນາເພີ່ມຄຸນວຸດທິທີ່ຕ້ອງການ ສຳລັບຕຳແໜ່ງຄຸ້ມຄອງ-ນຳພາ.',
  notStructure: 'ບັນຊີຕຳແໜ່ງງານບໍ່ສອດຄ່ອງກັບໂຄງປະກອບການຈັດຕັ້ງທີ່ໄດ້ຮັບຮອງ; ກະລຸນາປັບປຸງຄືນ.',
};

/**
 * One department at each stage. LA-MOES.D02 (la-department's) and two others have not
 * started; the journey starts LA-MOES.D02's list.
 */
export const LAOS_DEMO_LISTS: DemoList[] = [
  {
    unitCode: 'LA-MOES.D01',
    kind: 'ministry',
    divisions: 4,
    officers: 14,
    steps: [
      { daysAgo: 90, step: 'create' },
      { daysAgo: 75, step: 'submit' },
      { daysAgo: 62, step: 'comment', by: 'reviewer', text: TEXT.addQualifications },
      { daysAgo: 55, step: 'submit' },
      { daysAgo: 48, step: 'review' },
      { daysAgo: 40, step: 'approve', decision: '0412/ພນ' },
    ],
    incumbents: { P01: 1, P02: 2, P03: 4, P04: 3, P05: 16, P06: 2, P07: 2, P08: 1, P09: 2 },
  },
  { unitCode: 'LA-MOES.D03', kind: 'ministry', divisions: 5, officers: 22, steps: [{ daysAgo: 30, step: 'create' }, { daysAgo: 20, step: 'submit' }] },
  {
    unitCode: 'LA-MOES.D04',
    kind: 'ministry',
    divisions: 3,
    officers: 10,
    steps: [
      { daysAgo: 40, step: 'create' },
      { daysAgo: 30, step: 'submit' },
      { daysAgo: 25, step: 'comment', by: 'reviewer', text: TEXT.explainDeputies },
      { daysAgo: 25, step: 'comment', by: 'reviewer', text: TEXT.tooManyOfficers, positionCode: 'P05' },
      { daysAgo: 23, step: 'comment', by: 'department', text: TEXT.willRevise, answers: 0 },
    ],
  },
  { unitCode: 'LA-MOH.D01', kind: 'ministry', divisions: 6, officers: 25, steps: [{ daysAgo: 50, step: 'create' }, { daysAgo: 35, step: 'submit' }, { daysAgo: 28, step: 'review' }] },
  { unitCode: 'LA-MOH.D02', kind: 'ministry', divisions: 4, officers: 12, steps: [{ daysAgo: 55, step: 'create' }, { daysAgo: 40, step: 'submit' }, { daysAgo: 30, step: 'return', reason: TEXT.notStructure }] },
  {
    unitCode: 'LA-MAF.D01',
    kind: 'ministry',
    divisions: 5,
    officers: 18,
    steps: [
      { daysAgo: 60, step: 'create' },
      { daysAgo: 45, step: 'submit' },
      { daysAgo: 38, step: 'comment', by: 'reviewer', text: TEXT.dutiesOverlap },
      { daysAgo: 14, step: 'revise', code: 'P05', posts: 16 },
      { daysAgo: 12, step: 'submit' },
    ],
  },
  { unitCode: 'LA-MAF.D02', kind: 'ministry', divisions: 4, officers: 15, steps: [{ daysAgo: 15, step: 'create' }] },
  {
    unitCode: 'LA-MAF.D03',
    kind: 'ministry',
    divisions: 3,
    officers: 9,
    steps: [{ daysAgo: 70, step: 'create' }, { daysAgo: 60, step: 'submit' }, { daysAgo: 30, step: 'approve', decision: '0387/ພນ' }],
    incumbents: { P01: 1, P02: 3, P03: 3, P04: 2, P05: 11, P06: 1, P07: 2, P08: 1, P09: 1 },
  },
  { unitCode: 'LA-MOF.D01', kind: 'ministry', divisions: 5, officers: 20, steps: [{ daysAgo: 65, step: 'create' }, { daysAgo: 50, step: 'submit' }, { daysAgo: 25, step: 'approve', decision: '0455/ພນ' }] },
  {
    unitCode: 'LA-VT.D01',
    kind: 'province',
    divisions: 6,
    officers: 30,
    steps: [{ daysAgo: 70, step: 'create' }, { daysAgo: 55, step: 'submit' }, { daysAgo: 20, step: 'approve', decision: '0501/ພນ' }],
    incumbents: { P01: 1, P02: 2, P03: 6, P04: 5, P05: 27, P06: 2, P07: 2, P08: 1, P09: 1 },
  },
  { unitCode: 'LA-VT.D02', kind: 'province', divisions: 5, officers: 24, steps: [{ daysAgo: 20, step: 'create' }, { daysAgo: 5, step: 'submit' }] },
  { unitCode: 'LA-LP.D01', kind: 'province', divisions: 4, officers: 16, steps: [{ daysAgo: 10, step: 'create' }] },
];

/** The ministry's deadline for submitting the lists, on the country: some have missed it. */
export const LAOS_DEMO_DEADLINE = { unitCode: 'LA', daysAgo: 10 };

/** ໂຄຕ້າ (quotas) of this year, per department. */
export const LAOS_DEMO_QUOTAS: Record<string, number> = {
  'LA-MOES.D01': 32,
  'LA-MOES.D02': 40,
  'LA-MOES.D03': 45,
  'LA-MOES.D04': 25,
  'LA-MOH.D01': 50,
  'LA-MOH.D02': 30,
  'LA-MAF.D01': 38,
  'LA-MAF.D02': 30,
  'LA-MAF.D03': 24,
  'LA-MOF.D01': 40,
  'LA-VT.D01': 48,
  'LA-VT.D02': 40,
  'LA-LP.D01': 30,
};
