import type { ReformArea } from '../../../../shared/contracts/tasks.ts';

/**
 * Demo PAR plans of the fictional province "Tỉnh Sơn Hà" (H99, see units/seeds/demo.data.ts).
 *
 * Every date is RELATIVE: a number of days from the day the demo is loaded (negative = in the
 * past), so that the dashboards show early, on-time and late completions, tasks due this week,
 * overdue and extended tasks whatever the calendar date. Owners and cooperating units are
 * units open today (the 14 departments after the 2025-03-01 streamlining and the communes and
 * wards created on 2025-07-01).
 *
 * - KH-CCHC: the province's yearly PAR plan (125/KH-UBND), 40 tasks over the six reform areas.
 * - CT-02: the yearly PAR directive (02/CT-UBND): 7 key tasks, one per selected unit, each
 *   followed by a steering-committee member; the units report every 6 months and at year end.
 * - BNV-1245: tasks assigned to the province by the Ministry of Home Affairs (1245/BNV-CCHC).
 */
export interface DemoTaskSeed {
  code: string;
  title: { vi: string; en: string };
  description?: { vi: string; en: string };
  area: ReformArea;
  /** unit code open today */
  owner: string;
  cooperating?: string[];
  /** a key task supervised by the steering committee */
  key?: boolean;
  /** the demo leader account follows it */
  supervisor?: 'leader';
  /** Vietnamese */
  expectedOutput?: string;
  /** days relative to the day the demo is loaded (negative = past) */
  assignedInDays: number;
  deadlineInDays: number;
  /** deadline extended (the baseline is kept) */
  extension?: { changedInDays: number; toInDays: number; reason: string };
  /** progress updates, chronological */
  progress?: { inDays: number; percent: number; note: string }[];
  /** the unit reported completion, awaiting confirmation */
  reportedCompletedInDays?: number;
  /** completion confirmed by the secretariat (≤ 0) */
  completedInDays?: number;
}

export interface DemoPlanSeed {
  code: string;
  title: { vi: string; en: string };
  kind: 'provincial_plan' | 'directive' | 'assigned_by_higher_level';
  unitCode: 'H99';
  issuingBody: string;
  documentNumber: string;
  documentDateInDays: number;
  tasks: DemoTaskSeed[];
}

/** the day the yearly plan's tasks were handed out (a few days after the plan was signed) */
const A = -295;

