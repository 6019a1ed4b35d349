import type { Procedure } from '../../../../shared/contracts/dossiers.ts';
import type { Locale } from '../../../../shared/locales.ts';

type Names = Record<Locale, string>;

/** The demo catalogue's fields, in the five languages (`field` is the Vietnamese name). */
const FIELDS = {
  certification: { vi: 'Chứng thực', en: 'Certification', lo: 'ການຢັ້ງຢືນເອກະສານ', km: 'ការបញ្ជាក់ឯកសារ', th: 'การรับรองเอกสาร' },
  civilStatus: { vi: 'Hộ tịch', en: 'Civil status', lo: 'ການຈົດທະບຽນພົນລະເມືອງ', km: 'អត្រានុកូលដ្ឋាន', th: 'การทะเบียนราษฎร' },
  residence: { vi: 'Cư trú', en: 'Residence', lo: 'ການພັກເຊົາ', km: 'ការស្នាក់នៅ', th: 'การพำนักอาศัย' },
  land: { vi: 'Đất đai', en: 'Land', lo: 'ທີ່ດິນ', km: 'ដីធ្លី', th: 'ที่ดิน' },
  socialProtection: { vi: 'Bảo trợ xã hội', en: 'Social protection', lo: 'ການຊ່ວຍເຫຼືອສັງຄົມ', km: 'ការគាំពារសង្គម', th: 'การคุ้มครองทางสังคม' },
  construction: { vi: 'Xây dựng', en: 'Construction', lo: 'ການກໍ່ສ້າງ', km: 'សំណង់', th: 'การก่อสร้าง' },
  business: { vi: 'Đăng ký kinh doanh', en: 'Business registration', lo: 'ການຈົດທະບຽນວິສາຫະກິດ', km: 'ការចុះបញ្ជីអាជីវកម្ម', th: 'การจดทะเบียนธุรกิจ' },
  judicialRecords: { vi: 'Lý lịch tư pháp', en: 'Judicial records', lo: 'ປະຫວັດທາງຄະດີ', km: 'ព្រឹត្តិបត្រព្រហ្មទណ្ឌ', th: 'ประวัติทางคดีอาญา' },
  roads: { vi: 'Đường bộ', en: 'Road transport', lo: 'ການຂົນສົ່ງທາງບົກ', km: 'ដឹកជញ្ជូនផ្លូវគោក', th: 'การขนส่งทางบก' },
  employment: { vi: 'Việc làm', en: 'Employment', lo: 'ການຈ້າງງານ', km: 'ការងារ', th: 'การจ้างงาน' },
  health: { vi: 'Y tế', en: 'Health', lo: 'ສາທາລະນະສຸກ', km: 'សុខាភិបាល', th: 'สาธารณสุข' },
} satisfies Record<string, Names>;

type DemoProcedure = Procedure & { names: Names; fieldNames: Names; weight: number; tier: 'commune' | 'department' };

function procedure(code: string, names: Names, field: Names, rest: Omit<DemoProcedure, 'code' | 'names' | 'field' | 'fieldNames'>): DemoProcedure {
  return { code, names, field: field.vi, fieldNames: field, ...rest };
}

const commune = (statutoryDays: number, feeRequired: boolean, onlineLevel: Procedure['onlineLevel'], weight: number) => ({ level: 'Cấp xã', statutoryDays, feeRequired, onlineLevel, weight, tier: 'commune' as const });
const province = (statutoryDays: number, feeRequired: boolean, onlineLevel: Procedure['onlineLevel'], weight: number) => ({ level: 'Cấp tỉnh', statutoryDays, feeRequired, onlineLevel, weight, tier: 'department' as const });

/**
 * A small procedure catalogue for the demo province, names and fields in the five languages.
 * Codes follow the national database's form; names and figures are illustrative (statutory
 * days, fees and online levels of the kind these procedures have), not an extract of the
 * official catalogue.
 */
