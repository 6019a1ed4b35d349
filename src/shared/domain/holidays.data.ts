import type { IsoDate } from './dates.ts';
import type { CalendarRules, Weekday } from './working-days.ts';

/**
 * Public holidays, compensatory days and declared working days of Vietnam's and Laos' state
 * offices, 2020–2027 (issue 17). Pure data, importable by the domain and by a future seed.
 *
 * Entries
 * - `holiday`: a public holiday (listed even when it falls on a weekend, so a year reads whole).
 * - `compensatory`: a day off given because a holiday fell on a weekly rest day.
 * - `bridge`: a working day turned into a day off, worked back on a `working` day.
 * - `working`: a Saturday or Sunday declared a working day (làm bù).
 * - `women: true` (Laos, 8 March): a day off for women only. The office stays open, so it
 *   is NOT a day off in the calendar of working days; it is listed for the record.
 *
 * Rules behind the dates
 * - Vietnam: Labour Code 2012 (10/2012/QH13) Art. 115 for 2020 — 1 January, Tết 5 days,
 *   Hùng Kings 10/3 lunar, 30 April, 1 May, 2 September (1 day); Labour Code 2019
 *   (45/2019/QH14) Art. 112 from 2021 — the same but 2 September and one day before or
 *   after it. Art. 112(3) (Art. 115(3) before): a holiday on a weekly rest day gives a
 *   compensatory day off on the next working day. The Tết days and the swaps for civil
 *   servants are set each year by the Prime Minister on the labour (from 2025 home
 *   affairs) ministry's proposal.
 * - Laos: the government's decree on official holidays (signed December 2017, for 2018 on):
 *   1 January, 8 March (women), Lao New Year (days fixed each year by a notice of the Prime
 *   Minister's Office), 1 May, 2 December.
 * Every year's source is in HOLIDAY_SOURCES; what we could not confirm in HOLIDAYS_UNVERIFIED.
 * Vietnam's Culture Day (24 November) is not listed: see HOLIDAYS_UNVERIFIED.
 */

export const COUNTRIES = ['VN', 'LA'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * The country whose calendar and currency a unit follows, from the code of the top of its
 * tree: the Lao PDR's tree is rooted at `LA` (`parmon seed laos`); every other tree — Vietnam's
 * `VN`, or a province loaded on its own such as the demo's `H99` — is Vietnamese.
 */
export const countryOfRoot = (rootCode: string): Country => (rootCode === 'LA' ? 'LA' : 'VN');

/** The currency amounts paid for a country's procedures are in. */
export const CURRENCY: Record<Country, string> = { VN: 'VND', LA: 'LAK' };

export const HOLIDAY_LOCALES = ['vi', 'en', 'lo', 'km', 'th'] as const;
export type HolidayNames = Record<(typeof HOLIDAY_LOCALES)[number], string>;

export type HolidayKey = 'newYear' | 'tet' | 'hungKings' | 'victory' | 'labour' | 'nationalDay' | 'womensDay' | 'piMai';
export type EntryKind = 'holiday' | 'compensatory' | 'bridge' | 'working';

export interface HolidayEntry {
  country: Country;
  date: IsoDate;
  kind: EntryKind;
  /** the holiday the day belongs to (a compensatory day names the holiday it makes up for) */
  holiday: HolidayKey;
  names: HolidayNames;
  women?: true;
}

/** Saturday and Sunday: the weekly rest of state offices in both countries. */
export const WEEKEND: Record<Country, readonly Weekday[]> = { VN: [6, 0], LA: [6, 0] };

const HOLIDAY_NAMES: Record<HolidayKey, HolidayNames> = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day", lo: 'ວັນປີໃໝ່ສາກົນ', km: 'ថ្ងៃចូលឆ្នាំសកល', th: 'วันขึ้นปีใหม่สากล' },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)', lo: 'ບຸນເຕັດ (ປີໃໝ່ຕາມຈັນທະຄະຕິ)', km: 'បុណ្យចូលឆ្នាំតាមច័ន្ទគតិ (តេត)', th: 'วันตรุษญวน (เต๊ด)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day", lo: 'ວັນລະນຶກບັນດາກະສັດຫຸ່ງ', km: 'ថ្ងៃរំលឹកខួបស្ដេចហ៊ុង', th: 'วันรำลึกกษัตริย์หุ่ง' },
  victory: { vi: 'Ngày Chiến thắng', en: 'Victory Day (Reunification Day)', lo: 'ວັນໄຊຊະນະ (ວັນໂຮມຊາດ)', km: 'ថ្ងៃជ័យជម្នះ (ថ្ងៃបង្រួបបង្រួមជាតិ)', th: 'วันแห่งชัยชนะ (วันรวมชาติ)' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day', lo: 'ວັນກຳມະກອນສາກົນ', km: 'ទិវាពលកម្មអន្តរជាតិ', th: 'วันแรงงานสากล' },
  nationalDay: { vi: 'Quốc khánh', en: 'National Day', lo: 'ວັນຊາດ', km: 'ទិវាបុណ្យជាតិ', th: 'วันชาติ' },
  womensDay: { vi: 'Ngày Quốc tế Phụ nữ', en: "International Women's Day", lo: 'ວັນແມ່ຍິງສາກົນ', km: 'ទិវានារីអន្តរជាតិ', th: 'วันสตรีสากล' },
  piMai: { vi: 'Tết cổ truyền Lào (Bun Pi Mai)', en: 'Lao New Year (Pi Mai)', lo: 'ບຸນປີໃໝ່ລາວ', km: 'បុណ្យចូលឆ្នាំលាវ', th: 'วันปีใหม่ลาว' },
};