// ── 1. The province's yearly PAR plan ────────────────────────────────────────────────
const YEARLY_PLAN_TASKS: DemoTaskSeed[] = [
  // institutions
  {
    code: 'KH01-01',
    title: {
      vi: 'Xây dựng, ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh',
      en: 'Draft and issue the plan for reviewing and systematising the province’s legal documents',
    },
    area: 'institutions',
    owner: 'H99.03',
    expectedOutput: 'Kế hoạch của UBND tỉnh được ban hành',
    assignedInDays: A,
    deadlineInDays: -240,
    progress: [{ inDays: -270, percent: 50, note: 'Đã xây dựng dự thảo, lấy ý kiến các sở, ngành' }],
    completedInDays: -250,
  },
  {
    code: 'KH01-02',
    title: {
      vi: 'Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành sau sắp xếp tổ chức bộ máy',
      en: 'Review the legal documents of the provincial People’s Council and People’s Committee after the reorganisation of the apparatus',
    },
    description: {
      vi: 'Xác định văn bản cần sửa đổi, bổ sung, thay thế hoặc bãi bỏ do thay đổi tên gọi, chức năng của cơ quan và đơn vị hành chính.',
      en: 'Identify the documents to amend, replace or repeal because agencies and administrative units changed names or functions.',
    },
    area: 'institutions',
    owner: 'H99.03',
    cooperating: ['H99.01'],
    expectedOutput: 'Báo cáo kết quả rà soát và danh mục văn bản đề nghị sửa đổi, bãi bỏ',
    assignedInDays: A,
    deadlineInDays: -30,
    extension: {
      changedInDays: -45,
      toInDays: 30,
      reason: 'Khối lượng văn bản cần rà soát tăng mạnh sau sắp xếp tổ chức bộ máy và thực hiện chính quyền địa phương hai cấp',
    },
    progress: [
      { inDays: -200, percent: 20, note: 'Đã thống kê 412 văn bản còn hiệu lực cần rà soát' },
      { inDays: -90, percent: 45, note: 'Đã rà soát xong văn bản lĩnh vực nội vụ, tài chính, xây dựng' },
      { inDays: -12, percent: 70, note: 'Đang tổng hợp ý kiến các sở, ngành đối với danh mục đề nghị bãi bỏ' },
    ],
  },
  {
    code: 'KH01-03',
    title: {
      vi: 'Tham mưu ban hành quy định chức năng, nhiệm vụ, quyền hạn của các sở sau sắp xếp',
      en: 'Prepare the decisions on the functions, duties and powers of the departments after the reorganisation',
    },
    area: 'institutions',
    owner: 'H99.02',
    cooperating: ['H99.03'],
    expectedOutput: 'Quyết định của UBND tỉnh quy định chức năng, nhiệm vụ của 14 sở, ngành',
    assignedInDays: A,
    deadlineInDays: -200,
    progress: [{ inDays: -240, percent: 60, note: 'Đã trình UBND tỉnh 9/14 dự thảo quyết định' }],
    completedInDays: -215,
  },
  {
    code: 'KH01-04',
    title: {
      vi: 'Đánh giá tác động chính sách của Nghị quyết HĐND tỉnh về hỗ trợ đầu tư',
      en: 'Assess the impact of the provincial People’s Council resolution on investment support',
    },
    area: 'institutions',
    owner: 'H99.05',
    cooperating: ['H99.03', 'H99.19'],
    expectedOutput: 'Báo cáo đánh giá tác động chính sách',
    assignedInDays: A,
    deadlineInDays: 40,
    progress: [
      { inDays: -120, percent: 25, note: 'Đã thu thập số liệu các dự án được hỗ trợ' },
      { inDays: -20, percent: 55, note: 'Đã tổ chức hội thảo lấy ý kiến doanh nghiệp' },
    ],
  },
  {
    code: 'KH01-05',
    title: {
      vi: 'Ban hành Quy chế làm việc của UBND xã theo mô hình chính quyền địa phương hai cấp',
      en: 'Issue the working rules of the commune People’s Committee under two-tier local government',
    },
    area: 'institutions',
    owner: 'H99.X05',
    expectedOutput: 'Quyết định ban hành Quy chế làm việc',
    assignedInDays: A,
    deadlineInDays: -180,
    progress: [{ inDays: -200, percent: 70, note: 'Đã lấy ý kiến các thành viên UBND xã' }],
    completedInDays: -180,
  },
  {
    code: 'KH01-06',
    title: {
      vi: 'Kiểm tra việc thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo',
      en: 'Inspect compliance with the law on receiving citizens and handling complaints and denunciations',
    },
    area: 'institutions',
    owner: 'H99.17',
    expectedOutput: 'Kết luận kiểm tra tại 6 đơn vị',
    assignedInDays: A,
    deadlineInDays: -15,
    progress: [
      { inDays: -100, percent: 30, note: 'Đã kiểm tra 2/6 đơn vị' },
      { inDays: -40, percent: 60, note: 'Đã kiểm tra 4/6 đơn vị, đang dự thảo kết luận' },
    ],
  },

  // administrative procedures
  {
    code: 'KH01-07',
    title: {
      vi: 'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai',
      en: 'Review and simplify administrative procedures in the land sector',
    },
    description: {
      vi: 'Đề xuất cắt giảm thành phần hồ sơ và thời gian giải quyết đối với các thủ tục đăng ký đất đai, cấp giấy chứng nhận.',
      en: 'Propose fewer documents and shorter processing times for land registration and certificate procedures.',
    },
    area: 'administrative_procedures',
    owner: 'H99.21',
    cooperating: ['H99.03', 'H99.01'],
    expectedOutput: 'Phương án đơn giản hóa được Chủ tịch UBND tỉnh phê duyệt',
    assignedInDays: A,
    deadlineInDays: -60,
    extension: {
      changedInDays: -75,
      toInDays: -20,
      reason: 'Chờ các nghị định hướng dẫn Luật Đất đai sửa đổi có hiệu lực để rà soát đồng bộ',
    },
    progress: [
      { inDays: -180, percent: 30, note: 'Đã rà soát 24/61 thủ tục' },
      { inDays: -80, percent: 60, note: 'Đã rà soát 61/61 thủ tục, chờ văn bản hướng dẫn mới' },
      { inDays: -30, percent: 90, note: 'Đã trình phương án đơn giản hóa' },
    ],
    completedInDays: -25,
  },
  {
    code: 'KH01-08',
    title: {
      vi: 'Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã sau sắp xếp',
      en: 'Publish the list of administrative procedures handled by communes after the reorganisation',
    },
    area: 'administrative_procedures',
    owner: 'H99.01',
    expectedOutput: 'Quyết định công bố danh mục TTHC cấp xã',
    assignedInDays: A,
    deadlineInDays: -230,
    completedInDays: -238,
  },
  {
    code: 'KH01-09',
    title: {
      vi: 'Tổ chức khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS)',
      en: 'Run the citizen and business satisfaction survey on public administrative services (SIPAS)',
    },
    area: 'administrative_procedures',
    owner: 'H99.02',
    cooperating: ['H99.01'],
    expectedOutput: 'Báo cáo kết quả khảo sát SIPAS của tỉnh',
    assignedInDays: A,
    deadlineInDays: -30,
    progress: [
      { inDays: -120, percent: 20, note: 'Đã xây dựng phiếu khảo sát và phương án chọn mẫu' },
      { inDays: -70, percent: 60, note: 'Đã phát 1.200 phiếu tại 14 sở, ngành và 18 xã, phường' },
      { inDays: -40, percent: 90, note: 'Đã nhập liệu, đang phân tích kết quả' },
    ],
    completedInDays: -35,
  },
  {
    code: 'KH01-10',
    title: {
      vi: 'Tiếp nhận, giải quyết hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính trong tỉnh',
      en: 'Accept and process administrative dossiers regardless of administrative boundaries within the province',
    },
    area: 'administrative_procedures',
    owner: 'H99.01',
    cooperating: ['H99.13'],
    expectedOutput: 'Danh mục TTHC tiếp nhận không phụ thuộc địa giới hành chính được công bố và triển khai',
    assignedInDays: A,
    deadlineInDays: 7,
    progress: [
      { inDays: -150, percent: 30, note: 'Đã rà soát danh mục thủ tục đủ điều kiện' },
      { inDays: -60, percent: 65, note: 'Đã thí điểm tại Trung tâm Phục vụ hành chính công tỉnh' },
      { inDays: -5, percent: 85, note: 'Đang dự thảo quyết định công bố danh mục' },
    ],
  },
  {
    code: 'KH01-11',
    title: {
      vi: 'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư, thành lập doanh nghiệp',
      en: 'Review and simplify administrative procedures for investment and business registration',
    },
    area: 'administrative_procedures',
    owner: 'H99.05',
    cooperating: ['H99.19'],
    expectedOutput: 'Phương án đơn giản hóa thủ tục hành chính',
    assignedInDays: A,
    deadlineInDays: -120,
    progress: [{ inDays: -160, percent: 50, note: 'Đã rà soát 18/32 thủ tục' }],
    completedInDays: -112,
  },
  {
    code: 'KH01-12',
    title: {
      vi: 'Cắt giảm thời gian giải quyết thủ tục cấp giấy phép xây dựng',
      en: 'Cut the processing time for construction permits',
    },
    area: 'administrative_procedures',
    owner: 'H99.10',
    expectedOutput: 'Thời gian cấp giấy phép xây dựng giảm ít nhất 30% so với quy định',
    assignedInDays: A,
    deadlineInDays: -150,
    completedInDays: -160,
  },
  {
    code: 'KH01-13',
    title: {
      vi: 'Niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tại Bộ phận Một cửa cấp xã',
      en: 'Post administrative procedures and the hotline number at the commune one-stop shop',
    },
    area: 'administrative_procedures',
    owner: 'H99.X05',
    expectedOutput: 'Niêm yết đầy đủ, đúng quy định tại trụ sở UBND xã',
    assignedInDays: A,
    deadlineInDays: 3,
    progress: [
      { inDays: -90, percent: 40, note: 'Đã niêm yết thủ tục lĩnh vực hộ tịch, chứng thực' },
      { inDays: -10, percent: 80, note: 'Đang cập nhật thủ tục lĩnh vực đất đai theo danh mục mới' },
    ],
  },
  {
    code: 'KH01-14',
    title: {
      vi: 'Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực y tế',
      en: 'Review and standardise the internal workflows for health-sector administrative procedures',
    },
    area: 'administrative_procedures',
    owner: 'H99.16',
    cooperating: ['H99.01'],
    expectedOutput: 'Quyết định phê duyệt quy trình nội bộ',
    assignedInDays: A,
    deadlineInDays: -40,
    progress: [
      { inDays: -150, percent: 20, note: 'Đã lập danh mục 96 thủ tục cần xây dựng quy trình' },
      { inDays: -60, percent: 50, note: 'Đã xây dựng 48/96 quy trình' },
    ],
  },

  // apparatus
  {
    code: 'KH01-15',
    title: {
      vi: 'Hướng dẫn, thẩm định đề án vị trí việc làm của các cơ quan, đơn vị sau sắp xếp',
      en: 'Guide and appraise the job-position schemes of agencies and units after the reorganisation',
    },
    area: 'apparatus',
    owner: 'H99.02',
    expectedOutput: 'Đề án vị trí việc làm của các sở, ngành được phê duyệt',
    assignedInDays: A,
    deadlineInDays: -90,
    progress: [
      { inDays: -200, percent: 30, note: 'Đã ban hành văn bản hướng dẫn' },
      { inDays: -120, percent: 75, note: 'Đã thẩm định 10/14 đề án' },
    ],
    completedInDays: -90,
  },
  {
    code: 'KH01-16',
    title: {
      vi: 'Sắp xếp, tổ chức lại các trường học có quy mô nhỏ',
      en: 'Reorganise and merge small schools',
    },
    area: 'apparatus',
    owner: 'H99.15',
    cooperating: ['H99.02'],
    expectedOutput: 'Quyết định sắp xếp các trường học',
    assignedInDays: A,
    deadlineInDays: -60,
    progress: [{ inDays: -100, percent: 60, note: 'Đã lấy ý kiến nhân dân tại các xã có trường sáp nhập' }],
    completedInDays: -48,
  },
  {
    code: 'KH01-17',
    title: {
      vi: 'Kiện toàn tổ chức bộ máy các phòng, đơn vị thuộc Sở Nông nghiệp và Môi trường sau hợp nhất',
      en: 'Consolidate the divisions and units of the Department of Agriculture and Environment after the merger',
    },
    area: 'apparatus',
    owner: 'H99.21',
    cooperating: ['H99.02'],
    expectedOutput: 'Quyết định quy định cơ cấu tổ chức các phòng, chi cục',
    assignedInDays: A,
    deadlineInDays: 30,
    progress: [
      { inDays: -150, percent: 30, note: 'Đã trình phương án cơ cấu tổ chức' },
      { inDays: -45, percent: 60, note: 'Đã sắp xếp xong các phòng chuyên môn, đang kiện toàn các chi cục' },
    ],
  },
  {
    code: 'KH01-18',
    title: {
      vi: 'Kiện toàn Bộ phận Một cửa và bố trí công chức làm việc tại UBND phường',
      en: 'Consolidate the one-stop shop and assign civil servants to it at the ward People’s Committee',
    },
    area: 'apparatus',
    owner: 'H99.X01',
    expectedOutput: 'Quyết định kiện toàn Bộ phận Một cửa phường',
    assignedInDays: A,
    deadlineInDays: 10,
    extension: {
      changedInDays: -15,
      toInDays: 40,
      reason: 'Đang chờ bố trí trụ sở làm việc chung sau sắp xếp đơn vị hành chính cấp xã',
    },
    progress: [
      { inDays: -120, percent: 30, note: 'Đã bố trí 6 công chức tiếp nhận hồ sơ' },
      { inDays: -15, percent: 50, note: 'Đề nghị gia hạn do chưa có trụ sở Bộ phận Một cửa' },
    ],
  },
  {
    code: 'KH01-19',
    title: {
      vi: 'Sắp xếp các đơn vị sự nghiệp y tế theo mô hình Trung tâm Y tế khu vực',
      en: 'Reorganise public health service units into regional health centres',
    },
    area: 'apparatus',
    owner: 'H99.16',
    cooperating: ['H99.02', 'H99.05'],
    expectedOutput: 'Đề án sắp xếp được UBND tỉnh phê duyệt',
    assignedInDays: A,
    deadlineInDays: -10,
    progress: [
      { inDays: -160, percent: 40, note: 'Đã xây dựng dự thảo đề án' },
      { inDays: -30, percent: 75, note: 'Đang tiếp thu ý kiến thẩm định của Sở Nội vụ' },
    ],
  },

  // civil service
  {
    code: 'KH01-20',
    title: {
      vi: 'Kiểm tra công tác cải cách hành chính tại các sở, ngành và UBND cấp xã',
      en: 'Inspect public administration reform work at departments and commune People’s Committees',
    },
    area: 'civil_service',
    owner: 'H99.02',
    cooperating: ['H99.01', 'H99.03'],
    expectedOutput: 'Thông báo kết quả kiểm tra tại ít nhất 5 sở, ngành và 6 xã, phường',
    assignedInDays: A,
    deadlineInDays: -20,
    progress: [
      { inDays: -150, percent: 25, note: 'Đã ban hành kế hoạch kiểm tra' },
      { inDays: -60, percent: 70, note: 'Đã kiểm tra 4 sở, ngành và 5 xã, phường' },
    ],
    completedInDays: -22,
  },
  {
    code: 'KH01-21',
    title: {
      vi: 'Bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức cấp xã sau sắp xếp',
      en: 'Train commune officials and civil servants after the reorganisation',
    },
    area: 'civil_service',
    owner: 'H99.02',
    expectedOutput: 'Tổ chức 4 lớp bồi dưỡng cho khoảng 600 lượt người',
    assignedInDays: A,
    deadlineInDays: -100,
    progress: [{ inDays: -150, percent: 50, note: 'Đã tổ chức 2/4 lớp' }],
    completedInDays: -105,
  },
  {
    code: 'KH01-22',
    title: {
      vi: 'Tổ chức tuyển dụng công chức theo hình thức thi tuyển tập trung',
      en: 'Recruit civil servants through a centralised competitive examination',
    },
    area: 'civil_service',
    owner: 'H99.02',
    expectedOutput: 'Quyết định công nhận kết quả tuyển dụng',
    assignedInDays: A,
    deadlineInDays: 5,
    progress: [
      { inDays: -90, percent: 30, note: 'Đã thông báo tuyển dụng 85 chỉ tiêu' },
      { inDays: -30, percent: 80, note: 'Đã tổ chức thi vòng 2' },
    ],
    reportedCompletedInDays: -6,
  },
  {
    code: 'KH01-23',
    title: {
      vi: 'Thanh tra trách nhiệm thủ trưởng trong thực hiện kỷ luật, kỷ cương hành chính',
      en: 'Inspect the accountability of heads of agencies for administrative discipline',
    },
    area: 'civil_service',
    owner: 'H99.17',
    cooperating: ['H99.02'],
    expectedOutput: 'Kết luận thanh tra',
    assignedInDays: A,
    deadlineInDays: 50,
    progress: [{ inDays: -25, percent: 30, note: 'Đã ban hành quyết định thanh tra tại 3 đơn vị' }],
  },
  {
    code: 'KH01-24',
    title: {
      vi: 'Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa',
      en: 'Train one-stop-shop civil servants in communication and conduct with citizens',
    },
    area: 'civil_service',
    owner: 'H99.X08',
    expectedOutput: '100% công chức Bộ phận Một cửa được bồi dưỡng',
    assignedInDays: A,
    deadlineInDays: -150,
    completedInDays: -150,
  },
  {
    code: 'KH01-25',
    title: {
      vi: 'Bố trí, sắp xếp cán bộ, công chức cấp xã theo vị trí việc làm',
      en: 'Assign commune officials and civil servants according to job positions',
    },
    area: 'civil_service',
    owner: 'H99.X12',
    cooperating: ['H99.02'],
    expectedOutput: 'Quyết định phân công công tác theo vị trí việc làm',
    assignedInDays: -140,
    deadlineInDays: -25,
    progress: [{ inDays: -50, percent: 50, note: 'Còn 9 công chức chưa bố trí được vị trí phù hợp' }],
  },

  // public finance
  {
    code: 'KH01-26',
    title: {
      vi: 'Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn mới',
      en: 'Grant financial autonomy to public service units for the new period',
    },
    area: 'public_finance',
    owner: 'H99.05',
    expectedOutput: 'Quyết định giao quyền tự chủ cho các đơn vị sự nghiệp công lập',
    assignedInDays: A,
    deadlineInDays: -60,
    progress: [{ inDays: -120, percent: 60, note: 'Đã thẩm định phương án tự chủ của 41/68 đơn vị' }],
    completedInDays: -75,
  },
  {
    code: 'KH01-27',
    title: {
      vi: 'Đẩy nhanh giải ngân vốn đầu tư công các dự án giao thông, xây dựng',
      en: 'Speed up disbursement of public investment for transport and construction projects',
    },
    area: 'public_finance',
    owner: 'H99.10',
    cooperating: ['H99.05'],
    expectedOutput: 'Tỷ lệ giải ngân đạt trên 95% kế hoạch vốn được giao',
    assignedInDays: A,
    deadlineInDays: -5,
    progress: [
      { inDays: -180, percent: 35, note: 'Giải ngân đạt 35% kế hoạch vốn' },
      { inDays: -90, percent: 62, note: 'Giải ngân đạt 62% kế hoạch vốn' },
      { inDays: -20, percent: 78, note: 'Giải ngân đạt 78%; vướng mặt bằng tại 2 dự án' },
    ],
  },
  {
    code: 'KH01-28',
    title: {
      vi: 'Xử lý trụ sở, tài sản công dôi dư sau sắp xếp đơn vị hành chính',
      en: 'Dispose of surplus offices and public assets after the reorganisation of administrative units',
    },
    area: 'public_finance',
    owner: 'H99.05',
    cooperating: ['H99.21', 'H99.10'],
    expectedOutput: 'Phương án xử lý trụ sở dôi dư được phê duyệt',
    assignedInDays: -200,
    deadlineInDays: 60,
    progress: [{ inDays: -60, percent: 40, note: 'Đã thống kê 57 trụ sở dôi dư, đề xuất chuyển đổi công năng 21 trụ sở' }],
  },
  {
    code: 'KH01-29',
    title: {
      vi: 'Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp văn hóa, thể thao',
      en: 'Apply financial autonomy at cultural and sports public service units',
    },
    area: 'public_finance',
    owner: 'H99.12',
    expectedOutput: 'Phương án tự chủ của các đơn vị trực thuộc',
    assignedInDays: A,
    deadlineInDays: -90,
    completedInDays: -95,
  },
  {
    code: 'KH01-30',
    title: {
      vi: 'Công khai dự toán, quyết toán ngân sách xã theo quy định',
      en: 'Publish the commune budget estimates and final accounts',
    },
    area: 'public_finance',
    owner: 'H99.X05',
    expectedOutput: 'Công khai tại trụ sở và trên trang thông tin điện tử của xã',
    assignedInDays: -120,
    deadlineInDays: 25,
    progress: [{ inDays: -30, percent: 50, note: 'Đã công khai dự toán; chờ quyết toán ngân sách' }],
  },

  // e-government
  {
    code: 'KH01-31',
    title: {
      vi: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      en: 'Digitise administrative dossiers and their results',
    },
    area: 'e_government',
    owner: 'H99.X03',
    expectedOutput: '100% hồ sơ, kết quả giải quyết TTHC được số hóa',
    assignedInDays: A,
    deadlineInDays: 20,
    progress: [
      { inDays: -150, percent: 45, note: 'Tỷ lệ số hóa đạt 45%' },
      { inDays: -50, percent: 80, note: 'Tỷ lệ số hóa đạt 80%' },
    ],
    reportedCompletedInDays: -2,
  },
  {
    code: 'KH01-32',
    title: {
      vi: 'Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, kết nối Cổng Dịch vụ công quốc gia',
      en: 'Upgrade the province’s administrative procedure information system and connect it to the National Public Service Portal',
    },
    area: 'e_government',
    owner: 'H99.13',
    cooperating: ['H99.01'],
    expectedOutput: 'Hệ thống được nâng cấp, đồng bộ trạng thái hồ sơ với Cổng DVC quốc gia',
    assignedInDays: A,
    deadlineInDays: -45,
    progress: [
      { inDays: -200, percent: 30, note: 'Đã lựa chọn đơn vị thi công' },
      { inDays: -100, percent: 70, note: 'Đã hoàn thành kết nối thử nghiệm' },
    ],
    completedInDays: -50,
  },
  {
    code: 'KH01-33',
    title: {
      vi: 'Cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực công thương',
      en: 'Provide fully online public services in the industry and trade sector',
    },
    area: 'e_government',
    owner: 'H99.06',
    cooperating: ['H99.13'],
    expectedOutput: 'Ít nhất 80% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình',
    assignedInDays: A,
    deadlineInDays: -120,
    progress: [{ inDays: -130, percent: 85, note: 'Đã cung cấp 52/61 thủ tục' }],
    completedInDays: -104,
  },
  {
    code: 'KH01-34',
    title: {
      vi: 'Triển khai liên thông điện tử nhóm thủ tục đăng ký khai sinh, thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi',
      en: 'Run the linked online procedures for birth registration, permanent residence and health insurance cards for children under six',
    },
    area: 'e_government',
    owner: 'H99.X02',
    expectedOutput: '100% hồ sơ khai sinh được giải quyết qua liên thông điện tử',
    assignedInDays: -130,
    deadlineInDays: 2,
    progress: [
      { inDays: -70, percent: 50, note: 'Đã hướng dẫn người dân nộp hồ sơ qua VNeID' },
      { inDays: -8, percent: 90, note: 'Tỷ lệ hồ sơ liên thông đạt 92%' },
    ],
  },
  {
    code: 'KH01-35',
    title: {
      vi: 'Xây dựng, cập nhật cơ sở dữ liệu đất đai của tỉnh',
      en: 'Build and update the province’s land database',
    },
    area: 'e_government',
    owner: 'H99.21',
    cooperating: ['H99.13'],
    expectedOutput: 'Cơ sở dữ liệu đất đai được kết nối với Cơ sở dữ liệu đất đai quốc gia',
    assignedInDays: A,
    deadlineInDays: -10,
    extension: {
      changedInDays: -20,
      toInDays: 45,
      reason: 'Chờ hướng dẫn kỹ thuật kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu đất đai quốc gia',
    },
    progress: [
      { inDays: -180, percent: 30, note: 'Đã số hóa hồ sơ địa chính của 6 xã, phường' },
      { inDays: -60, percent: 55, note: 'Đã số hóa hồ sơ địa chính của 11 xã, phường' },
      { inDays: -3, percent: 65, note: 'Đang chuẩn hóa dữ liệu để kết nối' },
    ],
  },
  {
    code: 'KH01-36',
    title: {
      vi: 'Sử dụng chữ ký số, gửi nhận văn bản điện tử liên thông bốn cấp',
      en: 'Use digital signatures and exchange documents electronically across the four levels',
    },
    area: 'e_government',
    owner: 'H99.X16',
    expectedOutput: '100% văn bản đi được ký số và gửi trên môi trường điện tử',
    assignedInDays: A,
    deadlineInDays: -200,
    completedInDays: -210,
  },
  {
    code: 'KH01-37',
    title: {
      vi: 'Vận hành Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh',
      en: 'Operate the province’s intelligent operations centre (IOC)',
    },
    area: 'e_government',
    owner: 'H99.13',
    expectedOutput: 'IOC tích hợp dữ liệu giải quyết TTHC, phản ánh kiến nghị',
    assignedInDays: A,
    deadlineInDays: 55,
    progress: [
      { inDays: -150, percent: 20, note: 'Đã tích hợp dữ liệu phản ánh, kiến nghị' },
      { inDays: -40, percent: 45, note: 'Đã tích hợp dữ liệu giải quyết TTHC' },
    ],
  },
  {
    code: 'KH01-38',
    title: {
      vi: 'Cung cấp dịch vụ công trực tuyến về đầu tư trong khu công nghiệp và thanh toán trực tuyến phí, lệ phí',
      en: 'Provide online public services for investment in industrial parks, with online payment of fees',
    },
    area: 'e_government',
    owner: 'H99.19',
    cooperating: ['H99.13'],
    expectedOutput: 'Tỷ lệ hồ sơ thanh toán trực tuyến đạt trên 50%',
    assignedInDays: A,
    deadlineInDays: 5,
    progress: [
      { inDays: -120, percent: 40, note: 'Đã cung cấp trực tuyến 14/20 thủ tục' },
      { inDays: -14, percent: 80, note: 'Tỷ lệ thanh toán trực tuyến đạt 46%' },
    ],
  },

  // other
  {
    code: 'KH01-39',
    title: {
      vi: 'Tuyên truyền cải cách hành chính trên báo, đài; tổ chức Cuộc thi tìm hiểu về cải cách hành chính',
      en: 'Promote public administration reform in the press and broadcasting; hold a PAR knowledge contest',
    },
    area: 'other',
    owner: 'H99.12',
    cooperating: ['H99.02'],
    expectedOutput: 'Chuyên mục CCHC định kỳ hằng tháng; cuộc thi với ít nhất 5.000 lượt tham gia',
    assignedInDays: A,
    deadlineInDays: 10,
    progress: [
      { inDays: -150, percent: 30, note: 'Đã phát sóng 5 chuyên mục CCHC' },
      { inDays: -60, percent: 70, note: 'Cuộc thi có 6.215 lượt tham gia' },
    ],
    reportedCompletedInDays: -4,
  },
  {
    code: 'KH01-40',
    title: {
      vi: 'Tuyên truyền cải cách hành chính đến đồng bào dân tộc thiểu số',
      en: 'Promote public administration reform among ethnic minority communities',
    },
    area: 'other',
    owner: 'H99.22',
    expectedOutput: 'Tài liệu tuyên truyền song ngữ; 12 hội nghị tại các xã vùng đồng bào dân tộc thiểu số',
    assignedInDays: A,
    deadlineInDays: 15,
    progress: [{ inDays: -80, percent: 60, note: 'Đã tổ chức 7/12 hội nghị' }],
    reportedCompletedInDays: -1,
  },
];

