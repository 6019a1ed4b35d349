import type { DocumentSettings } from '../../../../shared/contracts/documents.ts';

/**
 * The demo province's letterhead, as its Department of Home Affairs would fill it in: the
 * province's People's Committee over the department, its abbreviation, the place, a deputy
 * director signing for the director (a fictional name), and the usual distribution list.
 */
export const DEMO_DOCUMENT_SETTINGS: { unitCode: string; settings: DocumentSettings } = {
  unitCode: 'H99',
  settings: {
    superior: {
      vi: 'UBND tỉnh Sơn Hà',
      en: 'Son Ha Provincial People’s Committee',
      lo: 'ອົງການປົກຄອງແຂວງເຊີນຮ່າ',
      km: 'គណៈកម្មាធិការប្រជាជនខេត្តសឺនហា',
      th: 'คณะกรรมการประชาชนจังหวัดเซินห่า',
    },
    issuer: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs', lo: 'ພະແນກພາຍໃນ', km: 'មន្ទីរមហាផ្ទៃ', th: 'กรมกิจการภายใน' },
    issuerAbbreviation: 'SNV',
    place: { vi: 'Sơn Hà', en: 'Son Ha', lo: 'ເຊີນຮ່າ', km: 'សឺនហា', th: 'เซินห่า' },
    signerAuthority: { vi: 'KT. Giám đốc', en: 'For the Director', lo: 'ຕາງໜ້າຫົວໜ້າພະແນກ', km: 'ជំនួសមុខប្រធានមន្ទីរ', th: 'แทนผู้อำนวยการ' },
    signerTitle: { vi: 'Phó Giám đốc', en: 'Deputy Director', lo: 'ຮອງຫົວໜ້າພະແນກ', km: 'អនុប្រធានមន្ទីរ', th: 'รองผู้อำนวยการ' },
    signerName: 'Trần Thị Minh Hà',
    recipients: {
      vi: 'UBND tỉnh (để báo cáo);\nBan Chỉ đạo CCHC tỉnh;\nCác sở, ban, ngành;\nLưu: VT, CCHC.',
      en: 'Provincial People’s Committee (to report);\nProvincial PAR Steering Committee;\nDepartments and agencies;\nFiles: clerical office, PAR division.',
      lo: 'ອົງການປົກຄອງແຂວງ (ເພື່ອລາຍງານ);\nຄະນະຊີ້ນຳປະຕິຮູບການບໍລິຫານແຂວງ;\nບັນດາພະແນກການ;\nເກັບມ້ຽນ.',
      km: 'គណៈកម្មាធិការប្រជាជនខេត្ត (ដើម្បីរាយការណ៍);\nគណៈកម្មាធិការដឹកនាំកំណែទម្រង់រដ្ឋបាលខេត្ត;\nមន្ទីរ និងស្ថាប័ននានា;\nឯកសារ។',
      th: 'คณะกรรมการประชาชนจังหวัด (เพื่อรายงาน);\nคณะกรรมการอำนวยการปฏิรูปการบริหารจังหวัด;\nกรมและหน่วยงานต่าง ๆ;\nเก็บสำเนา.',
    },
  },
};