const KIND_NAMES: Record<Exclude<EntryKind, 'holiday'>, HolidayNames> = {
  compensatory: { vi: 'Nghỉ bù', en: 'Compensatory day off', lo: 'ວັນພັກຊົດເຊີຍ', km: 'ថ្ងៃឈប់សម្រាកសងជំនួស', th: 'วันหยุดชดเชย' },
  bridge: { vi: 'Nghỉ hoán đổi', en: 'Bridging day off', lo: 'ວັນພັກສັບປ່ຽນ', km: 'ថ្ងៃឈប់សម្រាកប្ដូរ', th: 'วันหยุดสลับ' },
  working: { vi: 'Ngày làm bù', en: 'Compensatory working day', lo: 'ວັນເຮັດວຽກຊົດເຊີຍ', km: 'ថ្ងៃធ្វើការសង', th: 'วันทำงานชดเชย' },
};

/** A compensatory, bridging or working day is named "<kind> (<holiday>)" in each language. */
function namesOf(kind: EntryKind, holiday: HolidayKey): HolidayNames {
  if (kind === 'holiday') return HOLIDAY_NAMES[holiday];
  const k = KIND_NAMES[kind];
  const h = HOLIDAY_NAMES[holiday];
  return { vi: `${k.vi} (${h.vi})`, en: `${k.en} (${h.en})`, lo: `${k.lo} (${h.lo})`, km: `${k.km} (${h.km})`, th: `${k.th} (${h.th})` };
}

type Row = [IsoDate, HolidayKey, EntryKind?];
const rows = (country: Country, list: Row[]): HolidayEntry[] =>
  list.map(([date, holiday, kind = 'holiday']) => ({
    country,
    date,
    kind,
    holiday,
    names: namesOf(kind, holiday),
    ...(holiday === 'womensDay' ? { women: true as const } : {}),
  }));

