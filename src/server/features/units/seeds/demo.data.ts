import type { SeedOp } from './seed-ops.ts';

/**
 * Demo organisation tree: "Tỉnh Sơn Hà" / Son Ha Province (code H99), a FICTIONAL
 * Vietnamese province. Its names are invented; its history follows what real provinces
 * went through, so that dated views, lineage and re-aggregation have something to show:
 *
 * - 2008-01-01: the province, 20 provincial departments and agencies, 10 district-level
 *   units (a provincial city, a town, 8 rural districts) and 51 communes, wards and
 *   townships.
 * - 2020-01-01: two communes of Tân Lập district merge into a new commune (the 2019–2021
 *   wave of merging undersized communes).
 * - 2025-03-01: departments are streamlined as provinces did under Decree 45/2025/NĐ-CP:
 *   Planning and Investment → Finance; Labour, Invalids and Social Affairs → Home Affairs;
 *   Natural Resources and Environment + Agriculture and Rural Development → a new
 *   Department of Agriculture and Environment; Transport → Construction; Information and
 *   Communications → Science and Technology; Foreign Affairs → the PPC Office; the Ethnic
 *   Minorities Committee → a new Department of Ethnic Minorities and Religions
 *   (20 → 14 departments and agencies).
 * - 2025-07-01: the district level is abolished. The 50 communes then open become 18 new
 *   communes and wards directly under the province (one old commune is split between two
 *   new ones, across the old district boundary), then every district is closed.
 */
export const DEMO_PROVINCE_CODE = 'H99';

const P = DEMO_PROVINCE_CODE;
const START = '2008-01-01';

type CreateOp = Extract<SeedOp, { op: 'create' }>;

function department(n: string, vi: string, en: string): CreateOp {
  return {
    op: 'create',
    date: START,
    code: `${P}.${n}`,
    kind: 'department',
    names: { vi, en },
    parent: P,
    groups: ['provincial_departments'],
  };
}

function district(n: string, kind: 'district' | 'town' | 'provincial_city', vi: string, en: string): CreateOp {
  return { op: 'create', date: START, code: `${P}.${n}`, kind, names: { vi, en }, parent: P, groups: ['districts'] };
}

function commune(
  districtNo: string,
  n: string,
  kind: 'commune' | 'ward' | 'township',
  vi: string,
  en: string,
  date: string = START,
): CreateOp {
  return {
    op: 'create',
    date,
    code: `${P}.${districtNo}.${n}`,
    kind,
    names: { vi, en },
    parent: `${P}.${districtNo}`,
    groups: ['communes'],
  };
}

/** Old communes (closed on 2025-07-01) → one new commune or ward directly under the province. */
function merge2025(n: string, kind: 'commune' | 'ward', vi: string, en: string, from: string[], note: string): SeedOp {
  return {
    op: 'merge',
    date: '2025-07-01',
    from,
    into: `${P}.${n}`,
    create: { kind, names: { vi, en }, parent: P, groups: ['communes'] },
    note,
  };
}

const DISTRICT_NOTE =
  'District level abolished from 1 July 2025 (two-tier local government); its communes were reorganised into new communes and wards directly under the province.';

