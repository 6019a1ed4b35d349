/**
 * The national header ("quốc hiệu và tiêu ngữ") an administrative document opens with, in the
 * country's language: legal wording, printed as it is and never translated.
 */
export interface NationalHeader {
  country: string;
  motto: string;
}

/** Decree 30/2020/NĐ-CP, Appendix I, item 1. */
export const VIETNAM: NationalHeader = {
  country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
};

/** The Lao PDR's name and motto as Lao official documents carry them. */
export const LAOS: NationalHeader = {
  country: 'ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ',
  motto: 'ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ',
};

/**
 * Vietnamese documents write the day before the 10th and the months January and February
 * with a leading zero (Decree 30/2020, Appendix I, item 5: "ngày 06 tháng 02 năm 2026",
 * "ngày 15 tháng 3 năm 2026"), so the date cannot be altered by adding a digit.
 */
export function vietnameseDateParts(iso: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = iso.split('-');
  const m = Number(month);
  return { day: day.padStart(2, '0'), month: m <= 2 ? String(m).padStart(2, '0') : String(m), year };
}
