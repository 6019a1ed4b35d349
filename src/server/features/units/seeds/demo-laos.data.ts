import type { LocalizedNames } from '../../../../shared/locales.ts';
import type { SeedOp, SeedUnitSpec } from './seed-ops.ts';

/**
 * The Lao demo's organisation (issue 16): departments (ກົມ) of four ministries and provincial
 * departments (ພະແນກ) of Vientiane Capital and Luang Prabang, whose job-position lists the
 * demo takes through every stage (features/positions/seeds). The departments' names are those
 * of real Lao departments, but their lists, people and figures are INVENTED for the demo.
 *
 * The Lao tree they hang from (the ministries, Vientiane Capital, Luang Prabang) and the Lao
 * kinds are `parmon seed laos` (laos.data.ts, kinds.ts), which the demo loads first.
 */

/** names in the order the demo writes them: Lao first */
const n = (lo: string, en: string, vi: string, th: string, km: string): LocalizedNames => ({ lo, en, vi, th, km });

const department = (parent: string, no: string, names: LocalizedNames): SeedUnitSpec => ({ code: `${parent}.D${no}`, kind: 'la_department', names, parent });
const provincial = (parent: string, no: string, names: LocalizedNames): SeedUnitSpec => ({ code: `${parent}.D${no}`, kind: 'la_provincial_department', names, parent, groups: ['provincial_departments'] });

/** The demo's departments: `LA-MOES.D01`… under a ministry, `LA-VT.D01`… under a province. */
export const LAOS_DEMO_DEPARTMENTS: SeedUnitSpec[] = [
  department('LA-MOES', '01', n('ກົມຈັດຕັ້ງ ແລະ ພະນັກງານ', 'Department of Organisation and Personnel', 'Vụ Tổ chức cán bộ', 'กรมจัดตั้งและพนักงาน', 'នាយកដ្ឋានរៀបចំ និងបុគ្គលិក')),
  department('LA-MOES', '02', n('ກົມການສຶກສາຊັ້ນສູງ', 'Department of Higher Education', 'Cục Giáo dục đại học', 'กรมการศึกษาชั้นสูง', 'នាយកដ្ឋានឧត្តមសិក្សា')),
  department('LA-MOES', '03', n('ກົມສາມັນສຶກສາ', 'Department of General Education', 'Cục Giáo dục phổ thông', 'กรมสามัญศึกษา', 'នាយកដ្ឋានអប់រំចំណេះទូទៅ')),
  department('LA-MOES', '04', n('ກົມພະລະສຶກສາ ແລະ ກິລາ', 'Department of Physical Education and Sports', 'Cục Giáo dục thể chất và Thể thao', 'กรมพลศึกษาและกีฬา', 'នាយកដ្ឋានអប់រំកាយ និងកីឡា')),
  department('LA-MOH', '01', n('ກົມປິ່ນປົວ ແລະ ຟື້ນຟູໜ້າທີ່ການ', 'Department of Healthcare and Rehabilitation', 'Cục Khám chữa bệnh và Phục hồi chức năng', 'กรมบำบัดรักษาและฟื้นฟูสมรรถภาพ', 'នាយកដ្ឋានព្យាបាល និងស្តារនីតិសម្បទា')),
  department('LA-MOH', '02', n('ກົມອະນາໄມ ແລະ ສົ່ງເສີມສຸຂະພາບ', 'Department of Hygiene and Health Promotion', 'Cục Vệ sinh và Nâng cao sức khỏe', 'กรมอนามัยและส่งเสริมสุขภาพ', 'នាយកដ្ឋានអនាម័យ និងលើកកម្ពស់សុខភាព')),
  department('LA-MAF', '01', n('ກົມປູກຝັງ', 'Department of Agriculture', 'Cục Trồng trọt', 'กรมการเพาะปลูก', 'នាយកដ្ឋានដំណាំ')),
  department('LA-MAF', '02', n('ກົມປ່າໄມ້', 'Department of Forestry', 'Cục Lâm nghiệp', 'กรมป่าไม้', 'នាយកដ្ឋានព្រៃឈើ')),
  department('LA-MAF', '03', n('ກົມລ້ຽງສັດ ແລະ ການປະມົງ', 'Department of Livestock and Fisheries', 'Cục Chăn nuôi và Thủy sản', 'กรมปศุสัตว์และการประมง', 'នាយកដ្ឋានផលិតកម្មសត្វ និងជលផល')),
  department('LA-MOF', '01', n('ກົມງົບປະມານ', 'Budget Department', 'Vụ Ngân sách', 'กรมงบประมาณ', 'នាយកដ្ឋានថវិកា')),
  department('LA-MOF', '02', n('ກົມພາສີ', 'Customs Department', 'Cục Hải quan', 'กรมศุลกากร', 'នាយកដ្ឋានគយ')),
  provincial('LA-VT', '01', n('ພະແນກສຶກສາທິການ ແລະ ກິລາ ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital Department of Education and Sports', 'Sở Giáo dục và Thể thao Thủ đô Viêng Chăn', 'แผนกศึกษาธิการและกีฬานครหลวงเวียงจันทน์', 'មន្ទីរអប់រំ និងកីឡារាជធានីវៀងច័ន្ទ')),
  provincial('LA-VT', '02', n('ພະແນກສາທາລະນະສຸກ ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital Department of Health', 'Sở Y tế Thủ đô Viêng Chăn', 'แผนกสาธารณสุขนครหลวงเวียงจันทน์', 'មន្ទីរសុខាភិបាលរាជធានីវៀងច័ន្ទ')),
  provincial('LA-LP', '01', n('ພະແນກສຶກສາທິການ ແລະ ກິລາ ແຂວງຫຼວງພະບາງ', 'Luang Prabang Department of Education and Sports', 'Sở Giáo dục và Thể thao tỉnh Luông Pha Băng', 'แผนกศึกษาธิการและกีฬาแขวงหลวงพระบาง', 'មន្ទីរអប់រំ និងកីឡាខេត្តហ្លួងព្រះបាង')),
  provincial('LA-LP', '02', n('ພະແນກກະສິກຳ ແລະ ປ່າໄມ້ ແຂວງຫຼວງພະບາງ', 'Luang Prabang Department of Agriculture and Forestry', 'Sở Nông nghiệp và Lâm nghiệp tỉnh Luông Pha Băng', 'แผนกกสิกรรมและป่าไม้แขวงหลวงพระบาง', 'មន្ទីរកសិកម្ម និងរុក្ខាប្រមាញ់ខេត្តហ្លួងព្រះបាង')),
];

/** The units the Lao demo accounts are granted on (features/users/demo-accounts.ts). */
export const LAOS_DEMO_ACCOUNT_UNITS = { reviewer: 'LA', sector: 'LA-MOES', department: 'LA-MOES.D02' } as const;

/**
 * The demo departments as a seed script created on `date` (the loader picks a day on which
 * their parents exist, whichever tree they come from). Its first unit marks the demo loaded.
 */
export function laosDemoDepartmentOps(date: string): SeedOp[] {
  return LAOS_DEMO_DEPARTMENTS.map((u) => ({ op: 'create', date, ...u }));
}

