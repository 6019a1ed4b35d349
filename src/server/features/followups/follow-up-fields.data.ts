import type { LocalizedNames } from '../../../shared/locales.ts';
import type { DEFAULT_FOLLOW_UP_FIELDS } from '../../../shared/domain/follow-ups.ts';

/** The fields every installation starts with (the administrator or secretariat may add, rename, deactivate). */
export const FOLLOW_UP_FIELD_NAMES: Record<(typeof DEFAULT_FOLLOW_UP_FIELDS)[number], LocalizedNames> = {
  land: { vi: 'Đất đai', en: 'Land', lo: 'ທີ່ດິນ', km: 'ដីធ្លី', th: 'ที่ดิน' },
  investment: { vi: 'Đầu tư', en: 'Investment', lo: 'ການລົງທຶນ', km: 'ការវិនិយោគ', th: 'การลงทุน' },
  construction: { vi: 'Xây dựng', en: 'Construction', lo: 'ການກໍ່ສ້າງ', km: 'សំណង់', th: 'การก่อสร้าง' },
  health: { vi: 'Y tế', en: 'Health', lo: 'ສາທາລະນະສຸກ', km: 'សុខាភិបាល', th: 'สาธารณสุข' },
  environment: { vi: 'Môi trường', en: 'Environment', lo: 'ສິ່ງແວດລ້ອມ', km: 'បរិស្ថាន', th: 'สิ่งแวดล้อม' },
  staffing: { vi: 'Biên chế, nhân sự', en: 'Staffing', lo: 'ພະນັກງານ ແລະ ບຸກຄະລາກອນ', km: 'បុគ្គលិក និងកម្លាំងការងារ', th: 'อัตรากำลังและบุคลากร' },
  procedures: { vi: 'Thủ tục hành chính', en: 'Administrative procedures', lo: 'ລະບຽບການບໍລິຫານ', km: 'នីតិវិធីរដ្ឋបាល', th: 'ขั้นตอนการบริการทางปกครอง' },
  digital_transformation: { vi: 'Chuyển đổi số', en: 'Digital transformation', lo: 'ການຫັນເປັນດີຈີຕອນ', km: 'ការផ្លាស់ប្តូរឌីជីថល', th: 'การเปลี่ยนผ่านสู่ดิจิทัล' },
  finance: { vi: 'Tài chính', en: 'Finance', lo: 'ການເງິນ', km: 'ហិរញ្ញវត្ថុ', th: 'การเงิน' },
  other: { vi: 'Khác', en: 'Other', lo: 'ອື່ນໆ', km: 'ផ្សេងៗ', th: 'อื่น ๆ' },
};
