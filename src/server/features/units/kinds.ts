import type { UnitGroup, UnitKind } from '../../../shared/contracts/units.ts';

/**
 * The kinds and groups every installation starts with. Administrators may add more
 * (they are rows, not an enum); these are (re)inserted at migration without touching rows
 * an administrator has edited.
 */
export const DEFAULT_KINDS: UnitKind[] = [
  { code: 'country', tier: 'country', sortOrder: 0, names: { vi: 'Quốc gia', en: 'Country', lo: 'ປະເທດ', km: 'ប្រទេស', th: 'ประเทศ' } },
  { code: 'ministry', tier: 'ministry', sortOrder: 10, names: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministry', lo: 'ກະຊວງ', km: 'ក្រសួង', th: 'กระทรวง' } },
  { code: 'city', tier: 'province', sortOrder: 20, names: { vi: 'Thành phố trực thuộc trung ương', en: 'Centrally-run city', lo: 'ນະຄອນຫຼວງ', km: 'រាជធានី/ក្រុង', th: 'นครที่ขึ้นตรงต่อส่วนกลาง' } },
  { code: 'province', tier: 'province', sortOrder: 21, names: { vi: 'Tỉnh', en: 'Province', lo: 'ແຂວງ', km: 'ខេត្ត', th: 'จังหวัด' } },
  { code: 'department', tier: 'department', sortOrder: 30, names: { vi: 'Sở, ban, ngành', en: 'Department or agency', lo: 'ພະແນກ', km: 'មន្ទីរ', th: 'หน่วยงานระดับจังหวัด' } },
  { code: 'provincial_city', tier: 'district', sortOrder: 40, names: { vi: 'Thành phố thuộc tỉnh', en: 'Provincial city', lo: 'ນະຄອນ', km: 'ក្រុង', th: 'เมืองในจังหวัด' } },
  { code: 'town', tier: 'district', sortOrder: 41, names: { vi: 'Thị xã', en: 'Town', lo: 'ເທດສະບານ', km: 'ក្រុង (ថ្នាក់ស្រុក)', th: 'เทศบาลเมือง' } },
  { code: 'district', tier: 'district', sortOrder: 42, names: { vi: 'Huyện', en: 'District', lo: 'ເມືອງ', km: 'ស្រុក', th: 'อำเภอ' } },
  { code: 'ward', tier: 'commune', sortOrder: 50, names: { vi: 'Phường', en: 'Ward', lo: 'ບ້ານ (ຕົວເມືອງ)', km: 'សង្កាត់', th: 'แขวง' } },
  { code: 'township', tier: 'commune', sortOrder: 51, names: { vi: 'Thị trấn', en: 'Township', lo: 'ເທດສະບານນ້ອຍ', km: 'ឃុំ (ទីប្រជុំជន)', th: 'เทศบาลตำบล' } },
  { code: 'commune', tier: 'commune', sortOrder: 52, names: { vi: 'Xã', en: 'Commune', lo: 'ບ້ານ', km: 'ឃុំ', th: 'ตำบล' } },
  { code: 'special_zone', tier: 'commune', sortOrder: 53, names: { vi: 'Đặc khu', en: 'Special zone', lo: 'ເຂດພິເສດ', km: 'តំបន់ពិសេស', th: 'เขตพิเศษ' } },
  { code: 'division', tier: 'division', sortOrder: 60, names: { vi: 'Phòng, ban', en: 'Division', lo: 'ພະແນກການ', km: 'ការិយាល័យ', th: 'ฝ่าย' } },
  // The Lao system (issue 16): its own kinds, so a Lao tree reads in its own terms beside
  // Viet Nam's. The names in other languages say "(Laos)" where a Vietnamese kind has the
  // same word, so a picker listing both stays unambiguous.
  { code: 'la_ministry', tier: 'ministry', sortOrder: 11, names: { vi: 'Bộ (Lào)', en: 'Ministry (Laos)', lo: 'ກະຊວງ', km: 'ក្រសួង (ឡាវ)', th: 'กระทรวง (ลาว)' } },
  { code: 'la_ministry_level', tier: 'ministry', sortOrder: 12, names: { vi: 'Cơ quan ngang bộ (Lào)', en: 'Ministry-level organisation (Laos)', lo: 'ອົງການທຽບເທົ່າກະຊວງ', km: 'ស្ថាប័នថ្នាក់ក្រសួង (ឡាវ)', th: 'องค์การเทียบเท่ากระทรวง (ลาว)' } },
  { code: 'la_capital', tier: 'province', sortOrder: 22, names: { vi: 'Thủ đô (Lào)', en: 'Capital (Laos)', lo: 'ນະຄອນຫຼວງ', km: 'រាជធានី (ឡាវ)', th: 'นครหลวง (ลาว)' } },
  { code: 'la_province', tier: 'province', sortOrder: 23, names: { vi: 'Tỉnh (Lào)', en: 'Province (Laos)', lo: 'ແຂວງ', km: 'ខេត្ត (ឡាវ)', th: 'แขวง (ลาว)' } },
  { code: 'la_department', tier: 'department', sortOrder: 31, names: { vi: 'Cục, vụ (Lào)', en: 'Department (Laos)', lo: 'ກົມ', km: 'នាយកដ្ឋាន (ឡាវ)', th: 'กรม (ลาว)' } },
  { code: 'la_provincial_department', tier: 'department', sortOrder: 32, names: { vi: 'Sở (Lào)', en: 'Provincial department (Laos)', lo: 'ພະແນກການແຂວງ', km: 'មន្ទីរខេត្ត (ឡាវ)', th: 'แผนกประจำแขวง (ลาว)' } },
  { code: 'la_district', tier: 'district', sortOrder: 43, names: { vi: 'Huyện (Lào)', en: 'District (Laos)', lo: 'ເມືອງ', km: 'ស្រុក (ឡាវ)', th: 'เมือง (ลาว)' } },
  { code: 'la_village', tier: 'commune', sortOrder: 54, names: { vi: 'Bản (Lào)', en: 'Village (Laos)', lo: 'ບ້ານ', km: 'ភូមិ (ឡាវ)', th: 'บ้าน (ลาว)' } },
  { code: 'la_division', tier: 'division', sortOrder: 61, names: { vi: 'Phòng (Lào)', en: 'Division (Laos)', lo: 'ພະແນກ', km: 'ការិយាល័យ (ឡាវ)', th: 'แผนก (ลาว)' } },
];

export const DEFAULT_GROUPS: UnitGroup[] = [
  { code: 'provinces', names: { vi: 'Tỉnh, thành phố', en: 'Provinces and cities', lo: 'ແຂວງ ແລະ ນະຄອນຫຼວງ', km: 'រាជធានី និងខេត្ត', th: 'จังหวัดและนคร' } },
  { code: 'ministries', names: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministries', lo: 'ກະຊວງ', km: 'ក្រសួង', th: 'กระทรวง' } },
  { code: 'provincial_departments', names: { vi: 'Sở, ban, ngành tỉnh', en: 'Provincial departments and agencies', lo: 'ພະແນກການແຂວງ', km: 'មន្ទីរខេត្ត', th: 'หน่วยงานระดับจังหวัด' } },
  { code: 'districts', names: { vi: 'UBND cấp huyện', en: 'Districts', lo: 'ເມືອງ', km: 'ស្រុក', th: 'อำเภอ' } },
  { code: 'communes', names: { vi: 'UBND cấp xã', en: 'Communes and wards', lo: 'ບ້ານ', km: 'ឃុំ សង្កាត់', th: 'ตำบล' } },
];
