import type { SeedOp } from './seed-ops.ts';

/**
 * Viet Nam's provincial tier (tỉnh / thành phố trực thuộc trung ương) as a dated script of
 * seed operations: the 63-unit map (2008-08-01 → 2025-06-30), Huế's upgrade to a
 * centrally-run city (2025-01-01), and the 1 July 2025 mergers to 34 units.
 *
 * Sources
 * - Unit codes: the official 2-digit administrative codes maintained by the General
 *   Statistics Office (code system of Decision 124/2004/QĐ-TTg). Codes are never reused,
 *   so an old unit's code stays attached to its history after it is merged away.
 * - Mergers: National Assembly Resolution 202/2025/QH15 (12/6/2025), in force 2025-07-01:
 *   34 provincial units = 6 centrally-run cities + 28 provinces; 11 unchanged, the other 52
 *   became 23. Mapping as summarised in /work/shared/reference/par-methodology.md §6.
 * - Codes of the 34 new units: Decision 19/2025/QĐ-TTg, where a merged unit takes the code
 *   of the old unit that holds its administrative seat (e.g. new Lào Cai = Yên Bái's '15',
 *   new Bắc Ninh = Bắc Giang's '24'). The codes used here were recalled, not read from the
 *   decision itself; they agree with a third-party 34-unit code list. Codes not confirmed
 *   in the brief or a primary text are listed in VIETNAM_UNVERIFIED.
 * - Huế: Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01.
 *
 * Conventions
 * - Every one of the 63 units is created on '2008-08-01', the date the 63-unit map began
 *   (Hà Tây, code '28', was merged into Hà Nội). That is the start of the modelled
 *   period, not the date each province was founded. Earlier history (Hà Tây, the 2004
 *   splits that created Điện Biên, Đắk Nông and Hậu Giang, etc.) is not modelled.
 * - Kinds: 'country', 'city' (centrally-run city) and 'province'. All provincial units are
 *   in the group 'provinces'.
 * - Each 2025 merger is a single `merge` op. `into` is the OLD unit whose code the new
 *   unit carries (the seat holder), which may not be the unit whose name it keeps.
 *   `names` is given only when the name changes. `kind: 'city'` marks the merged
 *   centrally-run cities.
 * - Names: `vi` with full diacritics (the tone mark placement follows GSO usage, e.g.
 *   'Thanh Hóa', 'Khánh Hòa'); `en` is the unaccented form GSO uses in English (e.g.
 *   'Ha Noi', 'Ho Chi Minh City'). Provinces have no Lao, Khmer or Thai names here: the
 *   spellings these languages' governments use for each of the 63 and 34 units are not
 *   reliably known to us, and a made-up official name is worse than the English one a Lao,
 *   Khmer or Thai reader falls back to (shared/locales.ts). The country has all five.
 *
 * Unverified (see VIETNAM_UNVERIFIED for details)
 * - The seven southern merger mappings marked [U] in par-methodology.md §6 (Đồng Nai,
 *   Tây Ninh, Cần Thơ, Vĩnh Long, Đồng Tháp, Cà Mau, An Giang). They were recalled; only
 *   the new names are confirmed.
 * - The codes of new Quảng Trị ('44') and new Gia Lai ('52'). The mappings are verified,
 *   but choosing the seat holder's code was recalled.
 * - The number of the resolution that made Huế a centrally-run city.
 */