// ── 2. The steering committee's directive: 7 key tasks, one per selected unit ───────
/** the directive's year-end deadline (units report at 6 months and at year end) */
const YEAR_END = 40;

const DIRECTIVE_TASKS: DemoTaskSeed[] = [
  {
    code: 'CT02-01',
    title: {
      vi: 'Giảm tối thiểu 50% thời gian giải quyết thủ tục cấp giấy chứng nhận quyền sử dụng đất',
      en: 'Cut the processing time for land-use right certificates by at least 50%',
    },
    area: 'administrative_procedures',
    owner: 'H99.21',
    cooperating: ['H99.01'],
    key: true,
    supervisor: 'leader',
    expectedOutput: 'Thời gian giải quyết trung bình không quá 15 ngày; báo cáo 6 tháng và năm',
    assignedInDays: -278,
    deadlineInDays: YEAR_END,
    progress: [
      { inDays: -190, percent: 25, note: 'Đã công bố quy trình rút gọn, thời gian trung bình còn 22 ngày' },
      { inDays: -100, percent: 55, note: 'Báo cáo 6 tháng: thời gian trung bình còn 18 ngày; còn 312 hồ sơ tồn đọng' },
      { inDays: -10, percent: 80, note: 'Thời gian trung bình còn 16 ngày; đã xử lý 290/312 hồ sơ tồn đọng' },
    ],
  },
  {
    code: 'CT02-02',
    title: {
      vi: 'Rút ngắn thời gian giải quyết thủ tục chấp thuận chủ trương đầu tư',
      en: 'Shorten the processing time for investment policy approval',
    },
    area: 'administrative_procedures',
    owner: 'H99.05',
    key: true,
    supervisor: 'leader',
    expectedOutput: 'Thời gian giải quyết không quá 25 ngày làm việc',
    assignedInDays: -278,
    deadlineInDays: YEAR_END,
    progress: [
      { inDays: -180, percent: 40, note: 'Đã ban hành quy chế phối hợp thẩm định dự án đầu tư' },
      { inDays: -100, percent: 75, note: 'Báo cáo 6 tháng: thời gian trung bình còn 27 ngày làm việc' },
    ],
    completedInDays: -30,
  },
  {
    code: 'CT02-03',
    title: {
      vi: 'Rút ngắn thời gian thẩm định dự án và cấp giấy phép xây dựng',
      en: 'Shorten project appraisal and construction permitting',
    },
    area: 'administrative_procedures',
    owner: 'H99.10',
    key: true,
    supervisor: 'leader',
    expectedOutput: 'Thời gian giải quyết giảm 30%; không có hồ sơ quá hạn',
    assignedInDays: -278,
    deadlineInDays: YEAR_END,
    progress: [
      { inDays: -190, percent: 30, note: 'Đã rà soát, cắt giảm thành phần hồ sơ của 12 thủ tục' },
      { inDays: -100, percent: 60, note: 'Báo cáo 6 tháng: thời gian giảm 22%; còn 7 hồ sơ quá hạn' },
      { inDays: -15, percent: 70, note: 'Thời gian giảm 26%; đang xử lý 3 hồ sơ quá hạn' },
    ],
  },
  {
    code: 'CT02-04',
    title: {
      vi: 'Nâng tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt trên 60%',
      en: 'Raise the share of administrative dossiers filed fully online above 60%',
    },
    area: 'e_government',
    owner: 'H99.13',
    cooperating: ['H99.01'],
    key: true,
    supervisor: 'leader',
    expectedOutput: 'Tỷ lệ hồ sơ trực tuyến toàn trình trên 60%',
    assignedInDays: -278,
    deadlineInDays: YEAR_END,
    progress: [
      { inDays: -180, percent: 30, note: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 38%' },
      { inDays: -100, percent: 55, note: 'Báo cáo 6 tháng: tỷ lệ đạt 49%' },
      { inDays: -7, percent: 75, note: 'Tỷ lệ đạt 56%' },
    ],
  },
  {
    code: 'CT02-05',
    title: {
      vi: 'Thực hiện cơ chế "một cửa tại chỗ", hỗ trợ nhà đầu tư trong các khu công nghiệp',
      en: 'Run an on-site one-stop shop supporting investors in the industrial parks',
    },
    area: 'administrative_procedures',
    owner: 'H99.19',
    key: true,
    supervisor: 'leader',
    expectedOutput: '100% hồ sơ của nhà đầu tư được giải quyết đúng hoặc trước hạn',
    assignedInDays: -278,
    deadlineInDays: YEAR_END,
    progress: [
      { inDays: -170, percent: 40, note: 'Đã bố trí bộ phận một cửa tại Ban Quản lý' },
      { inDays: -100, percent: 70, note: 'Báo cáo 6 tháng: 100% hồ sơ đúng hạn' },
      { inDays: -20, percent: 90, note: 'Đã tổ chức đối thoại với 45 doanh nghiệp' },
    ],
    reportedCompletedInDays: -3,
  },
  {
    code: 'CT02-06',
    title: {
      vi: 'Nâng cao mức độ hài lòng của người dân tại Bộ phận Một cửa phường',
      en: 'Raise citizen satisfaction at the ward one-stop shop',
    },
    area: 'civil_service',
    owner: 'H99.X01',
    key: true,
    supervisor: 'leader',
    expectedOutput: 'Tỷ lệ hài lòng trên 90%; không có phản ánh về thái độ phục vụ',
    assignedInDays: -278,
    deadlineInDays: YEAR_END,
    progress: [
      { inDays: -100, percent: 40, note: 'Báo cáo 6 tháng: tỷ lệ hài lòng 86%; có 2 phản ánh về thời gian chờ' },
      { inDays: -25, percent: 65, note: 'Đã lắp hệ thống xếp hàng tự động; tỷ lệ hài lòng 89%' },
    ],
  },
  {
    code: 'CT02-07',
    title: {
      vi: 'Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã',
      en: 'Digitise all commune administrative dossiers and their results',
    },
    area: 'e_government',
    owner: 'H99.X05',
    key: true,
    supervisor: 'leader',
    expectedOutput: '100% hồ sơ tiếp nhận được số hóa; kết quả được lưu trong kho dữ liệu điện tử',
    assignedInDays: -278,
    deadlineInDays: -15,
    progress: [
      { inDays: -190, percent: 40, note: 'Tỷ lệ số hóa đạt 40%' },
      { inDays: -100, percent: 70, note: 'Báo cáo 6 tháng: tỷ lệ số hóa đạt 70%; thiếu máy quét' },
      { inDays: -20, percent: 85, note: 'Đã được cấp 2 máy quét; tỷ lệ đạt 85%' },
    ],
  },
];

// ── 3. Tasks assigned by the Ministry of Home Affairs ────────────────────────────────
const BNV_ASSIGNED = -250;

const MINISTRY_TASKS: DemoTaskSeed[] = [
  {
    code: 'BNV-01',
    title: {
      vi: 'Tự đánh giá, chấm điểm Chỉ số cải cách hành chính của tỉnh và gửi tài liệu kiểm chứng',
      en: 'Self-assess the province’s PAR INDEX and send the evidence',
    },
    area: 'civil_service',
    owner: 'H99.02',
    expectedOutput: 'Báo cáo tự đánh giá kèm tài liệu kiểm chứng trên phần mềm của Bộ Nội vụ',
    assignedInDays: BNV_ASSIGNED,
    deadlineInDays: -200,
    progress: [{ inDays: -225, percent: 60, note: 'Đã tổng hợp tài liệu kiểm chứng của các sở, ngành' }],
    completedInDays: -205,
  },
  {
    code: 'BNV-02',
    title: {
      vi: 'Phối hợp triển khai điều tra xã hội học xác định Chỉ số CCHC và Chỉ số SIPAS',
      en: 'Help carry out the sociological survey for the PAR INDEX and SIPAS',
    },
    area: 'administrative_procedures',
    owner: 'H99.02',
    cooperating: ['H99.01'],
    expectedOutput: 'Danh sách mẫu khảo sát và phiếu điều tra được thu hồi đầy đủ',
    assignedInDays: BNV_ASSIGNED,
    deadlineInDays: -60,
    completedInDays: -62,
  },
  {
    code: 'BNV-03',
    title: {
      vi: 'Báo cáo kết quả rà soát, hoàn thiện vị trí việc làm sau sắp xếp tổ chức bộ máy',
      en: 'Report on the review of job positions after the reorganisation',
    },
    area: 'apparatus',
    owner: 'H99.02',
    expectedOutput: 'Báo cáo gửi Bộ Nội vụ',
    assignedInDays: BNV_ASSIGNED,
    deadlineInDays: -100,
    completedInDays: -100,
  },
  {
    code: 'BNV-04',
    title: {
      vi: 'Báo cáo tình hình vận hành chính quyền địa phương hai cấp',
      en: 'Report on how two-tier local government is working',
    },
    area: 'apparatus',
    owner: 'H99.01',
    cooperating: ['H99.02'],
    expectedOutput: 'Báo cáo của UBND tỉnh gửi Bộ Nội vụ',
    assignedInDays: BNV_ASSIGNED,
    deadlineInDays: -150,
    completedInDays: -140,
  },
  {
    code: 'BNV-05',
    title: {
      vi: 'Cập nhật dữ liệu cán bộ, công chức, viên chức vào Cơ sở dữ liệu quốc gia',
      en: 'Update the data of officials, civil servants and public employees in the national database',
    },
    area: 'civil_service',
    owner: 'H99.02',
    expectedOutput: '100% hồ sơ được cập nhật, đồng bộ',
    assignedInDays: BNV_ASSIGNED,
    deadlineInDays: -30,
    progress: [{ inDays: -90, percent: 70, note: 'Đã cập nhật 70% hồ sơ' }],
    completedInDays: -45,
  },
  {
    code: 'BNV-06',
    title: {
      vi: 'Rà soát, kiến nghị phân cấp, phân quyền giải quyết thủ tục hành chính cho chính quyền cấp xã',
      en: 'Review and propose delegating administrative procedures to commune authorities',
    },
    area: 'administrative_procedures',
    owner: 'H99.01',
    cooperating: ['H99.03'],
    expectedOutput: 'Báo cáo kiến nghị gửi Bộ Nội vụ',
    assignedInDays: BNV_ASSIGNED,
    deadlineInDays: 10,
    progress: [{ inDays: -60, percent: 50, note: 'Đã tổng hợp kiến nghị của 18 xã, phường' }],
    reportedCompletedInDays: -5,
  },
  {
    code: 'BNV-07',
    title: {
      vi: 'Xây dựng báo cáo công tác cải cách hành chính năm',
      en: 'Prepare the yearly public administration reform report',
    },
    area: 'other',
    owner: 'H99.02',
    expectedOutput: 'Báo cáo của UBND tỉnh gửi Bộ Nội vụ đúng hạn',
    assignedInDays: BNV_ASSIGNED,
    deadlineInDays: 20,
    progress: [{ inDays: -10, percent: 30, note: 'Đã đề nghị các sở, ngành, xã, phường gửi báo cáo' }],
  },
  {
    code: 'BNV-08',
    title: {
      vi: 'Báo cáo tình hình thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập',
      en: 'Report on the autonomy of public service units',
    },
    area: 'public_finance',
    owner: 'H99.05',
    cooperating: ['H99.02'],
    expectedOutput: 'Báo cáo gửi Bộ Nội vụ và Bộ Tài chính',
    assignedInDays: BNV_ASSIGNED,
    deadlineInDays: -12,
    progress: [{ inDays: -40, percent: 70, note: 'Còn 6 đơn vị chưa gửi số liệu' }],
  },
];

export const DEMO_PLANS: DemoPlanSeed[] = [
  {
    code: 'KH-CCHC',
    title: { vi: 'Kế hoạch cải cách hành chính năm của tỉnh Sơn Hà', en: 'Son Ha Province yearly public administration reform plan' },
    kind: 'provincial_plan',
    unitCode: 'H99',
    issuingBody: 'UBND tỉnh Sơn Hà',
    documentNumber: '125/KH-UBND',
    documentDateInDays: -300,
    tasks: YEARLY_PLAN_TASKS,
  },
  {
    code: 'CT-02',
    title: {
      vi: 'Chỉ thị về đẩy mạnh cải cách hành chính: chọn việc trọng tâm, hành động quyết liệt',
      en: 'Directive on stepping up public administration reform: choose the key work, act decisively',
    },
    kind: 'directive',
    unitCode: 'H99',
    issuingBody: 'UBND tỉnh Sơn Hà',
    documentNumber: '02/CT-UBND',
    documentDateInDays: -280,
    tasks: DIRECTIVE_TASKS,
  },
  {
    code: 'BNV-1245',
    title: {
      vi: 'Nhiệm vụ cải cách hành chính do Bộ Nội vụ giao',
      en: 'Public administration reform tasks assigned by the Ministry of Home Affairs',
    },
    kind: 'assigned_by_higher_level',
    unitCode: 'H99',
    issuingBody: 'Bộ Nội vụ',
    documentNumber: '1245/BNV-CCHC',
    documentDateInDays: -255,
    tasks: MINISTRY_TASKS,
  },
];
