import type { SeedOp } from './seed-ops.ts';

/**
 * The Lao state organisation's top tier as a dated script of seed operations: the Lao PDR
 * (`LA`), the ministries and ministry-level organisations of the government, and the 17
 * provinces plus Vientiane Capital — **as of 24 March 2021** (the government of the 9th
 * legislature) and unchanged in this file since. Sources, what is verified and what is
 * recalled: laos.sources.md beside this file; each unconfirmed item is in LAOS_UNVERIFIED.
 *
 * Conventions
 * - Codes are fixed by the design: provinces by ISO 3166-2:LA (`LA-VT` Vientiane
 *   Capital, kind `la_capital`; the 17 others `la_province`); ministries and ministry-level
 *   organisations `LA-` + their English acronym (`la_ministry`, `la_ministry_level`).
 * - Every unit under `LA` is created on '2021-03-24', the start of the modelled period, not
 *   its founding date (Xaisomboun was re-established as a province in 2013; ministries have
 *   their own histories). Earlier changes are not modelled.
 * - The March 2025 restructuring (17 ministries → 13: Planning and Investment into Finance,
 *   Energy and Mines into Industry and Commerce, Natural Resources and Environment and
 *   Agriculture and Forestry into Agriculture and Environment, Home Affairs placed under the
 *   Party's Organisation Committee, Information, Culture and Tourism renamed) is **not
 *   applied**: its effective dates are not confirmed, and the Lao demo and the job-position
 *   work are built on the Ministry of Home Affairs. Recording it is a dated script of merges
 *   for a later change (see laos.sources.md).
 * - Names: `lo` and `en` for every unit, `vi` as the Vietnamese press writes them; the
 *   country also in Khmer and Thai. Province names have no article (`ແຂວງ` is the kind),
 *   except the two Vientianes, which would otherwise read the same. Lao province names are
 *   spelled as the ISO 3166-2:LA entry gives them (its older ຫລ for ຫຼ kept as published).
 * - Groups: the provinces are in `provinces`, the ministries and ministry-level organisations
 *   in `ministries`, as the Vietnamese trees have them.
 */
const START = '2021-03-24';

const ministry = (code: string, kind: 'la_ministry' | 'la_ministry_level', lo: string, en: string, vi: string): SeedOp => ({
  op: 'create',
  code,
  kind,
  names: { lo, en, vi },
  parent: 'LA',
  groups: ['ministries'],
  date: START,
});

const province = (code: string, lo: string, en: string, vi: string): SeedOp => ({
  op: 'create',
  code,
  kind: code === 'LA-VT' ? 'la_capital' : 'la_province',
  names: { lo, en, vi },
  parent: 'LA',
  groups: ['provinces'],
  date: START,
});

