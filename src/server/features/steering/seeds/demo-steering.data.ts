import type { CommitteeInput } from '../../../../shared/contracts/steering.ts';

/**
 * The demo province's steering committees: the PAR committee and the digital-transformation
 * committee, merged on 1 April 2025 into one committee for both (as provinces did in 2025),
 * and the seven key units of this year's PAR directive (CT-02, whose seven key tasks the
 * tasks feature's demo plans hold), each followed by a member. Members are demo accounts.
 */
export const DEMO_COMMITTEE_CODE = 'BCD-H99';

export const DEMO_MERGED_COMMITTEES: CommitteeInput[] = [
  {
    code: 'BCD-CCHC-H99',
    unitCode: 'H99',
    names: {
      vi: 'Ban Chỉ đạo cải cách hành chính tỉnh Sơn Hà',
      en: 'Son Ha Provincial Steering Committee for Administrative Reform',
      lo: 'ຄະນະຊີ້ນຳວຽກງານປະຕິຮູບການບໍລິຫານ ແຂວງເຊີນຮ່າ',
      km: 'គណៈកម្មាធិការដឹកនាំកំណែទម្រង់រដ្ឋបាល ខេត្តសឺនហា',
      th: 'คณะกรรมการอำนวยการปฏิรูปการบริหาร จังหวัดเซินห่า',
    },
    decisionNumber: '1520/QĐ-UBND',
    decisionDate: '2021-06-15',
    validFrom: '2021-06-15',
    members: [
      { username: 'chair', position: 'chair' },
      { username: 'leader', position: 'deputy' },
      { username: 'secretariat', position: 'standing_member' },
      { username: 'department', position: 'member' },
    ],
  },
  {
    code: 'BCD-CDS-H99',
    unitCode: 'H99',
    names: {
      vi: 'Ban Chỉ đạo chuyển đổi số tỉnh Sơn Hà',
      en: 'Son Ha Provincial Steering Committee for Digital Transformation',
      lo: 'ຄະນະຊີ້ນຳວຽກງານຫັນເປັນດິຈິຕອນ ແຂວງເຊີນຮ່າ',
      km: 'គណៈកម្មាធិការដឹកនាំការផ្លាស់ប្តូរឌីជីថល ខេត្តសឺនហា',
      th: 'คณะกรรมการอำนวยการการเปลี่ยนผ่านสู่ดิจิทัล จังหวัดเซินห่า',
    },
    decisionNumber: '2210/QĐ-UBND',
    decisionDate: '2022-08-20',
    validFrom: '2022-08-20',
    members: [
      { username: 'leader', position: 'chair' },
      { username: 'science', position: 'standing_member' },
    ],
  },
];

export const DEMO_MERGE_DATE = '2025-04-01';

export const DEMO_COMMITTEE: Omit<CommitteeInput, 'validFrom'> = {
  code: DEMO_COMMITTEE_CODE,
  unitCode: 'H99',
  names: {
    vi: 'Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh Sơn Hà',
    en: 'Son Ha Provincial Steering Committee for Administrative Reform and Digital Transformation',
    lo: 'ຄະນະຊີ້ນຳວຽກງານປະຕິຮູບການບໍລິຫານ ແລະ ຫັນເປັນດິຈິຕອນ ແຂວງເຊີນຮ່າ',
    km: 'គណៈកម្មាធិការដឹកនាំកំណែទម្រង់រដ្ឋបាល និងការផ្លាស់ប្តូរឌីជីថល ខេត្តសឺនហា',
    th: 'คณะกรรมการอำนวยการปฏิรูปการบริหารและการเปลี่ยนผ่านสู่ดิจิทัล จังหวัดเซินห่า',
  },
  decisionNumber: '845/QĐ-UBND',
  decisionDate: '2025-03-28',
  members: [
    { username: 'chair', position: 'chair' },
    { username: 'leader', position: 'deputy' },
    { username: 'secretariat', position: 'standing_member' },
    { username: 'science', position: 'member' },
    { username: 'department', position: 'member' },
  ],
};

/** This year's seven key units (the owners of CT-02's key tasks) and who follows each. */
export const DEMO_KEY_UNITS: { unitCode: string; supervisors: string[] }[] = [
  { unitCode: 'H99.05', supervisors: ['leader'] },
  { unitCode: 'H99.10', supervisors: ['chair'] },
  { unitCode: 'H99.13', supervisors: ['secretariat'] },
  { unitCode: 'H99.19', supervisors: ['chair'] },
  { unitCode: 'H99.21', supervisors: ['leader'] },
  { unitCode: 'H99.X01', supervisors: ['secretariat', 'department'] },
  { unitCode: 'H99.X05', supervisors: ['science'] },
];