export const DEMO_SEED: SeedOp[] = [
  // ── 2008-01-01: the province ────────────────────────────────────────────────────────
  {
    op: 'create',
    date: START,
    code: P,
    kind: 'province',
    names: {
      vi: 'Tỉnh Sơn Hà',
      en: 'Son Ha Province',
      lo: 'ແຂວງເຊີນຮ່າ',
      km: 'ខេត្តសឺនហា',
      th: 'จังหวัดเซินห่า',
    },
    parent: null,
    groups: ['provinces'],
  },

  // ── provincial departments and agencies ─────────────────────────────────────────────
  department('01', 'Văn phòng Ủy ban nhân dân tỉnh', "Office of the Provincial People's Committee"),
  department('02', 'Sở Nội vụ', 'Department of Home Affairs'),
  department('03', 'Sở Tư pháp', 'Department of Justice'),
  department('04', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment'),
  department('05', 'Sở Tài chính', 'Department of Finance'),
  department('06', 'Sở Công Thương', 'Department of Industry and Trade'),
  department('07', 'Sở Nông nghiệp và Phát triển nông thôn', 'Department of Agriculture and Rural Development'),
  department('08', 'Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment'),
  department('09', 'Sở Giao thông vận tải', 'Department of Transport'),
  department('10', 'Sở Xây dựng', 'Department of Construction'),
  department('11', 'Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs'),
  department('12', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'),
  department('13', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology'),
  department('14', 'Sở Thông tin và Truyền thông', 'Department of Information and Communications'),
  department('15', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'),
  department('16', 'Sở Y tế', 'Department of Health'),
  department('17', 'Thanh tra tỉnh', 'Provincial Inspectorate'),
  department('18', 'Ban Dân tộc', 'Ethnic Minorities Committee'),
  department('19', 'Ban Quản lý các khu công nghiệp', 'Industrial Parks Management Board'),
  department('20', 'Sở Ngoại vụ', 'Department of Foreign Affairs'),

  // ── district-level units ────────────────────────────────────────────────────────────
  district('D01', 'provincial_city', 'Thành phố Sơn Hà', 'Son Ha City'),
  district('D02', 'town', 'Thị xã An Phú', 'An Phu Town'),
  district('D03', 'district', 'Huyện Tân Lập', 'Tan Lap District'),
  district('D04', 'district', 'Huyện Thượng Sơn', 'Thuong Son District'),
  district('D05', 'district', 'Huyện Phù Vân', 'Phu Van District'),
  district('D06', 'district', 'Huyện Đồng Xuân', 'Dong Xuan District'),
  district('D07', 'district', 'Huyện Minh Hòa', 'Minh Hoa District'),
  district('D08', 'district', 'Huyện Ngọc Khê', 'Ngoc Khe District'),
  district('D09', 'district', 'Huyện Trường Xuân', 'Truong Xuan District'),
  district('D10', 'district', 'Huyện Phước Lâm', 'Phuoc Lam District'),

  // ── communes, wards and townships ───────────────────────────────────────────────────
  commune('D01', '01', 'ward', 'Phường Trần Phú', 'Tran Phu Ward'),
  commune('D01', '02', 'ward', 'Phường Lê Lợi', 'Le Loi Ward'),
  commune('D01', '03', 'ward', 'Phường Quang Trung', 'Quang Trung Ward'),
  commune('D01', '04', 'ward', 'Phường Nam Sơn', 'Nam Son Ward'),
  commune('D01', '05', 'commune', 'Xã Hà Thanh', 'Ha Thanh Commune'),
  commune('D01', '06', 'commune', 'Xã Hà Phong', 'Ha Phong Commune'),

  commune('D02', '01', 'ward', 'Phường An Lạc', 'An Lac Ward'),
  commune('D02', '02', 'ward', 'Phường An Bình', 'An Binh Ward'),
  commune('D02', '03', 'ward', 'Phường Phú Thịnh', 'Phu Thinh Ward'),
  commune('D02', '04', 'commune', 'Xã Phú Hòa', 'Phu Hoa Commune'),
  commune('D02', '05', 'commune', 'Xã Phú Cường', 'Phu Cuong Commune'),

  commune('D03', '01', 'township', 'Thị trấn Tân Lập', 'Tan Lap Township'),
  commune('D03', '02', 'commune', 'Xã Tân Phong', 'Tan Phong Commune'),
  commune('D03', '03', 'commune', 'Xã Tân Hưng', 'Tan Hung Commune'),
  commune('D03', '04', 'commune', 'Xã Tân Mỹ', 'Tan My Commune'),
  commune('D03', '05', 'commune', 'Xã Tân Tiến', 'Tan Tien Commune'),

  commune('D04', '01', 'township', 'Thị trấn Thượng Sơn', 'Thuong Son Township'),
  commune('D04', '02', 'commune', 'Xã Sơn Thủy', 'Son Thuy Commune'),
  commune('D04', '03', 'commune', 'Xã Sơn Lâm', 'Son Lam Commune'),
  commune('D04', '04', 'commune', 'Xã Sơn Tiến', 'Son Tien Commune'),
  commune('D04', '05', 'commune', 'Xã Sơn Kim', 'Son Kim Commune'),

  commune('D05', '01', 'township', 'Thị trấn Phù Vân', 'Phu Van Township'),
  commune('D05', '02', 'commune', 'Xã Vân Hội', 'Van Hoi Commune'),
  commune('D05', '03', 'commune', 'Xã Vân Du', 'Van Du Commune'),
  commune('D05', '04', 'commune', 'Xã Vân Sơn', 'Van Son Commune'),
  commune('D05', '05', 'commune', 'Xã Vân Trường', 'Van Truong Commune'),

  commune('D06', '01', 'township', 'Thị trấn Đồng Xuân', 'Dong Xuan Township'),
  commune('D06', '02', 'commune', 'Xã Xuân Lãnh', 'Xuan Lanh Commune'),
  commune('D06', '03', 'commune', 'Xã Xuân Quang', 'Xuan Quang Commune'),
  commune('D06', '04', 'commune', 'Xã Xuân Sơn', 'Xuan Son Commune'),
  commune('D06', '05', 'commune', 'Xã Xuân Phước', 'Xuan Phuoc Commune'),

  commune('D07', '01', 'township', 'Thị trấn Minh Hòa', 'Minh Hoa Township'),
  commune('D07', '02', 'commune', 'Xã Minh Tân', 'Minh Tan Commune'),
  commune('D07', '03', 'commune', 'Xã Minh Đức', 'Minh Duc Commune'),
  commune('D07', '04', 'commune', 'Xã Minh Châu', 'Minh Chau Commune'),
  commune('D07', '05', 'commune', 'Xã Minh Khai', 'Minh Khai Commune'),

  commune('D08', '01', 'township', 'Thị trấn Ngọc Khê', 'Ngoc Khe Township'),
  commune('D08', '02', 'commune', 'Xã Ngọc Lâm', 'Ngoc Lam Commune'),
  commune('D08', '03', 'commune', 'Xã Ngọc Sơn', 'Ngoc Son Commune'),
  commune('D08', '04', 'commune', 'Xã Khê Thượng', 'Khe Thuong Commune'),
  commune('D08', '05', 'commune', 'Xã Khê Hạ', 'Khe Ha Commune'),

  commune('D09', '01', 'township', 'Thị trấn Trường Xuân', 'Truong Xuan Township'),
  commune('D09', '02', 'commune', 'Xã Trường Sơn', 'Truong Son Commune'),
  commune('D09', '03', 'commune', 'Xã Trường Thịnh', 'Truong Thinh Commune'),
  commune('D09', '04', 'commune', 'Xã Trường Giang', 'Truong Giang Commune'),
  commune('D09', '05', 'commune', 'Xã Trường An', 'Truong An Commune'),

  commune('D10', '01', 'township', 'Thị trấn Phước Lâm', 'Phuoc Lam Township'),
  commune('D10', '02', 'commune', 'Xã Phước Hưng', 'Phuoc Hung Commune'),
  commune('D10', '03', 'commune', 'Xã Phước Thuận', 'Phuoc Thuan Commune'),
  commune('D10', '04', 'commune', 'Xã Lâm Hòa', 'Lam Hoa Commune'),
  commune('D10', '05', 'commune', 'Xã Lâm Phú', 'Lam Phu Commune'),

  // ── 2020-01-01: merging undersized communes ─────────────────────────────────────────
  {
    op: 'merge',
    date: '2020-01-01',
    from: [`${P}.D03.03`, `${P}.D03.04`],
    into: `${P}.D03.06`,
    create: {
      kind: 'commune',
      names: { vi: 'Xã Hưng Mỹ', en: 'Hung My Commune' },
      parent: `${P}.D03`,
      groups: ['communes'],
    },
    note: 'Tân Hưng and Tân Mỹ communes, both below the area and population standards, merged into the new Hưng Mỹ commune.',
  },

  // ── 2025-03-01: streamlining the provincial departments ─────────────────────────────
  {
    op: 'merge',
    date: '2025-03-01',
    from: [`${P}.04`],
    into: `${P}.05`,
    note: 'Department of Planning and Investment merged into the Department of Finance, which continues under its name.',
  },
  {
    op: 'merge',
    date: '2025-03-01',
    from: [`${P}.11`],
    into: `${P}.02`,
    note: 'Department of Labour, Invalids and Social Affairs merged into the Department of Home Affairs (labour, wages, employment, meritorious people, social insurance, gender equality). Vocational education went to Education and Training; social protection, children and prevention of social evils to Health; poverty reduction to Agriculture and Environment.',
  },
  {
    op: 'merge',
    date: '2025-03-01',
    from: [`${P}.07`, `${P}.08`],
    into: `${P}.21`,
    create: {
      kind: 'department',
      names: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
      parent: P,
      groups: ['provincial_departments'],
    },
    note: 'Department of Natural Resources and Environment and Department of Agriculture and Rural Development merged into the new Department of Agriculture and Environment.',
  },
  {
    op: 'merge',
    date: '2025-03-01',
    from: [`${P}.09`],
    into: `${P}.10`,
    note: 'Department of Transport merged into the Department of Construction, which continues under its name.',
  },
  {
    op: 'merge',
    date: '2025-03-01',
    from: [`${P}.14`],
    into: `${P}.13`,
    note: 'Department of Information and Communications merged into the Department of Science and Technology; press, publishing and grassroots information went to Culture, Sports and Tourism.',
  },
  {
    op: 'merge',
    date: '2025-03-01',
    from: [`${P}.18`],
    into: `${P}.22`,
    create: {
      kind: 'department',
      names: { vi: 'Sở Dân tộc và Tôn giáo', en: 'Department of Ethnic Minorities and Religions' },
      parent: P,
      groups: ['provincial_departments'],
    },
    note: 'New Department of Ethnic Minorities and Religions established on the basis of the Ethnic Minorities Committee, taking over religious affairs from the Department of Home Affairs.',
  },
  {
    op: 'merge',
    date: '2025-03-01',
    from: [`${P}.20`],
    into: `${P}.01`,
    note: "Department of Foreign Affairs dissolved; its functions transferred to the Office of the Provincial People's Committee.",
  },

  // ── 2025-07-01: two-tier local government; new communes and wards ───────────────────
  // Hà Phong commune is divided first: its eastern part goes to the new Nam Sơn ward,
  // the rest to the new Phú Cường commune (across the old city/town boundary).
  {
    op: 'split',
    date: '2025-07-01',
    from: `${P}.D01.06`,
    into: [
      {
        code: `${P}.X02`,
        kind: 'ward',
        names: { vi: 'Phường Nam Sơn', en: 'Nam Son Ward' },
        parent: P,
        groups: ['communes'],
        share: 0.35,
      },
      {
        code: `${P}.X04`,
        kind: 'commune',
        names: { vi: 'Xã Phú Cường', en: 'Phu Cuong Commune' },
        parent: P,
        groups: ['communes'],
        share: 0.65,
      },
    ],
    note: 'Hà Phong commune divided: about 35% of its area and population (the villages bordering the city) joins the new Nam Sơn ward, the rest the new Phú Cường commune.',
  },
  merge2025(
    'X01',
    'ward',
    'Phường Sơn Hà',
    'Son Ha Ward',
    [`${P}.D01.01`, `${P}.D01.02`, `${P}.D01.03`],
    'Trần Phú, Lê Lợi and Quang Trung wards of Sơn Hà city merged into the new Sơn Hà ward.',
  ),
  {
    op: 'merge',
    date: '2025-07-01',
    from: [`${P}.D01.04`, `${P}.D01.05`],
    into: `${P}.X02`,
    note: 'Nam Sơn ward and Hà Thanh commune of Sơn Hà city merged into the new Nam Sơn ward (with part of Hà Phong commune).',
  },
  merge2025(
    'X03',
    'ward',
    'Phường An Phú',
    'An Phu Ward',
    [`${P}.D02.01`, `${P}.D02.02`, `${P}.D02.03`],
    'An Lạc, An Bình and Phú Thịnh wards of An Phú town merged into the new An Phú ward.',
  ),
  {
    op: 'merge',
    date: '2025-07-01',
    from: [`${P}.D02.04`, `${P}.D02.05`],
    into: `${P}.X04`,
    note: 'Phú Hòa and Phú Cường communes of An Phú town merged into the new Phú Cường commune (with part of Hà Phong commune).',
  },
  merge2025(
    'X05',
    'commune',
    'Xã Tân Lập',
    'Tan Lap Commune',
    [`${P}.D03.01`, `${P}.D03.02`, `${P}.D03.05`],
    'Tân Lập township and Tân Phong and Tân Tiến communes merged into the new Tân Lập commune.',
  ),
  merge2025(
    'X06',
    'commune',
    'Xã Hưng Sơn',
    'Hung Son Commune',
    [`${P}.D03.06`, `${P}.D04.04`, `${P}.D04.05`],
    'Hưng Mỹ commune (Tân Lập district) and Sơn Tiến and Sơn Kim communes (Thượng Sơn district) merged into the new Hưng Sơn commune.',
  ),
  merge2025(
    'X07',
    'commune',
    'Xã Thượng Sơn',
    'Thuong Son Commune',
    [`${P}.D04.01`, `${P}.D04.02`, `${P}.D04.03`],
    'Thượng Sơn township and Sơn Thủy and Sơn Lâm communes merged into the new Thượng Sơn commune.',
  ),
  merge2025(
    'X08',
    'commune',
    'Xã Phù Vân',
    'Phu Van Commune',
    [`${P}.D05.01`, `${P}.D05.02`, `${P}.D05.03`],
    'Phù Vân township and Vân Hội and Vân Du communes merged into the new Phù Vân commune.',
  ),
  merge2025(
    'X09',
    'commune',
    'Xã Vân Sơn',
    'Van Son Commune',
    [`${P}.D05.04`, `${P}.D05.05`],
    'Vân Sơn and Vân Trường communes merged into the new Vân Sơn commune.',
  ),
  merge2025(
    'X10',
    'commune',
    'Xã Đồng Xuân',
    'Dong Xuan Commune',
    [`${P}.D06.01`, `${P}.D06.02`, `${P}.D06.03`],
    'Đồng Xuân township and Xuân Lãnh and Xuân Quang communes merged into the new Đồng Xuân commune.',
  ),
  merge2025(
    'X11',
    'commune',
    'Xã Xuân Phước',
    'Xuan Phuoc Commune',
    [`${P}.D06.04`, `${P}.D06.05`],
    'Xuân Sơn and Xuân Phước communes merged into the new Xuân Phước commune.',
  ),
  merge2025(
    'X12',
    'commune',
    'Xã Minh Hòa',
    'Minh Hoa Commune',
    [`${P}.D07.01`, `${P}.D07.02`, `${P}.D07.03`],
    'Minh Hòa township and Minh Tân and Minh Đức communes merged into the new Minh Hòa commune.',
  ),
  merge2025(
    'X13',
    'commune',
    'Xã Minh Châu',
    'Minh Chau Commune',
    [`${P}.D07.04`, `${P}.D07.05`],
    'Minh Châu and Minh Khai communes merged into the new Minh Châu commune.',
  ),
  merge2025(
    'X14',
    'commune',
    'Xã Ngọc Khê',
    'Ngoc Khe Commune',
    [`${P}.D08.01`, `${P}.D08.02`, `${P}.D08.03`],
    'Ngọc Khê township and Ngọc Lâm and Ngọc Sơn communes merged into the new Ngọc Khê commune.',
  ),
  merge2025(
    'X15',
    'commune',
    'Xã Khê Sơn',
    'Khe Son Commune',
    [`${P}.D08.04`, `${P}.D08.05`],
    'Khê Thượng and Khê Hạ communes merged into the new Khê Sơn commune.',
  ),
  merge2025(
    'X16',
    'commune',
    'Xã Trường Xuân',
    'Truong Xuan Commune',
    [`${P}.D09.01`, `${P}.D09.02`, `${P}.D09.03`],
    'Trường Xuân township and Trường Sơn and Trường Thịnh communes merged into the new Trường Xuân commune.',
  ),
  merge2025(
    'X17',
    'commune',
    'Xã Phước Lâm',
    'Phuoc Lam Commune',
    [`${P}.D10.01`, `${P}.D10.02`, `${P}.D10.03`],
    'Phước Lâm township and Phước Hưng and Phước Thuận communes merged into the new Phước Lâm commune.',
  ),
  merge2025(
    'X18',
    'commune',
    'Xã Trường Lâm',
    'Truong Lam Commune',
    [`${P}.D09.04`, `${P}.D09.05`, `${P}.D10.04`, `${P}.D10.05`],
    'Trường Giang and Trường An communes (Trường Xuân district) and Lâm Hòa and Lâm Phú communes (Phước Lâm district) merged into the new Trường Lâm commune.',
  ),

  // ── 2025-07-01: the district level ends (every district now has no open children) ────
  ...['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10'].map(
    (d): SeedOp => ({ op: 'close', code: `${P}.${d}`, date: '2025-07-01', note: DISTRICT_NOTE }),
  ),
];

/** codes the demo accounts are granted on (used by the demo-accounts seeding) */
export const DEMO_ACCOUNT_UNITS = {
  /** Sở Nội vụ — the PAR secretariat of the province */
  department: `${P}.02`,
  /** Xã Tân Lập, created 2025-07-01 */
  commune: `${P}.X05`,
  /** Xã Phù Vân, created 2025-07-01 */
  otherCommune: `${P}.X08`,
};