export const LAOS_SEED: SeedOp[] = [
  {
    op: 'create',
    code: 'LA',
    kind: 'country',
    names: { lo: 'ສປປ ລາວ', en: 'Lao PDR', vi: 'Lào', km: 'ឡាវ', th: 'ลาว' },
    parent: null,
    date: '1975-12-02',
  },

  // ── The 17 ministries of the 9th legislature's government ────────────────────────────
  ministry('LA-MND', 'la_ministry', 'ກະຊວງປ້ອງກັນປະເທດ', 'Ministry of National Defence', 'Bộ Quốc phòng'),
  ministry('LA-MPS', 'la_ministry', 'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ', 'Ministry of Public Security', 'Bộ An ninh'),
  ministry('LA-MOFA', 'la_ministry', 'ກະຊວງການຕ່າງປະເທດ', 'Ministry of Foreign Affairs', 'Bộ Ngoại giao'),
  ministry('LA-MOJ', 'la_ministry', 'ກະຊວງຍຸຕິທຳ', 'Ministry of Justice', 'Bộ Tư pháp'),
  ministry('LA-MOHA', 'la_ministry', 'ກະຊວງພາຍໃນ', 'Ministry of Home Affairs', 'Bộ Nội vụ'),
  ministry('LA-MOF', 'la_ministry', 'ກະຊວງການເງິນ', 'Ministry of Finance', 'Bộ Tài chính'),
  ministry('LA-MPI', 'la_ministry', 'ກະຊວງແຜນການ ແລະ ການລົງທຶນ', 'Ministry of Planning and Investment', 'Bộ Kế hoạch và Đầu tư'),
  ministry('LA-MAF', 'la_ministry', 'ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້', 'Ministry of Agriculture and Forestry', 'Bộ Nông nghiệp và Lâm nghiệp'),
  ministry('LA-MOIC', 'la_ministry', 'ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ', 'Ministry of Industry and Commerce', 'Bộ Công Thương'),
  ministry('LA-MEM', 'la_ministry', 'ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່', 'Ministry of Energy and Mines', 'Bộ Năng lượng và Mỏ'),
  ministry('LA-MPWT', 'la_ministry', 'ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ', 'Ministry of Public Works and Transport', 'Bộ Công chính và Vận tải'),
  ministry('LA-MONRE', 'la_ministry', 'ກະຊວງຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ', 'Ministry of Natural Resources and Environment', 'Bộ Tài nguyên và Môi trường'),
  ministry('LA-MOES', 'la_ministry', 'ກະຊວງສຶກສາທິການ ແລະ ກິລາ', 'Ministry of Education and Sports', 'Bộ Giáo dục và Thể thao'),
  ministry('LA-MOH', 'la_ministry', 'ກະຊວງສາທາລະນະສຸກ', 'Ministry of Public Health', 'Bộ Y tế'),
  ministry('LA-MLSW', 'la_ministry', 'ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ', 'Ministry of Labour and Social Welfare', 'Bộ Lao động và Phúc lợi xã hội'),
  ministry('LA-MICT', 'la_ministry', 'ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ', 'Ministry of Information, Culture and Tourism', 'Bộ Thông tin, Văn hóa và Du lịch'),
  ministry('LA-MTC', 'la_ministry', 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', 'Ministry of Technology and Communications', 'Bộ Công nghệ và Truyền thông'),

  // ── The three ministry-level organisations ───────────────────────────────────────────
  ministry('LA-PMO', 'la_ministry_level', 'ຫ້ອງວ່າການສຳນັກງານນາຍົກລັດຖະມົນຕີ', "Prime Minister's Office", 'Văn phòng Thủ tướng Chính phủ'),
  ministry('LA-SIA', 'la_ministry_level', 'ອົງການກວດກາລັດຖະບານ', 'State Inspection Authority', 'Thanh tra Chính phủ'),
  ministry('LA-BOL', 'la_ministry_level', 'ທະນາຄານແຫ່ງ ສປປ ລາວ', 'Bank of the Lao PDR', 'Ngân hàng Nhà nước Lào'),

  // ── Vientiane Capital and the 17 provinces (ISO 3166-2:LA) ───────────────────────────
  province('LA-VT', 'ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital', 'Thủ đô Viêng Chăn'),
  province('LA-AT', 'ອັດຕະປື', 'Attapeu', 'Attapư'),
  province('LA-BK', 'ບໍ່ແກ້ວ', 'Bokeo', 'Bò Kẹo'),
  province('LA-BL', 'ບໍລິຄໍາໄຊ', 'Bolikhamxay', 'Bôlykhămxay'),
  province('LA-CH', 'ຈຳປາສັກ', 'Champasak', 'Chămpasắc'),
  province('LA-HO', 'ຫົວພັນ', 'Houaphanh', 'Hủa Phăn'),
  province('LA-KH', 'ຄໍາມ່ວນ', 'Khammouane', 'Khăm Muồn'),
  province('LA-LM', 'ຫລວງນໍ້າທາ', 'Luang Namtha', 'Luông Nậm Thà'),
  province('LA-LP', 'ຫລວງພະບາງ', 'Luang Prabang', 'Luông Pha Bang'),
  province('LA-OU', 'ອຸດົມໄຊ', 'Oudomxay', 'U Đôm Xay'),
  province('LA-PH', 'ຜົ້ງສາລີ', 'Phongsaly', 'Phông Xa Lỳ'),
  province('LA-SL', 'ສາລະວັນ', 'Salavan', 'Xa La Văn'),
  province('LA-SV', 'ສະຫວັນນະເຂດ', 'Savannakhet', 'Xavannakhệt'),
  province('LA-VI', 'ແຂວງວຽງຈັນ', 'Vientiane Province', 'Tỉnh Viêng Chăn'),
  province('LA-XA', 'ໄຊຍະບູລີ', 'Xayaboury', 'Xay Nha Bu Ly'),
  province('LA-XE', 'ເຊກອງ', 'Sekong', 'Xê Kông'),
  province('LA-XI', 'ຊຽງຂວາງ', 'Xiengkhouang', 'Xiêng Khoảng'),
  province('LA-XS', 'ໄຊສົມບູນ', 'Xaisomboun', 'Xay Xổm Bun'),
];

/** The 18 provincial units by ISO 3166-2:LA, Vientiane Capital first. */
export const LAOS_PROVINCE_CODES = ['LA-VT', 'LA-AT', 'LA-BK', 'LA-BL', 'LA-CH', 'LA-HO', 'LA-KH', 'LA-LM', 'LA-LP', 'LA-OU', 'LA-PH', 'LA-SL', 'LA-SV', 'LA-VI', 'LA-XA', 'LA-XE', 'LA-XI', 'LA-XS'] as const;

/** What could not be confirmed from a public source while writing this file, and why. */
export const LAOS_UNVERIFIED: { code: string; what: string }[] = [
  {
    code: 'LA-*',
    what: 'Ministry names in Lao: only ກະຊວງພາຍໃນ (Lao National Radio), ກະຊວງຍຸຕິທຳ and ກະຊວງປ້ອງກັນປະເທດ (Lao Official Gazette) and ກະຊວງການຕ່າງປະເທດ (Lao Wikipedia) were seen in a Lao-language source; the other ministries\' and the three ministry-level organisations\' Lao names were recalled.',
  },
  {
    code: 'LA-SIA',
    what: 'The ministry-level body is confirmed in English as the State Inspection Authority (2025 news); its Lao name, recalled as ອົງການກວດກາລັດຖະບານ (the former Government Inspection Authority), may have changed with it.',
  },
  {
    code: 'LA-PMO',
    what: "The Lao name of the Prime Minister's Office (ຫ້ອງວ່າການສຳນັກງານນາຍົກລັດຖະມົນຕີ) was recalled.",
  },
  {
    code: 'LA-MTC',
    what: 'The Ministry of Technology and Communications (from the 2021 merger of Science and Technology with Posts and Telecommunications) is confirmed among the 17; that it existed from the start of the modelled period (2021-03-24) was recalled.',
  },
  {
    code: 'LA-XS',
    what: 'Xaisomboun: a special region 1994-06 to 2006-01-13 and a province again from 2013 (ISO 3166-2 gave it LA-XS as a province on 2015-11-27); the day of the 2013 decision is not confirmed, which does not matter here since the modelled period starts in 2021.',
  },
  {
    code: 'LA-XI',
    what: 'The Lao name ຊຽງຂວາງ was recalled (the ISO 3166-2:LA excerpt read did not show it); the other 17 provincial Lao names are those of the ISO entry.',
  },
  {
    code: 'vi',
    what: 'Vietnamese names of the provinces and ministries are the Vietnamese press usage as recalled (e.g. Xavannakhệt, Chămpasắc), not an official list.',
  },
  {
    code: '2025',
    what: 'The March 2025 restructuring (17 ministries → 13, approved by the National Assembly on 2025-03-20, mergers to be completed by May) is confirmed by news reports but not applied: the effective date of each merger is not confirmed.',
  },
];
