import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * The position categories every country starts with (Decree 62/2020/NĐ-CP in Vietnam; the
 * Lao job-position guidance groups them the same way). A country root's administrators of the
 * exercise (positions.review) may rename them or add more: they are rows, not an enum.
 */
export const DEFAULT_POSITION_CATEGORIES: { code: string; names: LocalizedNames }[] = [
  { code: 'leadership', names: { vi: 'Lãnh đạo, quản lý', en: 'Leadership and management', lo: 'ຕຳແໜ່ງຄຸ້ມຄອງ-ນຳພາ', km: 'ដឹកនាំ និងគ្រប់គ្រង', th: 'ผู้บริหารและการจัดการ' } },
  { code: 'professional', names: { vi: 'Chuyên môn, nghiệp vụ', en: 'Professional', lo: 'ຕຳແໜ່ງວິຊາສະເພາະ', km: 'ជំនាញ និងវិជ្ជាជីវៈ', th: 'วิชาชีพเฉพาะ' } },
  { code: 'support', names: { vi: 'Hỗ trợ, phục vụ', en: 'Support and service', lo: 'ຕຳແໜ່ງຊ່ວຍວຽກ ແລະ ບໍລິການ', km: 'គាំទ្រ និងសេវាកម្ម', th: 'สนับสนุนและบริการ' } },
];