export const VIETNAM_SEED: SeedOp[] = [
  {
    op: 'create',
    code: 'VN',
    kind: 'country',
    names: { vi: 'Việt Nam', en: 'Viet Nam', lo: 'ຫວຽດນາມ', km: 'វៀតណាម', th: 'เวียดนาม' },
    parent: null,
    date: '1976-07-02',
  },

  // ── The 63 provincial units, 2008-08-01 → 2025-06-30 (GSO code order) ──────────────
  { op: 'create', code: '01', kind: 'city', names: { vi: 'Hà Nội', en: 'Ha Noi' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '02', kind: 'province', names: { vi: 'Hà Giang', en: 'Ha Giang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '04', kind: 'province', names: { vi: 'Cao Bằng', en: 'Cao Bang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '06', kind: 'province', names: { vi: 'Bắc Kạn', en: 'Bac Kan' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '08', kind: 'province', names: { vi: 'Tuyên Quang', en: 'Tuyen Quang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '10', kind: 'province', names: { vi: 'Lào Cai', en: 'Lao Cai' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '11', kind: 'province', names: { vi: 'Điện Biên', en: 'Dien Bien' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '12', kind: 'province', names: { vi: 'Lai Châu', en: 'Lai Chau' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '14', kind: 'province', names: { vi: 'Sơn La', en: 'Son La' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '15', kind: 'province', names: { vi: 'Yên Bái', en: 'Yen Bai' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '17', kind: 'province', names: { vi: 'Hòa Bình', en: 'Hoa Binh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '19', kind: 'province', names: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '20', kind: 'province', names: { vi: 'Lạng Sơn', en: 'Lang Son' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '22', kind: 'province', names: { vi: 'Quảng Ninh', en: 'Quang Ninh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '24', kind: 'province', names: { vi: 'Bắc Giang', en: 'Bac Giang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '25', kind: 'province', names: { vi: 'Phú Thọ', en: 'Phu Tho' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '26', kind: 'province', names: { vi: 'Vĩnh Phúc', en: 'Vinh Phuc' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '27', kind: 'province', names: { vi: 'Bắc Ninh', en: 'Bac Ninh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '30', kind: 'province', names: { vi: 'Hải Dương', en: 'Hai Duong' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '31', kind: 'city', names: { vi: 'Hải Phòng', en: 'Hai Phong' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '33', kind: 'province', names: { vi: 'Hưng Yên', en: 'Hung Yen' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '34', kind: 'province', names: { vi: 'Thái Bình', en: 'Thai Binh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '35', kind: 'province', names: { vi: 'Hà Nam', en: 'Ha Nam' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '36', kind: 'province', names: { vi: 'Nam Định', en: 'Nam Dinh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '37', kind: 'province', names: { vi: 'Ninh Bình', en: 'Ninh Binh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '38', kind: 'province', names: { vi: 'Thanh Hóa', en: 'Thanh Hoa' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '40', kind: 'province', names: { vi: 'Nghệ An', en: 'Nghe An' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '42', kind: 'province', names: { vi: 'Hà Tĩnh', en: 'Ha Tinh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '44', kind: 'province', names: { vi: 'Quảng Bình', en: 'Quang Binh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '45', kind: 'province', names: { vi: 'Quảng Trị', en: 'Quang Tri' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '46', kind: 'province', names: { vi: 'Thừa Thiên Huế', en: 'Thua Thien Hue' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '48', kind: 'city', names: { vi: 'Đà Nẵng', en: 'Da Nang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '49', kind: 'province', names: { vi: 'Quảng Nam', en: 'Quang Nam' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '51', kind: 'province', names: { vi: 'Quảng Ngãi', en: 'Quang Ngai' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '52', kind: 'province', names: { vi: 'Bình Định', en: 'Binh Dinh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '54', kind: 'province', names: { vi: 'Phú Yên', en: 'Phu Yen' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '56', kind: 'province', names: { vi: 'Khánh Hòa', en: 'Khanh Hoa' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '58', kind: 'province', names: { vi: 'Ninh Thuận', en: 'Ninh Thuan' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '60', kind: 'province', names: { vi: 'Bình Thuận', en: 'Binh Thuan' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '62', kind: 'province', names: { vi: 'Kon Tum', en: 'Kon Tum' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '64', kind: 'province', names: { vi: 'Gia Lai', en: 'Gia Lai' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '66', kind: 'province', names: { vi: 'Đắk Lắk', en: 'Dak Lak' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '67', kind: 'province', names: { vi: 'Đắk Nông', en: 'Dak Nong' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '68', kind: 'province', names: { vi: 'Lâm Đồng', en: 'Lam Dong' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '70', kind: 'province', names: { vi: 'Bình Phước', en: 'Binh Phuoc' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '72', kind: 'province', names: { vi: 'Tây Ninh', en: 'Tay Ninh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '74', kind: 'province', names: { vi: 'Bình Dương', en: 'Binh Duong' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '75', kind: 'province', names: { vi: 'Đồng Nai', en: 'Dong Nai' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '77', kind: 'province', names: { vi: 'Bà Rịa - Vũng Tàu', en: 'Ba Ria - Vung Tau' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '79', kind: 'city', names: { vi: 'Thành phố Hồ Chí Minh', en: 'Ho Chi Minh City' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '80', kind: 'province', names: { vi: 'Long An', en: 'Long An' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '82', kind: 'province', names: { vi: 'Tiền Giang', en: 'Tien Giang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '83', kind: 'province', names: { vi: 'Bến Tre', en: 'Ben Tre' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '84', kind: 'province', names: { vi: 'Trà Vinh', en: 'Tra Vinh' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '86', kind: 'province', names: { vi: 'Vĩnh Long', en: 'Vinh Long' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '87', kind: 'province', names: { vi: 'Đồng Tháp', en: 'Dong Thap' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '89', kind: 'province', names: { vi: 'An Giang', en: 'An Giang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '91', kind: 'province', names: { vi: 'Kiên Giang', en: 'Kien Giang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '92', kind: 'city', names: { vi: 'Cần Thơ', en: 'Can Tho' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '93', kind: 'province', names: { vi: 'Hậu Giang', en: 'Hau Giang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '94', kind: 'province', names: { vi: 'Sóc Trăng', en: 'Soc Trang' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '95', kind: 'province', names: { vi: 'Bạc Liêu', en: 'Bac Lieu' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },
  { op: 'create', code: '96', kind: 'province', names: { vi: 'Cà Mau', en: 'Ca Mau' }, parent: 'VN', groups: ['provinces'], date: '2008-08-01' },

  // ── Huế becomes a centrally-run city, 2025-01-01 ─────────────────────────────────────
  {
    op: 'reclassify',
    code: '46',
    date: '2025-01-01',
    kind: 'city',
    note: 'Thừa Thiên Huế became a centrally-run city (Resolution 1314/NQ-UBTVQH15; number unverified)',
  },
  {
    op: 'rename',
    code: '46',
    date: '2025-01-01',
    names: { vi: 'Huế', en: 'Hue' },
    note: 'Thừa Thiên Huế → Huế, on becoming a centrally-run city',
  },

  // ── 1 July 2025: 52 provinces → 23 (Resolution 202/2025/QH15) ─────────────────────
  // Unchanged: 01 Hà Nội, 04 Cao Bằng, 11 Điện Biên, 12 Lai Châu, 14 Sơn La, 20 Lạng Sơn,
  // 22 Quảng Ninh, 38 Thanh Hóa, 40 Nghệ An, 42 Hà Tĩnh, 46 Huế.
  {
    op: 'merge',
    date: '2025-07-01',
    into: '08',
    from: ['02'],
    note: 'Resolution 202/2025/QH15; verified. Tuyên Quang ← Tuyên Quang + Hà Giang',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '15',
    from: ['10'],
    names: { vi: 'Lào Cai', en: 'Lao Cai' },
    note: 'Resolution 202/2025/QH15; verified. Lào Cai ← Yên Bái + Lào Cai; seat and code are Yên Bái\'s (15)',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '19',
    from: ['06'],
    note: 'Resolution 202/2025/QH15; verified. Thái Nguyên ← Thái Nguyên + Bắc Kạn',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '25',
    from: ['26', '17'],
    note: 'Resolution 202/2025/QH15; verified. Phú Thọ ← Phú Thọ + Vĩnh Phúc + Hòa Bình',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '24',
    from: ['27'],
    names: { vi: 'Bắc Ninh', en: 'Bac Ninh' },
    note: 'Resolution 202/2025/QH15; verified. Bắc Ninh ← Bắc Giang + Bắc Ninh; seat and code are Bắc Giang\'s (24)',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '33',
    from: ['34'],
    note: 'Resolution 202/2025/QH15; verified. Hưng Yên ← Hưng Yên + Thái Bình',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '31',
    from: ['30'],
    kind: 'city',
    note: 'Resolution 202/2025/QH15; verified. Hải Phòng (centrally-run city) ← Hải Phòng + Hải Dương',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '37',
    from: ['35', '36'],
    note: 'Resolution 202/2025/QH15; verified. Ninh Bình ← Ninh Bình + Hà Nam + Nam Định',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '44',
    from: ['45'],
    names: { vi: 'Quảng Trị', en: 'Quang Tri' },
    note: 'Resolution 202/2025/QH15; mapping verified. Quảng Trị ← Quảng Bình + Quảng Trị; code 44 (seat Đồng Hới, ex-Quảng Bình) unverified',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '48',
    from: ['49'],
    kind: 'city',
    note: 'Resolution 202/2025/QH15; verified. Đà Nẵng (centrally-run city) ← Đà Nẵng + Quảng Nam',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '51',
    from: ['62'],
    note: 'Resolution 202/2025/QH15; verified. Quảng Ngãi ← Quảng Ngãi + Kon Tum',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '52',
    from: ['64'],
    names: { vi: 'Gia Lai', en: 'Gia Lai' },
    note: 'Resolution 202/2025/QH15; mapping verified. Gia Lai ← Bình Định + Gia Lai; code 52 (seat Quy Nhơn, ex-Bình Định) unverified',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '56',
    from: ['58'],
    note: 'Resolution 202/2025/QH15; verified. Khánh Hòa ← Khánh Hòa + Ninh Thuận',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '66',
    from: ['54'],
    note: 'Resolution 202/2025/QH15; verified. Đắk Lắk ← Đắk Lắk + Phú Yên',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '68',
    from: ['67', '60'],
    note: 'Resolution 202/2025/QH15; verified. Lâm Đồng ← Lâm Đồng + Đắk Nông + Bình Thuận',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '75',
    from: ['70'],
    note: 'Resolution 202/2025/QH15; mapping unverified. Đồng Nai ← Đồng Nai + Bình Phước',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '79',
    from: ['77', '74'],
    kind: 'city',
    note: 'Resolution 202/2025/QH15; verified. Thành phố Hồ Chí Minh (centrally-run city) ← TP.HCM + Bà Rịa - Vũng Tàu + Bình Dương',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '80',
    from: ['72'],
    names: { vi: 'Tây Ninh', en: 'Tay Ninh' },
    note: 'Resolution 202/2025/QH15; mapping unverified. Tây Ninh ← Long An + Tây Ninh; code 80 (seat Tân An, ex-Long An) unverified',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '82',
    from: ['87'],
    names: { vi: 'Đồng Tháp', en: 'Dong Thap' },
    note: 'Resolution 202/2025/QH15; mapping unverified. Đồng Tháp ← Tiền Giang + Đồng Tháp; code 82 (seat Mỹ Tho, ex-Tiền Giang) unverified',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '86',
    from: ['83', '84'],
    note: 'Resolution 202/2025/QH15; mapping unverified. Vĩnh Long ← Vĩnh Long + Bến Tre + Trà Vinh',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '91',
    from: ['89'],
    names: { vi: 'An Giang', en: 'An Giang' },
    note: 'Resolution 202/2025/QH15; mapping unverified. An Giang ← Kiên Giang + An Giang; code 91 (seat Rạch Giá, ex-Kiên Giang) unverified',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '92',
    from: ['94', '93'],
    kind: 'city',
    note: 'Resolution 202/2025/QH15; mapping unverified. Cần Thơ (centrally-run city) ← Cần Thơ + Sóc Trăng + Hậu Giang',
  },
  {
    op: 'merge',
    date: '2025-07-01',
    into: '96',
    from: ['95'],
    note: 'Resolution 202/2025/QH15; mapping unverified. Cà Mau ← Cà Mau + Bạc Liêu',
  },
];

/**
 * Entries that rest on recall rather than a checked source. `code` is the unit the doubt
 * attaches to: for a merger, the `into` code of the merge op.
 */
export const VIETNAM_UNVERIFIED: { code: string; what: string }[] = [
  {
    code: '46',
    what: 'Huế became a centrally-run city on 2025-01-01. The resolution number (1314/NQ-UBTVQH15) in the note was recalled, not checked.',
  },
  {
    code: '44',
    what: 'New Quảng Trị: the mapping (Quảng Bình + Quảng Trị) is verified. The code 44 (ex-Quảng Bình, on the grounds that the seat is in Đồng Hới) was recalled from Decision 19/2025/QĐ-TTg, not checked against its text.',
  },
  {
    code: '52',
    what: 'New Gia Lai: the mapping (Bình Định + Gia Lai) is verified. The code 52 (ex-Bình Định, on the grounds that the seat is in Quy Nhơn) was recalled from Decision 19/2025/QĐ-TTg, not checked against its text.',
  },
  {
    code: '75',
    what: 'Merger mapping Đồng Nai ← Bình Phước is [U] in par-methodology.md §6 (recalled; only the new name Đồng Nai is confirmed).',
  },
  {
    code: '80',
    what: 'Merger mapping Tây Ninh ← Long An is [U] in par-methodology.md §6 (recalled; only the new name is confirmed). The code 80 (ex-Long An, on the grounds that the seat is in Tân An) was also recalled.',
  },
  {
    code: '92',
    what: 'Merger mapping Cần Thơ ← Sóc Trăng + Hậu Giang is [U] in par-methodology.md §6 (recalled; only the new name is confirmed).',
  },
  {
    code: '86',
    what: 'Merger mapping Vĩnh Long ← Bến Tre + Trà Vinh is [U] in par-methodology.md §6 (recalled; only the new name is confirmed).',
  },
  {
    code: '82',
    what: 'Merger mapping Đồng Tháp ← Tiền Giang is [U] in par-methodology.md §6 (recalled; only the new name is confirmed). The code 82 (ex-Tiền Giang, on the grounds that the seat is in Mỹ Tho) was also recalled.',
  },
  {
    code: '96',
    what: 'Merger mapping Cà Mau ← Bạc Liêu is [U] in par-methodology.md §6 (recalled; only the new name is confirmed).',
  },
  {
    code: '91',
    what: 'Merger mapping An Giang ← Kiên Giang is [U] in par-methodology.md §6 (recalled; only the new name is confirmed). The code 91 (ex-Kiên Giang, on the grounds that the seat is in Rạch Giá) was also recalled.',
  },
];
