/**
 * The indices provinces are published on, and the published figures that the project's
 * methodology notes verify ([V] in par-methodology.md §1.6, §2, §5), each with its source.
 * Unit codes are those of the Vietnam seed (63 provinces until 30 June 2025); figures for
 * these years belong to the 63-province era, so every rank says "of 63".
 */
import { INDEX_COMPONENTS } from './index-components.data.ts';

export const EXTERNAL_INDICES = [
  { code: 'PAR_INDEX', names: { vi: 'Chỉ số cải cách hành chính (PAR INDEX)', en: 'Public Administration Reform Index (PAR INDEX)', lo: 'ດັດຊະນີການປະຕິຮູບບໍລິຫານລັດ (PAR INDEX)', km: 'សន្ទស្សន៍កំណែទម្រង់រដ្ឋបាលសាធារណៈ (PAR INDEX)', th: 'ดัชนีการปฏิรูปการบริหารราชการ (PAR INDEX)' }, scale: '100 (%)' },
  { code: 'SIPAS', names: { vi: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', en: 'Satisfaction Index of Public Administrative Services (SIPAS)', lo: 'ດັດຊະນີຄວາມພໍໃຈຕໍ່ການບໍລິການບໍລິຫານລັດ (SIPAS)', km: 'សន្ទស្សន៍ការពេញចិត្តលើសេវារដ្ឋបាលសាធារណៈ (SIPAS)', th: 'ดัชนีความพึงพอใจต่อบริการทางปกครอง (SIPAS)' }, scale: '100 (%)' },
  { code: 'PCI', names: { vi: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', en: 'Provincial Competitiveness Index (PCI)', lo: 'ດັດຊະນີຄວາມສາມາດແຂ່ງຂັນລະດັບແຂວງ (PCI)', km: 'សន្ទស្សន៍សមត្ថភាពប្រកួតប្រជែងថ្នាក់ខេត្ត (PCI)', th: 'ดัชนีความสามารถในการแข่งขันระดับจังหวัด (PCI)' }, scale: '100' },
  { code: 'PAPI', names: { vi: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)', en: 'Provincial Governance and Public Administration Performance Index (PAPI)', lo: 'ດັດຊະນີປະສິດທິຜົນການປົກຄອງ ແລະ ບໍລິຫານລັດລະດັບແຂວງ (PAPI)', km: 'សន្ទស្សន៍អភិបាលកិច្ច និងប្រសិទ្ធភាពរដ្ឋបាលសាធារណៈថ្នាក់ខេត្ត (PAPI)', th: 'ดัชนีธรรมาภิบาลและประสิทธิภาพการบริหารราชการระดับจังหวัด (PAPI)' }, scale: '80 (8 dimensions × 10)' },
  { code: 'DDCI', names: { vi: 'Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)', en: 'Department and District Competitiveness Index (DDCI)', lo: 'ດັດຊະນີຄວາມສາມາດແຂ່ງຂັນຂອງພະແນກການ ແລະ ເມືອງ (DDCI)', km: 'សន្ទស្សន៍សមត្ថភាពប្រកួតប្រជែងនៃមន្ទីរ និងស្រុក (DDCI)', th: 'ดัชนีความสามารถในการแข่งขันระดับหน่วยงานและอำเภอ (DDCI)' }, scale: '100' },
  { code: 'GRDP_GROWTH', names: { vi: 'Tốc độ tăng trưởng GRDP', en: 'GRDP growth', lo: 'ອັດຕາການເຕີບໂຕ GRDP', km: 'កំណើន GRDP', th: 'อัตราการเติบโตของ GRDP' }, scale: '% a year' },
].map((i) => ({ ...i, components: INDEX_COMPONENTS[i.code] ?? [] }));

const BAOCHINHPHU_2023 = 'PAR INDEX 2023 results (en.baochinhphu.vn, 17/04/2024), par-methodology.md §1.6 [V]';
const PAR_2024 = 'PAR INDEX 2024 results (vietnam.vn, baomoi, 06/04/2025), par-methodology.md §1.5–1.6 [V]';

export const VERIFIED_STANDINGS: { unitCode: string; indexCode: string; year: number; value: number; rank: number | null; of: number | null; band: string | null; source: string }[] = [
  { unitCode: '22', indexCode: 'PAR_INDEX', year: 2023, value: 92.18, rank: 1, of: 63, band: null, source: BAOCHINHPHU_2023 },
  { unitCode: '31', indexCode: 'PAR_INDEX', year: 2023, value: 91.87, rank: 2, of: 63, band: null, source: BAOCHINHPHU_2023 },
  { unitCode: '01', indexCode: 'PAR_INDEX', year: 2023, value: 91.43, rank: 3, of: 63, band: null, source: BAOCHINHPHU_2023 },
  { unitCode: '24', indexCode: 'PAR_INDEX', year: 2023, value: 91.16, rank: 4, of: 63, band: null, source: BAOCHINHPHU_2023 },
  { unitCode: '77', indexCode: 'PAR_INDEX', year: 2023, value: 91.03, rank: 5, of: 63, band: null, source: BAOCHINHPHU_2023 },
  { unitCode: '89', indexCode: 'PAR_INDEX', year: 2023, value: 81.32, rank: 63, of: 63, band: null, source: BAOCHINHPHU_2023 },
  { unitCode: '75', indexCode: 'PAR_INDEX', year: 2023, value: 87.04, rank: 32, of: 63, band: null, source: PAR_2024 },
  { unitCode: '31', indexCode: 'PAR_INDEX', year: 2024, value: 96.17, rank: 1, of: 63, band: 'A', source: PAR_2024 },
  { unitCode: '75', indexCode: 'PAR_INDEX', year: 2024, value: 90.69, rank: 8, of: 63, band: 'A', source: PAR_2024 },
  { unitCode: '22', indexCode: 'SIPAS', year: 2023, value: 90.61, rank: 1, of: 63, band: null, source: 'SIPAS 2023 (nvsk.vnanet.vn; baotintuc.vn), par-methodology.md §2 [V]' },
  { unitCode: '31', indexCode: 'SIPAS', year: 2024, value: 90.59, rank: 1, of: 63, band: null, source: 'SIPAS 2024 (vietnam.vnanet.vn; laodong.vn), par-methodology.md §2 [V]' },
  ...[
    ['31', 74.84, 1],
    ['22', 73.2, 2],
    ['80', 72.64, 3],
    ['24', 71.24, 4],
    ['77', 71.17, 5],
  ].map(([unitCode, value, rank]) => ({ unitCode: String(unitCode), indexCode: 'PCI', year: 2024, value: Number(value), rank: Number(rank), of: 63, band: null, source: 'PCI 2024, VCCI (vietnamnews.vn), par-methodology.md §5 [V]' })),
];
