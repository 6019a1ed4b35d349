import type { SeedOp } from './seed-ops.ts';
import { commune, department, district, P, START } from './demo-builders.ts';

/** Demo province, 2008–2024: the province as founded, and the 2020 commune merger. */
export const DEMO_BEFORE_2025: SeedOp[] = [
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

];
