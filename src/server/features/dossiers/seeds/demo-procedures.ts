import type { Procedure } from '../../../../shared/contracts/dossiers.ts';

/**
 * A small procedure catalogue for the demo province. Codes follow the national database's
 * form; names and figures are illustrative (statutory days, fees and online levels of the
 * kind these procedures have), not an extract of the official catalogue.
 */
export const DEMO_PROCEDURES: (Procedure & { weight: number; tier: 'commune' | 'department' })[] = [
  { code: '2.000815', names: { vi: 'Chứng thực bản sao từ bản chính', en: 'Certified copy from the original' }, field: 'Chứng thực', level: 'Cấp xã', statutoryDays: 1, feeRequired: true, onlineLevel: 'full', weight: 30, tier: 'commune' },
  { code: '1.001193', names: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, field: 'Hộ tịch', level: 'Cấp xã', statutoryDays: 1, feeRequired: false, onlineLevel: 'full', weight: 10, tier: 'commune' },
  { code: '1.000894', names: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' }, field: 'Hộ tịch', level: 'Cấp xã', statutoryDays: 3, feeRequired: false, onlineLevel: 'partial', weight: 4, tier: 'commune' },
  { code: '1.004222', names: { vi: 'Cấp bản sao trích lục hộ tịch', en: 'Copy of a civil status extract' }, field: 'Hộ tịch', level: 'Cấp xã', statutoryDays: 1, feeRequired: true, onlineLevel: 'full', weight: 8, tier: 'commune' },
  { code: '1.003062', names: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' }, field: 'Cư trú', level: 'Cấp xã', statutoryDays: 7, feeRequired: true, onlineLevel: 'full', weight: 6, tier: 'commune' },
  { code: '1.008004', names: { vi: 'Đăng ký biến động đất đai', en: 'Land change registration' }, field: 'Đất đai', level: 'Cấp xã', statutoryDays: 10, feeRequired: true, onlineLevel: 'partial', weight: 7, tier: 'commune' },
  { code: '1.010723', names: { vi: 'Trợ cấp xã hội hằng tháng', en: 'Monthly social allowance' }, field: 'Bảo trợ xã hội', level: 'Cấp xã', statutoryDays: 20, feeRequired: false, onlineLevel: 'partial', weight: 3, tier: 'commune' },
  { code: '2.001610', names: { vi: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', en: 'Building permit for a private house' }, field: 'Xây dựng', level: 'Cấp xã', statutoryDays: 15, feeRequired: true, onlineLevel: 'partial', weight: 4, tier: 'commune' },
  { code: '2.000376', names: { vi: 'Đăng ký thành lập hộ kinh doanh', en: 'Household business registration' }, field: 'Đăng ký kinh doanh', level: 'Cấp xã', statutoryDays: 3, feeRequired: true, onlineLevel: 'full', weight: 5, tier: 'commune' },
  { code: '1.001612', names: { vi: 'Đăng ký thành lập doanh nghiệp', en: 'Enterprise registration' }, field: 'Đăng ký kinh doanh', level: 'Cấp tỉnh', statutoryDays: 3, feeRequired: true, onlineLevel: 'full', weight: 6, tier: 'department' },
  { code: '2.002163', names: { vi: 'Cấp lý lịch tư pháp', en: 'Criminal record certificate' }, field: 'Lý lịch tư pháp', level: 'Cấp tỉnh', statutoryDays: 10, feeRequired: true, onlineLevel: 'full', weight: 6, tier: 'department' },
  { code: '1.002804', names: { vi: 'Đổi giấy phép lái xe', en: 'Driving licence renewal' }, field: 'Đường bộ', level: 'Cấp tỉnh', statutoryDays: 5, feeRequired: true, onlineLevel: 'full', weight: 5, tier: 'department' },
  { code: '1.004227', names: { vi: 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', en: 'First land use right certificate' }, field: 'Đất đai', level: 'Cấp tỉnh', statutoryDays: 30, feeRequired: true, onlineLevel: 'partial', weight: 3, tier: 'department' },
  { code: '1.009994', names: { vi: 'Cấp giấy phép lao động cho người nước ngoài', en: 'Work permit for a foreign national' }, field: 'Việc làm', level: 'Cấp tỉnh', statutoryDays: 5, feeRequired: true, onlineLevel: 'full', weight: 2, tier: 'department' },
  { code: '1.001611', names: { vi: 'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh', en: 'Medical practising certificate' }, field: 'Y tế', level: 'Cấp tỉnh', statutoryDays: 20, feeRequired: true, onlineLevel: 'partial', weight: 1, tier: 'department' },
  { code: '2.000288', names: { vi: 'Thẩm định thiết kế xây dựng', en: 'Appraisal of a construction design' }, field: 'Xây dựng', level: 'Cấp tỉnh', statutoryDays: 20, feeRequired: true, onlineLevel: 'none', weight: 1, tier: 'department' },
];