const VN: Row[] = [
  // 2020 (Labour Code 2012: 2 September is one day)
  ['2020-01-01', 'newYear'],
  ['2020-01-23', 'tet'], ['2020-01-24', 'tet'], ['2020-01-25', 'tet'], ['2020-01-26', 'tet'], ['2020-01-27', 'tet'],
  ['2020-01-28', 'tet', 'compensatory'], ['2020-01-29', 'tet', 'compensatory'],
  ['2020-04-02', 'hungKings'], ['2020-04-30', 'victory'], ['2020-05-01', 'labour'], ['2020-09-02', 'nationalDay'],
  // 2021
  ['2021-01-01', 'newYear'],
  ['2021-02-10', 'tet'], ['2021-02-11', 'tet'], ['2021-02-12', 'tet'], ['2021-02-13', 'tet'], ['2021-02-14', 'tet'],
  ['2021-02-15', 'tet', 'compensatory'], ['2021-02-16', 'tet', 'compensatory'],
  ['2021-04-21', 'hungKings'], ['2021-04-30', 'victory'], ['2021-05-01', 'labour'], ['2021-05-03', 'labour', 'compensatory'],
  ['2021-09-02', 'nationalDay'], ['2021-09-03', 'nationalDay'],
  // 2022
  ['2022-01-01', 'newYear'], ['2022-01-03', 'newYear', 'compensatory'],
  ['2022-01-31', 'tet'], ['2022-02-01', 'tet'], ['2022-02-02', 'tet'], ['2022-02-03', 'tet'], ['2022-02-04', 'tet'],
  ['2022-04-10', 'hungKings'], ['2022-04-11', 'hungKings', 'compensatory'],
  ['2022-04-30', 'victory'], ['2022-05-01', 'labour'], ['2022-05-02', 'victory', 'compensatory'], ['2022-05-03', 'labour', 'compensatory'],
  ['2022-09-01', 'nationalDay'], ['2022-09-02', 'nationalDay'],
  // 2023
  ['2023-01-01', 'newYear'], ['2023-01-02', 'newYear', 'compensatory'],
  ['2023-01-20', 'tet'], ['2023-01-21', 'tet'], ['2023-01-22', 'tet'], ['2023-01-23', 'tet'], ['2023-01-24', 'tet'],
  ['2023-01-25', 'tet', 'compensatory'], ['2023-01-26', 'tet', 'compensatory'],
  ['2023-04-29', 'hungKings'], ['2023-04-30', 'victory'], ['2023-05-01', 'labour'],
  ['2023-05-02', 'hungKings', 'compensatory'], ['2023-05-03', 'victory', 'compensatory'],
  ['2023-09-01', 'nationalDay'], ['2023-09-02', 'nationalDay'], ['2023-09-04', 'nationalDay', 'compensatory'],
  // 2024
  ['2024-01-01', 'newYear'],
  ['2024-02-08', 'tet'], ['2024-02-09', 'tet'], ['2024-02-10', 'tet'], ['2024-02-11', 'tet'], ['2024-02-12', 'tet'],
  ['2024-02-13', 'tet', 'compensatory'], ['2024-02-14', 'tet', 'compensatory'],
  ['2024-04-18', 'hungKings'],
  ['2024-04-29', 'victory', 'bridge'], ['2024-04-30', 'victory'], ['2024-05-01', 'labour'], ['2024-05-04', 'victory', 'working'],
  ['2024-09-02', 'nationalDay'], ['2024-09-03', 'nationalDay'],
  // 2025
  ['2025-01-01', 'newYear'],
  ['2025-01-27', 'tet'], ['2025-01-28', 'tet'], ['2025-01-29', 'tet'], ['2025-01-30', 'tet'], ['2025-01-31', 'tet'],
  ['2025-04-07', 'hungKings'],
  ['2025-04-26', 'labour', 'working'], ['2025-04-30', 'victory'], ['2025-05-01', 'labour'], ['2025-05-02', 'labour', 'bridge'],
  ['2025-09-01', 'nationalDay'], ['2025-09-02', 'nationalDay'],
  // 2026
  ['2026-01-01', 'newYear'], ['2026-01-02', 'newYear', 'bridge'], ['2026-01-10', 'newYear', 'working'],
  ['2026-02-16', 'tet'], ['2026-02-17', 'tet'], ['2026-02-18', 'tet'], ['2026-02-19', 'tet'], ['2026-02-20', 'tet'],
  ['2026-04-26', 'hungKings'], ['2026-04-27', 'hungKings', 'compensatory'],
  ['2026-04-30', 'victory'], ['2026-05-01', 'labour'],
  ['2026-09-01', 'nationalDay'], ['2026-09-02', 'nationalDay'],
  // 2027 (not announced when written: computed from the Labour Code, see HOLIDAYS_UNVERIFIED)
  ['2027-01-01', 'newYear'],
  ['2027-02-05', 'tet'], ['2027-02-06', 'tet'], ['2027-02-07', 'tet'], ['2027-02-08', 'tet'], ['2027-02-09', 'tet'],
  ['2027-02-10', 'tet', 'compensatory'], ['2027-02-11', 'tet', 'compensatory'],
  ['2027-04-16', 'hungKings'], ['2027-04-30', 'victory'], ['2027-05-01', 'labour'], ['2027-05-03', 'labour', 'compensatory'],
  ['2027-09-02', 'nationalDay'], ['2027-09-03', 'nationalDay'],
];