export const DEMO_PROCEDURES: DemoProcedure[] = [
  procedure('2.000815', { vi: 'Chứng thực bản sao từ bản chính', en: 'Certified copy from the original', lo: 'ການຢັ້ງຢືນສຳເນົາຈາກສະບັບຕົ້ນ', km: 'ការបញ្ជាក់ច្បាប់ចម្លងពីច្បាប់ដើម', th: 'การรับรองสำเนาจากต้นฉบับ' }, FIELDS.certification, commune(1, true, 'full', 30)),
  procedure('1.001193', { vi: 'Đăng ký khai sinh', en: 'Birth registration', lo: 'ການແຈ້ງເກີດ', km: 'ការចុះបញ្ជីកំណើត', th: 'การจดทะเบียนการเกิด' }, FIELDS.civilStatus, commune(1, false, 'full', 10)),
  procedure('1.000894', { vi: 'Đăng ký kết hôn', en: 'Marriage registration', lo: 'ການຈົດທະບຽນແຕ່ງງານ', km: 'ការចុះបញ្ជីអាពាហ៍ពិពាហ៍', th: 'การจดทะเบียนสมรส' }, FIELDS.civilStatus, commune(3, false, 'partial', 4)),
  procedure('1.004222', { vi: 'Cấp bản sao trích lục hộ tịch', en: 'Copy of a civil status extract', lo: 'ການອອກສຳເນົາບົດຄັດຫຍໍ້ທະບຽນພົນລະເມືອງ', km: 'ការចេញច្បាប់ចម្លងសេចក្តីដកស្រង់អត្រានុកូលដ្ឋាន', th: 'การออกสำเนาบันทึกทะเบียนราษฎร' }, FIELDS.civilStatus, commune(1, true, 'full', 8)),
  procedure('1.003062', { vi: 'Đăng ký thường trú', en: 'Permanent residence registration', lo: 'ການຈົດທະບຽນທີ່ຢູ່ຖາວອນ', km: 'ការចុះបញ្ជីទីលំនៅអចិន្ត្រៃយ៍', th: 'การจดทะเบียนที่อยู่ถาวร' }, FIELDS.residence, commune(7, true, 'full', 6)),
  procedure('1.008004', { vi: 'Đăng ký biến động đất đai', en: 'Land change registration', lo: 'ການຈົດທະບຽນການປ່ຽນແປງທີ່ດິນ', km: 'ការចុះបញ្ជីបម្រែបម្រួលដីធ្លី', th: 'การจดทะเบียนการเปลี่ยนแปลงที่ดิน' }, FIELDS.land, commune(10, true, 'partial', 7)),
  procedure('1.010723', { vi: 'Trợ cấp xã hội hằng tháng', en: 'Monthly social allowance', lo: 'ເງິນອຸດໜູນສັງຄົມປະຈຳເດືອນ', km: 'ប្រាក់ឧបត្ថម្ភសង្គមប្រចាំខែ', th: 'เงินสงเคราะห์ทางสังคมรายเดือน' }, FIELDS.socialProtection, commune(20, false, 'partial', 3)),
  procedure('2.001610', { vi: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', en: 'Building permit for a private house', lo: 'ການອອກໃບອະນຸຍາດກໍ່ສ້າງເຮືອນສ່ວນບຸກຄົນ', km: 'ការចេញលិខិតអនុញ្ញាតសាងសង់លំនៅដ្ឋានឯកជន', th: 'การออกใบอนุญาตก่อสร้างบ้านเดี่ยว' }, FIELDS.construction, commune(15, true, 'partial', 4)),
  procedure('2.000376', { vi: 'Đăng ký thành lập hộ kinh doanh', en: 'Household business registration', lo: 'ການຈົດທະບຽນທຸລະກິດຄອບຄົວ', km: 'ការចុះបញ្ជីអាជីវកម្មគ្រួសារ', th: 'การจดทะเบียนธุรกิจครัวเรือน' }, FIELDS.business, commune(3, true, 'full', 5)),
  procedure('1.001612', { vi: 'Đăng ký thành lập doanh nghiệp', en: 'Enterprise registration', lo: 'ການຈົດທະບຽນສ້າງຕັ້ງວິສາຫະກິດ', km: 'ការចុះបញ្ជីបង្កើតសហគ្រាស', th: 'การจดทะเบียนจัดตั้งวิสาหกิจ' }, FIELDS.business, province(3, true, 'full', 6)),
  procedure('2.002163', { vi: 'Cấp lý lịch tư pháp', en: 'Criminal record certificate', lo: 'ການອອກໃບຢັ້ງຢືນປະຫວັດທາງຄະດີ', km: 'ការចេញព្រឹត្តិបត្រព្រហ្មទណ្ឌ', th: 'การออกหนังสือรับรองประวัติอาชญากรรม' }, FIELDS.judicialRecords, province(10, true, 'full', 6)),
  procedure('1.002804', { vi: 'Đổi giấy phép lái xe', en: 'Driving licence renewal', lo: 'ການປ່ຽນໃບຂັບຂີ່', km: 'ការប្តូរប័ណ្ណបើកបរ', th: 'การเปลี่ยนใบอนุญาตขับรถ' }, FIELDS.roads, province(5, true, 'full', 5)),
  procedure('1.004227', { vi: 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', en: 'First land use right certificate', lo: 'ການອອກໃບຢັ້ງຢືນສິດນຳໃຊ້ທີ່ດິນຄັ້ງທຳອິດ', km: 'ការចេញវិញ្ញាបនបត្រសិទ្ធិប្រើប្រាស់ដីលើកដំបូង', th: 'การออกหนังสือรับรองสิทธิการใช้ที่ดินครั้งแรก' }, FIELDS.land, province(30, true, 'partial', 3)),
  procedure('1.009994', { vi: 'Cấp giấy phép lao động cho người nước ngoài', en: 'Work permit for a foreign national', lo: 'ການອອກໃບອະນຸຍາດເຮັດວຽກໃຫ້ຄົນຕ່າງປະເທດ', km: 'ការចេញប័ណ្ណការងារជូនជនបរទេស', th: 'การออกใบอนุญาตทำงานให้คนต่างด้าว' }, FIELDS.employment, province(5, true, 'full', 2)),
  procedure('1.001611', { vi: 'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh', en: 'Medical practising certificate', lo: 'ການອອກໃບອະນຸຍາດປະກອບອາຊີບກວດພະຍາດ ແລະ ປິ່ນປົວ', km: 'ការចេញវិញ្ញាបនបត្រប្រកបវិជ្ជាជីវៈពិនិត្យ និងព្យាបាលជំងឺ', th: 'การออกใบอนุญาตประกอบวิชาชีพการตรวจรักษาโรค' }, FIELDS.health, province(20, true, 'partial', 1)),
  procedure('2.000288', { vi: 'Thẩm định thiết kế xây dựng', en: 'Appraisal of a construction design', lo: 'ການປະເມີນແບບກໍ່ສ້າງ', km: 'ការវាយតម្លៃប្លង់សំណង់', th: 'การตรวจพิจารณาแบบก่อสร้าง' }, FIELDS.construction, province(20, true, 'none', 1)),
];
