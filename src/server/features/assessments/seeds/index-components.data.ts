import type { IndexComponent } from '../../../../shared/contracts/standings.ts';
import { TEMPLATES } from '../templates/index.ts';

/**
 * The published components of the shipped indices, keyed as a published table's `component`
 * column names them. PAR INDEX's are the eight areas of Decision 876's provincial framework
 * (A1…A8, named as the shipped template names them); SIPAS's its five elements (as the
 * one-stop questionnaire template keys them); PCI's the ten sub-indices VCCI publishes since
 * 2017; PAPI's its eight dimensions. The translations of PCI's and PAPI's names are ours.
 */
const n = (vi: string, en: string, lo: string, km: string, th: string) => ({ vi, en, lo, km, th });

const PAR_INDEX: IndexComponent[] = TEMPLATES.find((t) => t.code === 'PAR-INDEX-PROVINCE-876')!.areas.map((a, i) => ({ key: `A${i + 1}`, names: a.names }));

const SIPAS: IndexComponent[] = [
  { key: 'access', names: n('Tiếp cận dịch vụ', 'Access to the service', 'ການເຂົ້າເຖິງການບໍລິການ', 'ការទទួលបានសេវា', 'การเข้าถึงบริการ') },
  { key: 'procedures', names: n('Thủ tục hành chính', 'Administrative procedures', 'ຂັ້ນຕອນການບໍລິຫານ', 'នីតិវិធីរដ្ឋបាល', 'กระบวนงานทางปกครอง') },
  { key: 'civil_servants', names: n('Công chức trực tiếp giải quyết công việc', 'Civil servants handling the case', 'ພະນັກງານ-ລັດຖະກອນທີ່ແກ້ໄຂວຽກໂດຍກົງ', 'មន្ត្រីរាជការដែលដោះស្រាយការងារដោយផ្ទាល់', 'เจ้าหน้าที่ผู้ดำเนินการเรื่องโดยตรง') },
  { key: 'results', names: n('Kết quả giải quyết thủ tục hành chính', 'Results of the service', 'ຜົນຂອງການບໍລິການ', 'លទ្ធផលនៃសេវា', 'ผลการให้บริการ') },
  { key: 'feedback', names: n('Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 'Receipt and handling of feedback and complaints', 'ການຮັບ ແລະ ແກ້ໄຂຄຳຄິດເຫັນ, ຄຳຮ້ອງທຸກ', 'ការទទួល និងដោះស្រាយមតិយោបល់ និងបណ្តឹង', 'การรับและจัดการข้อเสนอแนะและข้อร้องเรียน') },
];

const PCI: IndexComponent[] = [
  { key: 'entry_costs', names: n('Gia nhập thị trường', 'Entry costs', 'ຕົ້ນທຶນການເຂົ້າສູ່ຕະຫຼາດ', 'ថ្លៃដើមនៃការចូលទីផ្សារ', 'ต้นทุนการเข้าสู่ตลาด') },
  { key: 'land_access', names: n('Tiếp cận đất đai', 'Land access and security of tenure', 'ການເຂົ້າເຖິງທີ່ດິນ', 'ការទទួលបានដីធ្លី', 'การเข้าถึงที่ดิน') },
  { key: 'transparency', names: n('Tính minh bạch', 'Transparency', 'ຄວາມໂປ່ງໃສ', 'តម្លាភាព', 'ความโปร่งใส') },
  { key: 'time_costs', names: n('Chi phí thời gian', 'Time costs', 'ຕົ້ນທຶນດ້ານເວລາ', 'ថ្លៃដើមពេលវេលា', 'ต้นทุนด้านเวลา') },
  { key: 'informal_charges', names: n('Chi phí không chính thức', 'Informal charges', 'ຄ່າໃຊ້ຈ່າຍທີ່ບໍ່ເປັນທາງການ', 'ការចំណាយក្រៅផ្លូវការ', 'ค่าใช้จ่ายที่ไม่เป็นทางการ') },
  { key: 'policy_bias', names: n('Cạnh tranh bình đẳng', 'Equal competition (policy bias)', 'ການແຂ່ງຂັນຢ່າງສະເໝີພາບ', 'ការប្រកួតប្រជែងស្មើភាព', 'การแข่งขันที่เท่าเทียม') },
  { key: 'proactivity', names: n('Tính năng động của chính quyền tỉnh', 'Proactivity of the provincial leadership', 'ຄວາມຕື່ນຕົວຂອງອຳນາດການປົກຄອງແຂວງ', 'ភាពសកម្មនៃអាជ្ញាធរខេត្ត', 'ความกระตือรือร้นของผู้บริหารจังหวัด') },
  { key: 'business_support', names: n('Dịch vụ hỗ trợ doanh nghiệp', 'Business support services', 'ການບໍລິການຊ່ວຍເຫຼືອທຸລະກິດ', 'សេវាគាំទ្រអាជីវកម្ម', 'บริการสนับสนุนธุรกิจ') },
  { key: 'labour_training', names: n('Đào tạo lao động', 'Labour training', 'ການຝຶກອົບຮົມແຮງງານ', 'ការបណ្តុះបណ្តាលកម្លាំងពលកម្ម', 'การฝึกอบรมแรงงาน') },
  { key: 'legal_institutions', names: n('Thiết chế pháp lý và an ninh trật tự', 'Legal institutions and law and order', 'ສະຖາບັນກົດໝາຍ ແລະ ຄວາມສະຫງົບ', 'ស្ថាប័នច្បាប់ និងសណ្តាប់ធ្នាប់', 'สถาบันทางกฎหมายและความสงบเรียบร้อย') },
];

const PAPI: IndexComponent[] = [
  { key: 'participation', names: n('Tham gia của người dân ở cấp cơ sở', 'Participation at local levels', 'ການມີສ່ວນຮ່ວມຂອງປະຊາຊົນຢູ່ຮາກຖານ', 'ការចូលរួមរបស់ប្រជាពលរដ្ឋនៅមូលដ្ឋាន', 'การมีส่วนร่วมของประชาชนในระดับท้องถิ่น') },
  { key: 'transparency', names: n('Công khai, minh bạch trong việc ra quyết định ở địa phương', 'Transparency in local decision-making', 'ຄວາມໂປ່ງໃສໃນການຕັດສິນໃຈຂອງທ້ອງຖິ່ນ', 'តម្លាភាពក្នុងការសម្រេចចិត្តនៅមូលដ្ឋាន', 'ความโปร่งใสในการตัดสินใจของท้องถิ่น') },
  { key: 'accountability', names: n('Trách nhiệm giải trình với người dân', 'Vertical accountability', 'ຄວາມຮັບຜິດຊອບຕໍ່ປະຊາຊົນ', 'គណនេយ្យភាពចំពោះប្រជាពលរដ្ឋ', 'ความรับผิดชอบต่อประชาชน') },
  { key: 'corruption_control', names: n('Kiểm soát tham nhũng trong khu vực công', 'Control of corruption in the public sector', 'ການຄວບຄຸມການສໍ້ລາດບັງຫຼວງໃນຂະແໜງລັດ', 'ការគ្រប់គ្រងអំពើពុករលួយក្នុងវិស័យសាធារណៈ', 'การควบคุมการทุจริตในภาครัฐ') },
  { key: 'procedures', names: n('Thủ tục hành chính công', 'Public administrative procedures', 'ຂັ້ນຕອນການບໍລິຫານລັດ', 'នីតិវិធីរដ្ឋបាលសាធារណៈ', 'ขั้นตอนการบริหารราชการ') },
  { key: 'service_delivery', names: n('Cung ứng dịch vụ công', 'Public service delivery', 'ການສະໜອງການບໍລິການສາທາລະນະ', 'ការផ្តល់សេវាសាធារណៈ', 'การให้บริการสาธารณะ') },
  { key: 'environment', names: n('Quản trị môi trường', 'Environmental governance', 'ການຄຸ້ມຄອງສິ່ງແວດລ້ອມ', 'អភិបាលកិច្ចបរិស្ថាន', 'ธรรมาภิบาลด้านสิ่งแวดล้อม') },
  { key: 'e_governance', names: n('Quản trị điện tử', 'E-governance', 'ການປົກຄອງທາງເອເລັກໂຕຣນິກ', 'អភិបាលកិច្ចអេឡិចត្រូនិក', 'ธรรมาภิบาลอิเล็กทรอนิกส์') },
];

export const INDEX_COMPONENTS: Record<string, IndexComponent[]> = { PAR_INDEX, SIPAS, PCI, PAPI, DDCI: [], GRDP_GROWTH: [] };