const LA: Row[] = [
  // 2020
  ['2020-01-01', 'newYear'], ['2020-03-08', 'womensDay'],
  ['2020-04-13', 'piMai'], ['2020-04-14', 'piMai'], ['2020-04-15', 'piMai'],
  ['2020-05-01', 'labour'], ['2020-12-02', 'nationalDay'],
  // 2021
  ['2021-01-01', 'newYear'], ['2021-03-08', 'womensDay'],
  ['2021-04-14', 'piMai'], ['2021-04-15', 'piMai'], ['2021-04-16', 'piMai'],
  ['2021-05-01', 'labour'], ['2021-05-03', 'labour', 'compensatory'], ['2021-12-02', 'nationalDay'],
  // 2022
  ['2022-01-01', 'newYear'], ['2022-01-03', 'newYear', 'compensatory'], ['2022-03-08', 'womensDay'],
  ['2022-04-13', 'piMai', 'compensatory'], ['2022-04-14', 'piMai'], ['2022-04-15', 'piMai'], ['2022-04-16', 'piMai'],
  ['2022-05-01', 'labour'], ['2022-05-02', 'labour', 'compensatory'], ['2022-12-02', 'nationalDay'],
  // 2023
  ['2023-01-01', 'newYear'], ['2023-01-02', 'newYear', 'compensatory'], ['2023-03-08', 'womensDay'],
  ['2023-04-14', 'piMai'], ['2023-04-15', 'piMai'], ['2023-04-16', 'piMai'],
  ['2023-04-17', 'piMai', 'compensatory'], ['2023-04-18', 'piMai', 'compensatory'],
  ['2023-05-01', 'labour'], ['2023-12-02', 'nationalDay'], ['2023-12-04', 'nationalDay', 'compensatory'],
  // 2024
  ['2024-01-01', 'newYear'], ['2024-03-08', 'womensDay'],
  ['2024-04-14', 'piMai'], ['2024-04-15', 'piMai'], ['2024-04-16', 'piMai'], ['2024-04-17', 'piMai', 'compensatory'],
  ['2024-05-01', 'labour'], ['2024-12-02', 'nationalDay'],
  // 2025
  ['2025-01-01', 'newYear'], ['2025-03-08', 'womensDay'],
  ['2025-04-14', 'piMai'], ['2025-04-15', 'piMai'], ['2025-04-16', 'piMai'],
  ['2025-05-01', 'labour'], ['2025-12-02', 'nationalDay'],
  // 2026
  ['2026-01-01', 'newYear'], ['2026-03-08', 'womensDay'],
  ['2026-04-14', 'piMai'], ['2026-04-15', 'piMai'], ['2026-04-16', 'piMai'],
  ['2026-05-01', 'labour'], ['2026-12-02', 'nationalDay'],
  // 2027
  ['2027-01-01', 'newYear'], ['2027-03-08', 'womensDay'],
  ['2027-04-14', 'piMai'], ['2027-04-15', 'piMai'], ['2027-04-16', 'piMai'],
  ['2027-05-01', 'labour'], ['2027-05-03', 'labour', 'compensatory'], ['2027-12-02', 'nationalDay'],
];

export const HOLIDAYS: readonly HolidayEntry[] = [...rows('VN', VN), ...rows('LA', LA)];

/** The calendar rules of a country from a list of entries (the shipped ones, or the administrator's as stored). */
export function calendarRules(entries: readonly Pick<HolidayEntry, 'country' | 'date' | 'kind' | 'women'>[], country: Country): CalendarRules {
  const own = entries.filter((e) => e.country === country && !e.women);
  return {
    weekend: WEEKEND[country],
    daysOff: own.filter((e) => e.kind !== 'working').map((e) => e.date),
    workingDays: own.filter((e) => e.kind === 'working').map((e) => e.date),
  };
}

