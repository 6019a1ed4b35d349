import type { LocalizedNames } from '../../../../shared/locales.ts';

/**
 * The inspection topics every installation starts with (the Ministry of Home Affairs'
 * inspections of personnel work, PAR, and discipline), and the follow-up field their
 * remedies are counted under.
 */
export const INSPECTION_TOPICS: { code: string; names: LocalizedNames; field: string }[] = [
  { code: 'recruitment', field: 'staffing', names: { vi: 'Tuyển dụng', en: 'Recruitment', lo: 'ການຮັບສະໝັກ', km: 'ការជ្រើសរើសបុគ្គលិក', th: 'การสรรหาบุคลากร' } },
  { code: 'contract_hiring', field: 'staffing', names: { vi: 'Hợp đồng lao động', en: 'Contract hiring', lo: 'ການຈ້າງງານຕາມສັນຍາ', km: 'ការជួលតាមកិច្ចសន្យា', th: 'การจ้างตามสัญญา' } },
  { code: 'leadership_appointment', field: 'staffing', names: { vi: 'Bổ nhiệm chức vụ lãnh đạo, quản lý', en: 'Appointment to leadership posts', lo: 'ການແຕ່ງຕັ້ງຕຳແໜ່ງນຳພາ', km: 'ការតែងតាំងតំណែងដឹកនាំ', th: 'การแต่งตั้งตำแหน่งผู้บริหาร' } },
  { code: 'rank_promotion', field: 'staffing', names: { vi: 'Nâng ngạch, thăng hạng', en: 'Rank promotion', lo: 'ການເລື່ອນຊັ້ນ', km: 'ការដំឡើងឋានន្តរស័ក្តិ', th: 'การเลื่อนระดับ' } },
  { code: 'par', field: 'procedures', names: { vi: 'Cải cách hành chính', en: 'Public administration reform', lo: 'ການປະຕິຮູບບໍລິຫານລັດ', km: 'កំណែទម្រង់រដ្ឋបាលសាធារណៈ', th: 'การปฏิรูประบบราชการ' } },
  { code: 'discipline_ethics', field: 'staffing', names: { vi: 'Kỷ luật, kỷ cương, đạo đức công vụ', en: 'Discipline and ethics', lo: 'ວິໄນ ແລະ ຈັນຍາບັນ', km: 'វិន័យ និងក្រមសីលធម៌', th: 'วินัยและจริยธรรม' } },
];
