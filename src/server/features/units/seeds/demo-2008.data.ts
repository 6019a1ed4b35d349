import type { SeedOp } from './seed-ops.ts';
import { commune, department, district, P, START } from './demo-builders.ts';
import { placeNames } from './demo-place-names.ts';

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
  department('01', { vi: 'Văn phòng Ủy ban nhân dân tỉnh', en: "Office of the Provincial People's Committee", lo: 'ຫ້ອງການຄະນະກຳມະການປະຊາຊົນແຂວງ', km: 'ការិយាល័យគណៈកម្មាធិការប្រជាជនខេត្ត', th: 'สำนักงานคณะกรรมการประชาชนจังหวัด' }),
  department('02', { vi: 'Sở Nội vụ', en: 'Department of Home Affairs', lo: 'ພະແນກພາຍໃນ', km: 'មន្ទីរមហាផ្ទៃ', th: 'กรมกิจการภายใน' }),
  department('03', { vi: 'Sở Tư pháp', en: 'Department of Justice', lo: 'ພະແນກຍຸຕິທຳ', km: 'មន្ទីរយុត្តិធម៌', th: 'กรมยุติธรรม' }),
  department('04', { vi: 'Sở Kế hoạch và Đầu tư', en: 'Department of Planning and Investment', lo: 'ພະແນກແຜນການ ແລະ ການລົງທຶນ', km: 'មន្ទីរផែនការ និងវិនិយោគ', th: 'กรมแผนงานและการลงทุน' }),
  department('05', { vi: 'Sở Tài chính', en: 'Department of Finance', lo: 'ພະແນກການເງິນ', km: 'មន្ទីរហិរញ្ញវត្ថុ', th: 'กรมการคลัง' }),
  department('06', { vi: 'Sở Công Thương', en: 'Department of Industry and Trade', lo: 'ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ', km: 'មន្ទីរឧស្សាហកម្ម និងពាណិជ្ជកម្ម', th: 'กรมอุตสาหกรรมและการค้า' }),
  department('07', { vi: 'Sở Nông nghiệp và Phát triển nông thôn', en: 'Department of Agriculture and Rural Development', lo: 'ພະແນກກະສິກຳ ແລະ ພັດທະນາຊົນນະບົດ', km: 'មន្ទីរកសិកម្ម និងអភិវឌ្ឍន៍ជនបទ', th: 'กรมเกษตรและพัฒนาชนบท' }),
  department('08', { vi: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment', lo: 'ພະແນກຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ', km: 'មន្ទីរធនធានធម្មជាតិ និងបរិស្ថាន', th: 'กรมทรัพยากรธรรมชาติและสิ่งแวดล้อม' }),
  department('09', { vi: 'Sở Giao thông vận tải', en: 'Department of Transport', lo: 'ພະແນກຄົມມະນາຄົມ ແລະ ຂົນສົ່ງ', km: 'មន្ទីរដឹកជញ្ជូន', th: 'กรมการขนส่ง' }),
  department('10', { vi: 'Sở Xây dựng', en: 'Department of Construction', lo: 'ພະແນກກໍ່ສ້າງ', km: 'មន្ទីរសំណង់', th: 'กรมการก่อสร้าง' }),
  department('11', { vi: 'Sở Lao động - Thương binh và Xã hội', en: 'Department of Labour, Invalids and Social Affairs', lo: 'ພະແນກແຮງງານ, ທະຫານເສຍອົງຄະ ແລະ ສະຫວັດດີການສັງຄົມ', km: 'មន្ទីរការងារ យុទ្ធជនពិការ និងសង្គមកិច្ច', th: 'กรมแรงงาน ทหารผ่านศึกพิการ และสวัสดิการสังคม' }),
  department('12', { vi: 'Sở Văn hóa, Thể thao và Du lịch', en: 'Department of Culture, Sports and Tourism', lo: 'ພະແນກວັດທະນະທຳ, ກິລາ ແລະ ທ່ອງທ່ຽວ', km: 'មន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍', th: 'กรมวัฒนธรรม กีฬา และการท่องเที่ยว' }),
  department('13', { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology', lo: 'ພະແນກວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີ', km: 'មន្ទីរវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យា', th: 'กรมวิทยาศาสตร์และเทคโนโลยี' }),
  department('14', { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications', lo: 'ພະແນກຂໍ້ມູນຂ່າວສານ ແລະ ການສື່ສານ', km: 'មន្ទីរព័ត៌មាន និងគមនាគមន៍', th: 'กรมสารสนเทศและการสื่อสาร' }),
  department('15', { vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training', lo: 'ພະແນກສຶກສາ ແລະ ບຳລຸງສ້າງ', km: 'មន្ទីរអប់រំ និងបណ្តុះបណ្តាល', th: 'กรมการศึกษาและฝึกอบรม' }),
  department('16', { vi: 'Sở Y tế', en: 'Department of Health', lo: 'ພະແນກສາທາລະນະສຸກ', km: 'មន្ទីរសុខាភិបាល', th: 'กรมสาธารณสุข' }),
  department('17', { vi: 'Thanh tra tỉnh', en: 'Provincial Inspectorate', lo: 'ອົງການກວດກາແຂວງ', km: 'អធិការដ្ឋានខេត្ត', th: 'สำนักงานตรวจการจังหวัด' }),
  department('18', { vi: 'Ban Dân tộc', en: 'Ethnic Minorities Committee', lo: 'ຄະນະຊົນເຜົ່າແຂວງ', km: 'គណៈកម្មាធិការជនជាតិភាគតិច', th: 'คณะกรรมการชนกลุ่มน้อย' }),
  department('19', { vi: 'Ban Quản lý các khu công nghiệp', en: 'Industrial Parks Management Board', lo: 'ຄະນະຄຸ້ມຄອງເຂດອຸດສາຫະກຳ', km: 'គណៈគ្រប់គ្រងតំបន់ឧស្សាហកម្ម', th: 'คณะกรรมการบริหารนิคมอุตสาหกรรม' }),
  department('20', { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs', lo: 'ພະແນກການຕ່າງປະເທດ', km: 'មន្ទីរការបរទេស', th: 'กรมการต่างประเทศ' }),

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
      names: placeNames('Xã Hưng Mỹ', 'Hung My Commune'),
      parent: `${P}.D03`,
      groups: ['communes'],
    },
    note: 'Tân Hưng and Tân Mỹ communes, both below the area and population standards, merged into the new Hưng Mỹ commune.',
  },

];