/** Where each year's dates come from (a public page or document number, as text). */
export const HOLIDAY_SOURCES: { country: Country; year: number; source: string }[] = [
  { country: 'VN', year: 2020, source: 'Labour Code 10/2012/QH13 Art. 115; Tết 23–29 January (29 Chạp Kỷ Hợi to mùng 5 Canh Tý): https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2 (7 January 2020); the other days as listed by https://worldholidayhub.com/vn/2020/tl' },
  { country: 'VN', year: 2021, source: 'https://sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html (MOLISA schedule: Tết 10–16 February, 30 April–3 May, 2–5 September)' },
  { country: 'VN', year: 2022, source: 'Government Office letter 245/VPCP-KGVX of 11 January 2022 (Tết 5 days and the weekends before and after): https://kinhtemoitruong.vn./nghi-82743.tag; Tết 31 January–4 February: https://wikihoc.com/giai-ngo/lich-nghi-tet-nguyen-dan-nham-dan-2022-chi-tiet-chinh-thuc.html; Hùng Kings 3 days and 30 April–3 May: https://qbtv.vn/portal/pages/2022-4-5/lich-nghi-le-gio-to-hung-vuong-dip-30-4-va-1-5-23773.aspx (VietnamPlus); 11 April, 2 and 3 May compensatory, 1–2 September: https://vnconsulate-fukuoka.org/vi/lich-nghi-le/ and https://vnfinance.vn/lich-nghi-nhung-ngay-le-tet-trong-nam-2022-31375.html' },
  { country: 'VN', year: 2023, source: 'Tết 20–26 January agreed by the Deputy Prime Minister: https://pld.net.vn/tag/nghi-tet-nguyen-dan.html; https://todaycnews.com/thaonguyen/nghi-le-30-4 (29 April–3 May, compensatory 2 and 3 May); Government Office letter 8056/VPCP-KGVX (1–4 September): https://th389.vn/quoc-khanh-2-9-nam-nay-nguoi-lao-dong-duoc-nghi-4-ngay-a168543.html; 2 January compensatory: http://118.69.84.237:801/phap-luat/tim-tu-van' },
  { country: 'VN', year: 2024, source: 'MOLISA notice (Tết 8–14 February: 5 Tết days and 2 compensatory days; National Day 31 August–3 September): https://sucsongtre.vn/doi-song/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html; Government Office letter 2450/VPCP-KGVX of 12 April 2024 (29 April off, Saturday 4 May worked): https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html' },
  { country: 'VN', year: 2025, source: 'Government Office letter 8726/VPCP-KGVX of 26 November 2024 (Tết 9 consecutive days): https://pld.net.vn/tag/nghi-tet-nguyen-dan.html; https://thoidai.com.vn/nguoi-lao-dong-se-co-ky-nghi-304-15-dai-5-ngay-209915.html (Hùng Kings 7 April; 2 May off, Saturday 26 April worked; 30 August–2 September)' },
  { country: 'VN', year: 2026, source: 'https://www.24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html (Friday 2 January off, Saturday 10 January worked, agreed 25 December 2025); http://www.congan.com.vn/?catid=702&id=388656&mod=detnews (Tết 14–22 February); https://erp.vsol.io/knowledge/article/147 (27 April compensatory, 1–2 September)' },
  { country: 'VN', year: 2027, source: 'Labour Code 45/2019/QH14 Art. 112 and the lunar calendar only: no announcement found' },
  { country: 'LA', year: 2020, source: 'Pi Mai 13–15 April 2020: WHO Lao PDR note of 10 April 2020 (http://www.zhangxinlongmaogen.com/2020/11/28/stay-at-home-for-lao-new-year/, a copy) and https://whatdateis.today/holidays/lao-people\'s-democratic-republic-2020' },
  { country: 'LA', year: 2021, source: 'Pi Mai 14–16 April: https://ryt9.com/en/hol/248092 and https://laos.opendevelopmentmekong.net/news/govt-bans-public-events-over-lao-new-year/ (year not printed)' },
  { country: 'LA', year: 2022, source: 'https://laotiantimes.com/2022/03/24/laos-confirms-lao-new-year-holiday-dates/ and https://jclao.com/longer-lao-new-year-holiday-announced-state-offices-banned-from-celebrating/ (Prime Minister\'s Office notice of 23 March 2022: 13 April in lieu of Saturday 16 April)' },
  { country: 'LA', year: 2023, source: 'https://publicholidaynews.com/20230324-lao-announces-public-holiday-dates-for-lao-new-year (14–16 April, 17–18 April in lieu)' },
  { country: 'LA', year: 2024, source: 'https://laovoices.com/govt-announces-lao-new-year-holiday/ (14–17 April, 17 April in lieu of Sunday 14 April)' },
  { country: 'LA', year: 2025, source: 'Pi Mai 14–16 April 2025 (3 days): https://pasaxon.org.la/chongphomkansalongpimailao-haithuktongtamhitkhongpapheniandingam-13209.html; the other days by the decree on official holidays (December 2017, https://laotiantimes.com/2017/12/20/decree-outlines-official-holidays-2018/)' },
  { country: 'LA', year: 2026, source: 'Decree on official holidays (December 2017): Pi Mai 14–16 April by the usual rule' },
  { country: 'LA', year: 2027, source: 'Decree on official holidays (December 2017): Pi Mai 14–16 April by the usual rule' },
];

