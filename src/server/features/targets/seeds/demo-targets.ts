import type { SaveTargetRequest } from '../../../../shared/contracts/targets.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { TargetsService } from '../targets.service.ts';

const PROVINCE = 'H99';

/**
 * The demo province's targets of procedure time and cost (issue 17), against the baseline of
 * the demo's first whole year (two years ago): two set for the first half of this year, judged
 * by now (the land certificate's time cut, as its demo trend makes it, met; the judicial
 * record's, which grew slower, missed), and four for the whole year, on or off track. Written
 * in the five languages, as the secretariat would set them.
 */
export function demoTargets(today: string): SaveTargetRequest[] {
  const year = Number(today.slice(0, 4));
  const baseline = { baselineFrom: `${year - 2}-01-01`, baselineTo: `${year - 2}-12-31` };
  const firstHalf = { from: `${year}-01-01`, to: `${year}-06-30` };
  const wholeYear = { from: `${year}-01-01`, to: `${year}-12-31` };
  const common = { unitCode: PROVINCE, procedureCode: null, field: null, description: {} };
  return [
    {
      ...common, ...baseline, ...firstHalf, procedureCode: '1.004227', measure: 'mean_working_days', kind: 'cut_by_percent', value: 30,
      names: { vi: 'Giảm 30% thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu', en: 'Cut the time to issue a first land use right certificate by 30%', lo: 'ຫຼຸດເວລາອອກໃບຢັ້ງຢືນສິດນຳໃຊ້ທີ່ດິນຄັ້ງທຳອິດລົງ 30%', km: 'កាត់បន្ថយពេលវេលាចេញវិញ្ញាបនបត្រសិទ្ធិប្រើប្រាស់ដីលើកដំបូង 30%', th: 'ลดเวลาออกใบรับรองสิทธิการใช้ที่ดินครั้งแรกลง 30%' },
    },
    {
      ...common, ...baseline, ...firstHalf, procedureCode: '2.002163', measure: 'mean_working_days', kind: 'cut_by_percent', value: 20,
      names: { vi: 'Giảm 20% thời gian cấp Phiếu lý lịch tư pháp', en: 'Cut the time to issue a judicial record by 20%', lo: 'ຫຼຸດເວລາອອກໃບປະຫວັດຄະດີລົງ 20%', km: 'កាត់បន្ថយពេលវេលាចេញលិខិតបញ្ជាក់ប្រវត្តិតុលាការ 20%', th: 'ลดเวลาออกหนังสือรับรองประวัติทางคดีลง 20%' },
    },
    {
      ...common, ...wholeYear, measure: 'within_statutory_rate', kind: 'at_least', value: 95, baselineFrom: null, baselineTo: null,
      names: { vi: 'Ít nhất 95% hồ sơ giải quyết trong thời hạn luật định', en: 'At least 95% of dossiers resolved within the statutory time', lo: 'ຢ່າງໜ້ອຍ 95% ຂອງເອກະສານແກ້ໄຂພາຍໃນເວລາທີ່ກົດໝາຍກຳນົດ', km: 'យ៉ាងហោចណាស់ 95% នៃសំណុំឯកសារដោះស្រាយក្នុងរយៈពេលតាមច្បាប់', th: 'อย่างน้อย 95% ของเรื่องแล้วเสร็จภายในเวลาที่กฎหมายกำหนด' },
    },
    {
      ...common, ...baseline, ...wholeYear, measure: 'mean_working_days', kind: 'cut_by_percent', value: 10,
      names: { vi: 'Giảm 10% thời gian giải quyết thủ tục hành chính bình quân', en: 'Cut the mean time of administrative procedures by 10%', lo: 'ຫຼຸດເວລາສະເລ່ຍຂອງຂັ້ນຕອນການບໍລິຫານລົງ 10%', km: 'កាត់បន្ថយពេលវេលាមធ្យមនៃនីតិវិធីរដ្ឋបាល 10%', th: 'ลดเวลาเฉลี่ยของขั้นตอนทางปกครองลง 10%' },
    },
    {
      ...common, ...baseline, ...wholeYear, measure: 'online_fee_paid', kind: 'cut_by_percent', value: 50,
      names: { vi: 'Giảm một nửa lệ phí nộp trực tuyến', en: 'Halve the fees paid for online filing', lo: 'ຫຼຸດຄ່າທຳນຽມການຍື່ນອອນລາຍລົງເຄິ່ງໜຶ່ງ', km: 'កាត់បន្ថយថ្លៃសេវាដាក់ពាក្យតាមអនឡាញពាក់កណ្ដាល', th: 'ลดค่าธรรมเนียมการยื่นออนไลน์ลงครึ่งหนึ่ง' },
    },
    {
      ...common, ...baseline, ...wholeYear, procedureCode: '2.001610', measure: 'mean_working_days', kind: 'cut_by_percent', value: 25,
      names: { vi: 'Giảm 25% thời gian cấp giấy phép xây dựng', en: 'Cut the time to issue a construction permit by 25%', lo: 'ຫຼຸດເວລາອອກໃບອະນຸຍາດກໍ່ສ້າງລົງ 25%', km: 'កាត់បន្ថយពេលវេលាចេញលិខិតអនុញ្ញាតសាងសង់ 25%', th: 'ลดเวลาออกใบอนุญาตก่อสร้างลง 25%' },
    },
  ];
}

/** Sets the demo's targets once (none yet on the province). */
export async function loadDemoTargets(targets: TargetsService, actor: Actor, today: string): Promise<{ loaded: boolean; targets: number }> {
  if ((await targets.list(actor, { unit: PROVINCE })).length > 0) return { loaded: false, targets: 0 };
  const list = demoTargets(today);
  for (const t of list) await targets.create(actor, t);
  return { loaded: true, targets: list.length };
}