/** What the data above could not confirm from a source (recalled or computed, never checked). */
export const HOLIDAYS_UNVERIFIED: { country: Country; date: IsoDate | null; what: string }[] = [
  { country: 'VN', date: '2022-01-03', what: '3 January 2022 (for Saturday 1 January) follows Art. 112(3); no notice for it was found.' },
  { country: 'VN', date: '2024-04-18', what: 'Hùng Kings 2024 on 18 April: from the lunar calendar, not checked against a notice.' },
  { country: 'VN', date: '2025-01-27', what: 'Tết Ất Tỵ 2025: the source gives 9 consecutive days; the window 25 January–2 February (5 Tết days 27–31 January and two weekends, no worked Saturday) is deduced from Tết falling on Wednesday 29 January and a report (year not printed) of "5 official days and 4 weekend days", not read in the letter itself.' },
  { country: 'VN', date: '2026-11-24', what: 'Vietnam Culture Day (24 November) was chosen by the Politburo (Resolution 80-NQ/TW) as a paid day off, and Government Resolution 30/NQ-CP (February 2026) asks for Labour Code Art. 112 to be amended; whether the amendment was in force for 24 November 2026 was not confirmed, so it is NOT in the data. An administrator adds it once confirmed.' },
  { country: 'VN', date: '2027-01-01', what: 'All of 2027: computed from the Labour Code and the lunar calendar (Tết 6 February 2027, Hùng Kings 16 April 2027), with the Tết days and the day beside 2 September guessed; to be replaced by the announced schedule.' },
  { country: 'LA', date: '2020-04-13', what: 'Pi Mai 2020: 13–15 April are the festival days (WHO note, aggregator); the festivities were cancelled for Covid-19 and no government notice on the days off was found. The stay-at-home order of 30 March 2020 (1–19 April, essential workers only) is not a holiday and is not in the data.' },
  { country: 'LA', date: '2021-04-14', what: 'Pi Mai 2021 (14–16 April): from a holiday aggregator and a report whose year is inferred; no government notice found.' },
  { country: 'LA', date: '2024-04-14', what: 'Pi Mai 2024: the source does not print the year; 2024 is inferred from "April 14 being a Sunday" and the announcement date.' },
  { country: 'LA', date: '2026-04-14', what: 'Pi Mai 2026 and 2027: 14–16 April by the usual rule; the year\'s notice (which may add days) was not found.' },
  { country: 'LA', date: '2023-04-17', what: 'Pi Mai 2023: a Lao Tribune article (year not printed) gives 13–17 April for a year with 15–16 April on a weekend (2017 or 2023); the data follows the dated report of 17–18 April.' },
  { country: 'LA', date: null, what: 'Compensatory Mondays for 1 January, 1 May and 2 December on a weekend (2021-05-03, 2022-01-03, 2022-05-02, 2023-01-02, 2023-12-04, 2027-05-03) follow the practice of the Pi Mai notices; no rule text or notice for them was found.' },
];
