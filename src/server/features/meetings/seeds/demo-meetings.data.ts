/**
 * The demo province's dialogues and meetings of 2026 (issue 15's demo content, written by the
 * lead): the second dialogue of the Chairman with 80 heads of divisions — the press's kinds of
 * difficulties and proposals, answered, assigned, escalated, declined, resolved — and two
 * meetings of the merged steering committee with their conclusions. Dates are those of the
 * demo's today (2026-12-06): later runs only see more of them overdue.
 *
 * The demo province Sơn Hà (H99, fictional). Units after 2025: H99 province; departments
 * H99.01 PPC Office, .02 Home Affairs, .03 Justice, .05 Finance, .06 Industry and Trade,
 * .10 Construction, .12 Culture, .13 Science and Technology, .15 Education, .16 Health,
 * .17 Inspectorate, .19 Industrial Parks Board, .21 Agriculture and Environment, .22 Ethnic
 * Minorities and Religions; communes H99.X01–X18 (X05 Tân Lập, X08 Phù Vân).
 */
type L = { vi: string; en: string; lo: string; km: string; th: string };

export interface DemoItem {
  code: string;
  kind: 'difficulty' | 'proposal' | 'conclusion';
  raisedByUnit: string | null;
  raiserTitle: L | null;
  field: string;
  addressedTo: string;
  text: L;
  /** answered (on the spot when on the meeting's day) */
  answer?: { on: string; text: L };
  assignment?: { unit: string; deadline: string; on: string };
  /** a deadline moved later (history keeps the first) */
  extendedTo?: { deadline: string; on: string };
  resolvedOn?: string;
  declined?: { on: string; reason: L };
  escalatedTo?: { unit: string; on: string };
}

const headOf = (vi: string, en: string, lo: string, km: string, th: string): L => ({ vi, en, lo, km, th });

/** The second dialogue of the Chairman of the Provincial People's Committee with 80 heads of divisions. */
export const DEMO_DIALOGUE = {
  code: 'DT-H99-2026-02',
  kind: 'dialogue_divisions' as const,
  heldOn: '2026-10-16',
  unitCode: 'H99',
  chair: {
    title: headOf('Chủ tịch UBND tỉnh', "Chairman of the Provincial People's Committee", 'ປະທານຄະນະກຳມະການປະຊາຊົນແຂວງ', 'ប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត', 'ประธานคณะกรรมการประชาชนจังหวัด'),
    name: 'Hoàng Đức Thắng',
  },
  participants: 80,
  participantUnits: ['H99.02', 'H99.03', 'H99.05', 'H99.10', 'H99.13', 'H99.16', 'H99.19', 'H99.21', 'H99.X05', 'H99.X08'],
  names: {
    vi: 'Hội nghị đối thoại lần thứ hai giữa Chủ tịch UBND tỉnh với người đứng đầu các phòng chuyên môn',
    en: "Second dialogue between the Chairman of the Provincial People's Committee and the heads of divisions",
    lo: 'ກອງປະຊຸມປຶກສາຫາລືຄັ້ງທີສອງ ລະຫວ່າງປະທານຄະນະກຳມະການປະຊາຊົນແຂວງ ກັບຫົວໜ້າຂະແໜງການ',
    km: 'កិច្ចសន្ទនាលើកទីពីររវាងប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត និងប្រធានការិយាល័យជំនាញ',
    th: 'การเสวนาครั้งที่สองระหว่างประธานคณะกรรมการประชาชนจังหวัดกับหัวหน้าส่วนงาน',
  },
  agenda: {
    vi: 'Lắng nghe khó khăn, vướng mắc, kiến nghị của người đứng đầu các phòng chuyên môn trong thực thi công vụ và giải quyết thủ tục hành chính; chấn chỉnh tình trạng chậm trễ, né tránh, đùn đẩy trách nhiệm.',
    en: 'Hear the difficulties, obstacles and proposals of the heads of divisions in carrying out their duties and handling administrative procedures; correct delays, avoidance and the shifting of responsibility.',
    lo: 'ຮັບຟັງຄວາມຫຍຸ້ງຍາກ, ບັນຫາຕິດຂັດ ແລະ ຂໍ້ສະເໜີຂອງຫົວໜ້າຂະແໜງການ ໃນການປະຕິບັດໜ້າທີ່ ແລະ ການແກ້ໄຂຂັ້ນຕອນບໍລິຫານ; ແກ້ໄຂການຊັກຊ້າ, ການຫຼີກລ່ຽງ ແລະ ການຍູ້ຄວາມຮັບຜິດຊອບ.',
    km: 'ស្តាប់ការលំបាក ឧបសគ្គ និងសំណើរបស់ប្រធានការិយាល័យជំនាញ ក្នុងការបំពេញការងារ និងដោះស្រាយនីតិវិធីរដ្ឋបាល; កែតម្រូវភាពយឺតយ៉ាវ ការគេចវេស និងការរុញច្រានទំនួលខុសត្រូវ។',
    th: 'รับฟังปัญหา อุปสรรค และข้อเสนอของหัวหน้าส่วนงานในการปฏิบัติหน้าที่และการดำเนินขั้นตอนทางปกครอง แก้ไขความล่าช้า การหลีกเลี่ยง และการโยนความรับผิดชอบ',
  },
  items: [
    {
      code: 'DT2-01',
      kind: 'difficulty',
      raisedByUnit: 'H99.21',
      raiserTitle: headOf('Trưởng phòng Quản lý đất đai', 'Head of the Land Management Division', 'ຫົວໜ້າຂະແໜງຄຸ້ມຄອງທີ່ດິນ', 'ប្រធានការិយាល័យគ្រប់គ្រងដីធ្លី', 'หัวหน้าส่วนบริหารจัดการที่ดิน'),
      field: 'land',
      addressedTo: 'H99',
      text: {
        vi: 'Bảng giá đất được điều chỉnh nhiều lần trong năm, khó áp dụng khi tính bồi thường, hỗ trợ giải phóng mặt bằng.',
        en: 'The land price table was changed several times in the year and is hard to apply when calculating compensation for site clearance.',
        lo: 'ຕາຕະລາງລາຄາທີ່ດິນຖືກປັບປຸງຫຼາຍຄັ້ງໃນປີ, ຍາກທີ່ຈະນຳໃຊ້ໃນການຄິດໄລ່ຄ່າຊົດເຊີຍການເກັບກູ້ພື້ນທີ່.',
        km: 'តារាងតម្លៃដីត្រូវបានកែប្រែច្រើនដងក្នុងមួយឆ្នាំ ពិបាកអនុវត្តពេលគណនាសំណងសម្រាប់ការបោសសម្អាតទីតាំង។',
        th: 'บัญชีราคาที่ดินถูกปรับหลายครั้งในปี ยากต่อการใช้คำนวณค่าชดเชยการเวนคืนพื้นที่',
      },
      answer: {
        on: '2026-10-16',
        text: {
          vi: 'Giao Sở Nông nghiệp và Môi trường rà soát, trình ban hành hướng dẫn áp dụng bảng giá đất thống nhất.',
          en: 'The Department of Agriculture and Environment is to review and submit one guideline for applying the land price table.',
          lo: 'ມອບໃຫ້ພະແນກກະສິກຳ ແລະ ສິ່ງແວດລ້ອມ ທົບທວນ ແລະ ສະເໜີຄຳແນະນຳການນຳໃຊ້ຕາຕະລາງລາຄາທີ່ດິນແບບດຽວກັນ.',
          km: 'ប្រគល់ឱ្យមន្ទីរកសិកម្ម និងបរិស្ថាន ពិនិត្យ និងដាក់ស្នើសេចក្តីណែនាំតែមួយសម្រាប់អនុវត្តតារាងតម្លៃដី។',
          th: 'มอบหมายกรมเกษตรและสิ่งแวดล้อมทบทวนและเสนอแนวทางการใช้บัญชีราคาที่ดินที่เป็นเอกภาพ',
        },
      },
      assignment: { unit: 'H99.21', deadline: '2026-11-30', on: '2026-10-16' },
      extendedTo: { deadline: '2026-12-31', on: '2026-11-25' },
    },
    {
      code: 'DT2-02',
      kind: 'difficulty',
      raisedByUnit: 'H99.X05',
      raiserTitle: headOf('Trưởng phòng Kinh tế xã Tân Lập', 'Head of the Economic Division of Tân Lập commune', 'ຫົວໜ້າຂະແໜງເສດຖະກິດ ຕາແສງເຕິນລັບ', 'ប្រធានការិយាល័យសេដ្ឋកិច្ច ឃុំតឹនឡាប់', 'หัวหน้าส่วนเศรษฐกิจ ตำบลเติ่นหลับ'),
      field: 'procedures',
      addressedTo: 'H99.21',
      text: {
        vi: 'Phối hợp giữa cơ quan cấp tỉnh và cấp xã trong giải quyết hồ sơ đất đai chưa chặt chẽ, hồ sơ bị chuyển qua lại nhiều lần.',
        en: 'Coordination between provincial and commune agencies on land dossiers is loose: dossiers are passed back and forth several times.',
        lo: 'ການປະສານງານລະຫວ່າງອົງການຂັ້ນແຂວງ ແລະ ຂັ້ນຕາແສງ ໃນການແກ້ໄຂເອກະສານທີ່ດິນຍັງບໍ່ແໜ້ນແຟ້ນ, ເອກະສານຖືກສົ່ງໄປມາຫຼາຍຄັ້ງ.',
        km: 'ការសម្របសម្រួលរវាងស្ថាប័នថ្នាក់ខេត្ត និងថ្នាក់ឃុំក្នុងការដោះស្រាយឯកសារដីធ្លីមិនទាន់រឹងមាំ ឯកសារត្រូវបញ្ជូនទៅមកច្រើនដង។',
        th: 'การประสานงานระหว่างหน่วยงานระดับจังหวัดและระดับตำบลในการพิจารณาแฟ้มเรื่องที่ดินยังไม่รัดกุม แฟ้มถูกส่งกลับไปมาหลายครั้ง',
      },
      escalatedTo: { unit: 'H99', on: '2026-10-30' },
    },
    {
      code: 'DT2-03',
      kind: 'difficulty',
      raisedByUnit: 'H99.16',
      raiserTitle: headOf('Trưởng phòng Nghiệp vụ Dược', 'Head of the Pharmacy Division', 'ຫົວໜ້າຂະແໜງການຢາ', 'ប្រធានការិយាល័យឱសថ', 'หัวหน้าส่วนเภสัชกรรม'),
      field: 'health',
      addressedTo: 'H99',
      text: {
        vi: 'Đấu thầu mua sắm thuốc, vật tư y tế kéo dài, trạm y tế xã thiếu thuốc thiết yếu.',
        en: 'Tenders for medicines and medical supplies drag on; commune health stations lack essential medicines.',
        lo: 'ການປະມູນຈັດຊື້ຢາ ແລະ ອຸປະກອນການແພດແກ່ຍາວ, ສຸກສາລາຕາແສງຂາດຢາທີ່ຈຳເປັນ.',
        km: 'ការដេញថ្លៃទិញថ្នាំ និងសម្ភារៈពេទ្យអូសបន្លាយ មណ្ឌលសុខភាពឃុំខ្វះថ្នាំចាំបាច់។',
        th: 'การประกวดราคาจัดซื้อยาและเวชภัณฑ์ล่าช้า สถานีอนามัยตำบลขาดยาจำเป็น',
      },
      assignment: { unit: 'H99.05', deadline: '2026-11-15', on: '2026-10-20' },
      answer: {
        on: '2026-11-10',
        text: {
          vi: 'Sở Tài chính đã bố trí kinh phí và hướng dẫn mua sắm tập trung; gói thầu thuốc thiết yếu đã ký hợp đồng.',
          en: 'The Department of Finance has allocated the funds and guided central procurement; the essential-medicines lot is under contract.',
          lo: 'ພະແນກການເງິນໄດ້ຈັດສັນງົບປະມານ ແລະ ແນະນຳການຈັດຊື້ແບບລວມສູນ; ສັນຍາຊຸດຢາທີ່ຈຳເປັນໄດ້ເຊັນແລ້ວ.',
          km: 'មន្ទីរហិរញ្ញវត្ថុបានបែងចែកថវិកា និងណែនាំការទិញរួម; កិច្ចសន្យាថ្នាំចាំបាច់បានចុះហត្ថលេខា។',
          th: 'กรมการคลังจัดสรรงบประมาณและแนะนำการจัดซื้อรวมแล้ว สัญญาจัดซื้อยาจำเป็นลงนามแล้ว',
        },
      },
      resolvedOn: '2026-11-28',
    },
    {
      code: 'DT2-04',
      kind: 'difficulty',
      raisedByUnit: 'H99.X08',
      raiserTitle: headOf('Trưởng phòng Kinh tế xã Phù Vân', 'Head of the Economic Division of Phù Vân commune', 'ຫົວໜ້າຂະແໜງເສດຖະກິດ ຕາແສງຟູວັນ', 'ប្រធានការិយាល័យសេដ្ឋកិច្ច ឃុំភូវ៉ាន់', 'หัวหน้าส่วนเศรษฐกิจ ตำบลฝูเวิน'),
      field: 'environment',
      addressedTo: 'H99',
      text: {
        vi: 'Sau sắp xếp đơn vị hành chính, một số thôn chưa có đơn vị thu gom rác thải sinh hoạt.',
        en: 'Since the administrative units were reorganised, some villages have no one collecting household waste.',
        lo: 'ຫຼັງຈາກຈັດຕັ້ງຫົວໜ່ວຍບໍລິຫານຄືນໃໝ່, ບາງບ້ານຍັງບໍ່ມີຫົວໜ່ວຍເກັບຂີ້ເຫຍື້ອ.',
        km: 'ក្រោយការរៀបចំអង្គភាពរដ្ឋបាលឡើងវិញ ភូមិខ្លះមិនទាន់មានអ្នកប្រមូលសំរាមតាមផ្ទះ។',
        th: 'หลังการจัดระเบียบหน่วยการปกครอง บางหมู่บ้านยังไม่มีหน่วยงานเก็บขยะมูลฝอย',
      },
      assignment: { unit: 'H99.21', deadline: '2027-01-31', on: '2026-10-20' },
    },
    {
      code: 'DT2-05',
      kind: 'proposal',
      raisedByUnit: 'H99.X05',
      raiserTitle: headOf('Chánh Văn phòng HĐND và UBND xã Tân Lập', 'Chief of the Office of Tân Lập commune', 'ຫົວໜ້າຫ້ອງການ ຕາແສງເຕິນລັບ', 'ប្រធានការិយាល័យ ឃុំតឹនឡាប់', 'หัวหน้าสำนักงาน ตำบลเติ่นหลับ'),
      field: 'staffing',
      addressedTo: 'H99',
      text: {
        vi: 'Đề nghị bổ sung biên chế công chức địa chính và tư pháp cho các xã sau sắp xếp.',
        en: 'Proposes more civil-servant posts for land administration and justice in the communes after the reorganisation.',
        lo: 'ສະເໜີເພີ່ມຕຳແໜ່ງລັດຖະກອນດ້ານທີ່ດິນ ແລະ ຍຸຕິທຳ ໃຫ້ແກ່ຕາແສງຫຼັງການຈັດຕັ້ງຄືນໃໝ່.',
        km: 'ស្នើបន្ថែមក្របខ័ណ្ឌមន្ត្រីរាជការផ្នែកដីធ្លី និងយុត្តិធម៌ សម្រាប់ឃុំក្រោយការរៀបចំឡើងវិញ។',
        th: 'เสนอเพิ่มอัตรากำลังข้าราชการด้านที่ดินและยุติธรรมให้ตำบลหลังการจัดระเบียบ',
      },
      declined: {
        on: '2026-10-16',
        reason: {
          vi: 'Biên chế năm 2026 đã được HĐND tỉnh giao; các xã bố trí lại trong tổng biên chế hiện có, Sở Nội vụ hướng dẫn điều động.',
          en: "The 2026 staffing quota was set by the Provincial People's Council; communes redeploy within their current quota, guided by the Department of Home Affairs.",
          lo: 'ຈຳນວນພະນັກງານປີ 2026 ໄດ້ຖືກກຳນົດໂດຍສະພາປະຊາຊົນແຂວງ; ຕາແສງຈັດສັນຄືນພາຍໃນຈຳນວນທີ່ມີ, ພະແນກພາຍໃນແນະນຳການຍົກຍ້າຍ.',
          km: 'ក្របខ័ណ្ឌឆ្នាំ ២០២៦ ត្រូវបានក្រុមប្រឹក្សាប្រជាជនខេត្តកំណត់; ឃុំរៀបចំឡើងវិញក្នុងក្របខ័ណ្ឌដែលមាន ដោយមន្ទីរមហាផ្ទៃណែនាំការផ្ទេរ។',
          th: 'อัตรากำลังปี 2026 สภาประชาชนจังหวัดกำหนดแล้ว ตำบลจัดสรรใหม่ภายในอัตราที่มี โดยกรมกิจการภายในแนะนำการโยกย้าย',
        },
      },
    },
    {
      code: 'DT2-06',
      kind: 'difficulty',
      raisedByUnit: 'H99.10',
      raiserTitle: headOf('Trưởng phòng Quản lý nhà và thị trường bất động sản', 'Head of the Housing and Real Estate Market Division', 'ຫົວໜ້າຂະແໜງຄຸ້ມຄອງເຮືອນ ແລະ ຕະຫຼາດອະສັງຫາລິມະຊັບ', 'ប្រធានការិយាល័យគ្រប់គ្រងលំនៅឋាន និងទីផ្សារអចលនទ្រព្យ', 'หัวหน้าส่วนบริหารที่อยู่อาศัยและตลาดอสังหาริมทรัพย์'),
      field: 'procedures',
      addressedTo: 'H99',
      text: {
        vi: 'Hồ sơ liên quan nhiều lĩnh vực bị các phòng đùn đẩy trách nhiệm, không rõ đơn vị chủ trì.',
        en: 'Dossiers that touch several fields are pushed between divisions, with no clear lead unit.',
        lo: 'ເອກະສານທີ່ກ່ຽວຂ້ອງຫຼາຍຂົງເຂດຖືກຂະແໜງຕ່າງໆຍູ້ຄວາມຮັບຜິດຊອບໃສ່ກັນ, ບໍ່ຈະແຈ້ງວ່າໃຜເປັນເຈົ້າການ.',
        km: 'ឯកសារពាក់ព័ន្ធច្រើនវិស័យត្រូវការិយាល័យរុញច្រានទំនួលខុសត្រូវ គ្មានអង្គភាពដឹកនាំច្បាស់លាស់។',
        th: 'แฟ้มเรื่องที่เกี่ยวข้องหลายด้านถูกส่วนงานต่าง ๆ โยนความรับผิดชอบ ไม่ชัดเจนว่าหน่วยใดเป็นเจ้าภาพ',
      },
      answer: {
        on: '2026-10-16',
        text: {
          vi: 'Đơn vị tiếp nhận hồ sơ đầu tiên là đơn vị chủ trì; người đứng đầu chịu trách nhiệm nếu để hồ sơ trễ hẹn.',
          en: 'The unit that receives a dossier first leads it; its head answers for any missed appointment.',
          lo: 'ໜ່ວຍງານທີ່ຮັບເອກະສານກ່ອນແມ່ນເຈົ້າການ; ຫົວໜ້າຮັບຜິດຊອບຖ້າເອກະສານຊັກຊ້າ.',
          km: 'អង្គភាពដែលទទួលឯកសារមុនគឺជាអ្នកដឹកនាំ; ប្រធានទទួលខុសត្រូវបើឯកសារយឺតពេលណាត់។',
          th: 'หน่วยที่รับแฟ้มเรื่องก่อนเป็นเจ้าภาพ หัวหน้าหน่วยรับผิดชอบหากแฟ้มล่าช้ากว่านัด',
        },
      },
      resolvedOn: '2026-10-16',
    },
    {
      code: 'DT2-07',
      kind: 'proposal',
      raisedByUnit: 'H99.19',
      raiserTitle: headOf('Trưởng phòng Quản lý đầu tư', 'Head of the Investment Management Division', 'ຫົວໜ້າຂະແໜງຄຸ້ມຄອງການລົງທຶນ', 'ប្រធានការិយាល័យគ្រប់គ្រងវិនិយោគ', 'หัวหน้าส่วนบริหารการลงทุน'),
      field: 'investment',
      addressedTo: 'H99',
      text: {
        vi: 'Đề nghị rút ngắn thời gian lấy ý kiến các sở khi chấp thuận chủ trương đầu tư xuống 7 ngày làm việc.',
        en: 'Proposes cutting the time for departments to comment on investment approvals to 7 working days.',
        lo: 'ສະເໜີຫຼຸດເວລາການຂໍຄຳເຫັນຈາກພະແນກຕ່າງໆ ໃນການອະນຸມັດນະໂຍບາຍການລົງທຶນ ລົງເຫຼືອ 7 ວັນລັດຖະການ.',
        km: 'ស្នើកាត់បន្ថយពេលវេលាសុំយោបល់មន្ទីរនានាក្នុងការអនុម័តគោលការណ៍វិនិយោគ មកត្រឹម ៧ ថ្ងៃធ្វើការ។',
        th: 'เสนอลดเวลาขอความเห็นจากกรมต่าง ๆ ในการอนุมัตินโยบายการลงทุนเหลือ 7 วันทำการ',
      },
      assignment: { unit: 'H99.05', deadline: '2026-11-30', on: '2026-10-20' },
    },
    {
      code: 'DT2-08',
      kind: 'difficulty',
      raisedByUnit: 'H99.03',
      raiserTitle: headOf('Trưởng phòng Hành chính tư pháp', 'Head of the Judicial Administration Division', 'ຫົວໜ້າຂະແໜງບໍລິຫານຍຸຕິທຳ', 'ប្រធានការិយាល័យរដ្ឋបាលយុត្តិធម៌', 'หัวหน้าส่วนการบริหารงานยุติธรรม'),
      field: 'digital_transformation',
      addressedTo: 'H99',
      text: {
        vi: 'Phần mềm một cửa và phần mềm chuyên ngành hộ tịch chưa liên thông, cán bộ phải nhập dữ liệu hai lần.',
        en: "The one-stop software and the civil-status software are not connected: staff enter the data twice.",
        lo: 'ລະບົບປະຕູດຽວ ແລະ ລະບົບທະບຽນພົນລະເມືອງຍັງບໍ່ເຊື່ອມຕໍ່ກັນ, ພະນັກງານຕ້ອງປ້ອນຂໍ້ມູນສອງຄັ້ງ.',
        km: 'កម្មវិធីច្រកចេញចូលតែមួយ និងកម្មវិធីអត្រានុកូលដ្ឋានមិនទាន់តភ្ជាប់ មន្ត្រីត្រូវបញ្ចូលទិន្នន័យពីរដង។',
        th: 'ระบบศูนย์บริการจุดเดียวและระบบทะเบียนราษฎร์ยังไม่เชื่อมต่อกัน เจ้าหน้าที่ต้องกรอกข้อมูลสองครั้ง',
      },
      assignment: { unit: 'H99.13', deadline: '2026-12-20', on: '2026-10-20' },
    },
  ] satisfies DemoItem[],
  conclusions: [
    {
      code: 'DT2-KL-01',
      kind: 'conclusion',
      raisedByUnit: null,
      raiserTitle: null,
      field: 'procedures',
      addressedTo: 'H99',
      text: {
        vi: 'Xem xét trách nhiệm công chức giải quyết hồ sơ chậm, trễ hẹn với công dân; báo cáo kết quả xử lý.',
        en: 'Hold to account the officials who handle dossiers slowly or miss appointments with citizens, and report what was done.',
        lo: 'ພິຈາລະນາຄວາມຮັບຜິດຊອບຂອງລັດຖະກອນທີ່ແກ້ໄຂເອກະສານຊັກຊ້າ ຫຼື ຜິດນັດກັບປະຊາຊົນ ແລະ ລາຍງານຜົນ.',
        km: 'ពិនិត្យទំនួលខុសត្រូវមន្ត្រីដែលដោះស្រាយឯកសារយឺត ឬខកខានការណាត់ជាមួយពលរដ្ឋ ហើយរាយការណ៍លទ្ធផល។',
        th: 'พิจารณาความรับผิดชอบของเจ้าหน้าที่ที่ดำเนินแฟ้มเรื่องล่าช้าหรือผิดนัดกับประชาชน และรายงานผล',
      },
      assignment: { unit: 'H99.02', deadline: '2026-12-31', on: '2026-10-16' },
    },
    {
      code: 'DT2-KL-02',
      kind: 'conclusion',
      raisedByUnit: null,
      raiserTitle: null,
      field: 'procedures',
      addressedTo: 'H99',
      text: {
        vi: 'Ban hành quy chế phối hợp giữa các sở và UBND cấp xã trong giải quyết hồ sơ đất đai.',
        en: "Issue rules of coordination between the departments and the communes' People's Committees on land dossiers.",
        lo: 'ອອກລະບຽບການປະສານງານລະຫວ່າງພະແນກການ ແລະ ຄະນະກຳມະການປະຊາຊົນຕາແສງ ໃນການແກ້ໄຂເອກະສານທີ່ດິນ.',
        km: 'ចេញបទបញ្ជាសម្របសម្រួលរវាងមន្ទីរ និងគណៈកម្មាធិការប្រជាជនឃុំ ក្នុងការដោះស្រាយឯកសារដីធ្លី។',
        th: 'ออกระเบียบการประสานงานระหว่างกรมต่าง ๆ กับคณะกรรมการประชาชนตำบลในการพิจารณาแฟ้มเรื่องที่ดิน',
      },
      assignment: { unit: 'H99.21', deadline: '2026-11-30', on: '2026-10-16' },
    },
  ] satisfies DemoItem[],
};

/** Two meetings of the merged steering committee (BCD-H99) in 2026, each ending in conclusions. */
export const DEMO_COMMITTEE_MEETINGS = [
  {
    code: 'BCD-H99-2026-02',
    kind: 'steering_committee' as const,
    committeeCode: 'BCD-H99',
    number: 2,
    heldOn: '2026-04-10',
    unitCode: 'H99',
    chair: { title: headOf('Trưởng Ban Chỉ đạo', 'Head of the Steering Committee', 'ຫົວໜ້າຄະນະຊີ້ນຳ', 'ប្រធានគណៈកម្មាធិការដឹកនាំ', 'ประธานคณะกรรมการอำนวยการ'), name: 'Hoàng Đức Thắng' },
    participants: 32,
    participantUnits: ['H99.02', 'H99.05', 'H99.10', 'H99.13', 'H99.19', 'H99.21'],
    names: {
      vi: 'Phiên họp thứ 2 năm 2026 của Ban Chỉ đạo: đánh giá kết quả cải cách hành chính quý I',
      en: "The Steering Committee's 2nd meeting of 2026: reviewing the first quarter's reform results",
      lo: 'ກອງປະຊຸມຄັ້ງທີ 2 ປີ 2026 ຂອງຄະນະຊີ້ນຳ: ປະເມີນຜົນການປະຕິຮູບການບໍລິຫານໄຕມາດທີ I',
      km: 'កិច្ចប្រជុំលើកទី ២ ឆ្នាំ ២០២៦ របស់គណៈកម្មាធិការដឹកនាំ៖ វាយតម្លៃលទ្ធផលកំណែទម្រង់រដ្ឋបាលត្រីមាសទី ១',
      th: 'การประชุมครั้งที่ 2 ปี 2026 ของคณะกรรมการอำนวยการ: ประเมินผลการปฏิรูปการบริหารไตรมาสแรก',
    },
    agenda: {
      vi: 'Kết quả quý I; tiến độ số hóa hồ sơ và dịch vụ công trực tuyến toàn trình; nhiệm vụ quý II.',
      en: "The first quarter's results; progress of dossier digitisation and full online public services; the second quarter's tasks.",
      lo: 'ຜົນໄຕມາດທີ I; ຄວາມຄືບໜ້າການຫັນເອກະສານເປັນດິຈິຕອນ ແລະ ບໍລິການສາທາລະນະອອນລາຍເຕັມຮູບແບບ; ໜ້າວຽກໄຕມາດທີ II.',
      km: 'លទ្ធផលត្រីមាសទី ១; វឌ្ឍនភាពឌីជីថលូបនីយកម្មឯកសារ និងសេវាសាធារណៈអនឡាញពេញលេញ; ភារកិច្ចត្រីមាសទី ២។',
      th: 'ผลไตรมาสแรก ความคืบหน้าการแปลงแฟ้มเป็นดิจิทัลและบริการสาธารณะออนไลน์เต็มรูปแบบ ภารกิจไตรมาสที่สอง',
    },
    items: [] as DemoItem[],
    conclusions: [
      {
        code: 'BCD2-KL-01', kind: 'conclusion', raisedByUnit: null, raiserTitle: null, field: 'procedures', addressedTo: 'H99',
        text: {
          vi: 'Rà soát, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực nội vụ.',
          en: 'Review and propose shorter handling times for the home-affairs procedures.',
          lo: 'ທົບທວນ ແລະ ສະເໜີຫຼຸດເວລາແກ້ໄຂຂັ້ນຕອນບໍລິຫານດ້ານພາຍໃນ.',
          km: 'ពិនិត្យ និងស្នើកាត់បន្ថយពេលវេលាដោះស្រាយនីតិវិធីរដ្ឋបាលផ្នែកមហាផ្ទៃ។',
          th: 'ทบทวนและเสนอลดเวลาดำเนินขั้นตอนทางปกครองด้านกิจการภายใน',
        },
        assignment: { unit: 'H99.02', deadline: '2026-06-30', on: '2026-04-10' },
        answer: { on: '2026-06-25', text: { vi: 'Đã trình phương án cắt giảm 20% thời gian của 14 thủ tục.', en: 'A plan cutting 20 % of the time of 14 procedures has been submitted.', lo: 'ໄດ້ສະເໜີແຜນຫຼຸດເວລາ 20% ຂອງ 14 ຂັ້ນຕອນແລ້ວ.', km: 'បានដាក់ស្នើផែនការកាត់បន្ថយពេលវេលា ២០% នៃនីតិវិធី ១៤។', th: 'เสนอแผนลดเวลาร้อยละ 20 ของ 14 ขั้นตอนแล้ว' } },
        resolvedOn: '2026-06-25',
      },
      {
        code: 'BCD2-KL-02', kind: 'conclusion', raisedByUnit: null, raiserTitle: null, field: 'digital_transformation', addressedTo: 'H99',
        text: {
          vi: 'Đưa toàn bộ thủ tục đủ điều kiện lên dịch vụ công trực tuyến toàn trình.',
          en: 'Put every eligible procedure online end to end.',
          lo: 'ນຳທຸກຂັ້ນຕອນທີ່ມີເງື່ອນໄຂຂຶ້ນບໍລິການສາທາລະນະອອນລາຍເຕັມຮູບແບບ.',
          km: 'ដាក់នីតិវិធីដែលមានលក្ខខណ្ឌទាំងអស់ជាសេវាសាធារណៈអនឡាញពេញលេញ។',
          th: 'นำขั้นตอนที่เข้าเงื่อนไขทั้งหมดขึ้นบริการสาธารณะออนไลน์เต็มรูปแบบ',
        },
        assignment: { unit: 'H99.13', deadline: '2026-09-30', on: '2026-04-10' },
        answer: { on: '2026-10-05', text: { vi: '198 thủ tục đã được cung cấp trực tuyến toàn trình.', en: '198 procedures are now online end to end.', lo: '198 ຂັ້ນຕອນໄດ້ໃຫ້ບໍລິການອອນລາຍເຕັມຮູບແບບແລ້ວ.', km: 'នីតិវិធី ១៩៨ ត្រូវបានផ្តល់ជាសេវាអនឡាញពេញលេញ។', th: '198 ขั้นตอนให้บริการออนไลน์เต็มรูปแบบแล้ว' } },
        resolvedOn: '2026-10-20',
      },
      {
        code: 'BCD2-KL-03', kind: 'conclusion', raisedByUnit: null, raiserTitle: null, field: 'construction', addressedTo: 'H99',
        text: {
          vi: 'Rút ngắn thời gian cấp giấy phép xây dựng xuống còn 10 ngày làm việc.',
          en: 'Cut the time to issue a building permit to 10 working days.',
          lo: 'ຫຼຸດເວລາອອກໃບອະນຸຍາດກໍ່ສ້າງລົງເຫຼືອ 10 ວັນລັດຖະການ.',
          km: 'កាត់បន្ថយពេលវេលាចេញលិខិតអនុញ្ញាតសាងសង់មកត្រឹម ១០ ថ្ងៃធ្វើការ។',
          th: 'ลดเวลาออกใบอนุญาตก่อสร้างเหลือ 10 วันทำการ',
        },
        assignment: { unit: 'H99.10', deadline: '2026-08-31', on: '2026-04-10' },
      },
    ] satisfies DemoItem[],
  },
  {
    code: 'BCD-H99-2026-03',
    kind: 'steering_committee' as const,
    committeeCode: 'BCD-H99',
    number: 3,
    heldOn: '2026-07-24',
    unitCode: 'H99',
    chair: { title: headOf('Trưởng Ban Chỉ đạo', 'Head of the Steering Committee', 'ຫົວໜ້າຄະນະຊີ້ນຳ', 'ប្រធានគណៈកម្មាធិការដឹកនាំ', 'ประธานคณะกรรมการอำนวยการ'), name: 'Hoàng Đức Thắng' },
    participants: 35,
    participantUnits: ['H99.02', 'H99.05', 'H99.10', 'H99.13', 'H99.19', 'H99.21', 'H99.X01', 'H99.X05'],
    names: {
      vi: 'Phiên họp thứ 3 năm 2026 của Ban Chỉ đạo: sơ kết 6 tháng đầu năm',
      en: "The Steering Committee's 3rd meeting of 2026: the half-year review",
      lo: 'ກອງປະຊຸມຄັ້ງທີ 3 ປີ 2026 ຂອງຄະນະຊີ້ນຳ: ສະຫຼຸບ 6 ເດືອນຕົ້ນປີ',
      km: 'កិច្ចប្រជុំលើកទី ៣ ឆ្នាំ ២០២៦ របស់គណៈកម្មាធិការដឹកនាំ៖ បូកសរុបឆមាសទី ១',
      th: 'การประชุมครั้งที่ 3 ปี 2026 ของคณะกรรมการอำนวยการ: สรุปผลครึ่งปีแรก',
    },
    agenda: {
      vi: 'Sơ kết 6 tháng: nhiệm vụ hoàn thành, hồ sơ trễ hạn, chỉ số cải cách hành chính; phương án hợp nhất các ban chỉ đạo.',
      en: 'The half-year: tasks completed, late dossiers, the PAR index; the plan to merge the steering committees.',
      lo: 'ສະຫຼຸບ 6 ເດືອນ: ໜ້າວຽກສຳເລັດ, ເອກະສານຊັກຊ້າ, ດັດຊະນີປະຕິຮູບການບໍລິຫານ; ແຜນການລວມຄະນະຊີ້ນຳ.',
      km: 'បូកសរុបឆមាស៖ ភារកិច្ចបានបញ្ចប់ ឯកសារយឺត សន្ទស្សន៍កំណែទម្រង់រដ្ឋបាល; ផែនការបញ្ចូលគណៈកម្មាធិការដឹកនាំ។',
      th: 'สรุปครึ่งปี: ภารกิจที่เสร็จ แฟ้มเรื่องล่าช้า ดัชนีการปฏิรูปการบริหาร แผนรวมคณะกรรมการอำนวยการ',
    },
    items: [] as DemoItem[],
    conclusions: [
      {
        code: 'BCD3-KL-01', kind: 'conclusion', raisedByUnit: null, raiserTitle: null, field: 'land', addressedTo: 'H99',
        text: {
          vi: 'Xử lý dứt điểm các hồ sơ đất đai tồn đọng, trễ hạn.',
          en: 'Clear every outstanding and late land dossier.',
          lo: 'ແກ້ໄຂເອກະສານທີ່ດິນທີ່ຄ້າງ ແລະ ຊັກຊ້າໃຫ້ສຳເລັດ.',
          km: 'ដោះស្រាយឯកសារដីធ្លីដែលនៅសល់ និងយឺតឱ្យចប់សព្វគ្រប់។',
          th: 'ดำเนินการแฟ้มเรื่องที่ดินที่ค้างและล่าช้าให้เสร็จสิ้น',
        },
        assignment: { unit: 'H99.21', deadline: '2026-10-31', on: '2026-07-24' },
      },
      {
        code: 'BCD3-KL-02', kind: 'conclusion', raisedByUnit: null, raiserTitle: null, field: 'finance', addressedTo: 'H99',
        text: {
          vi: 'Báo cáo tình hình bố trí kinh phí cho chuyển đổi số năm 2026.',
          en: "Report on the funds allocated to digital transformation in 2026.",
          lo: 'ລາຍງານການຈັດສັນງົບປະມານໃຫ້ການຫັນເປັນດິຈິຕອນປີ 2026.',
          km: 'រាយការណ៍ស្ថានភាពបែងចែកថវិកាសម្រាប់ការផ្លាស់ប្តូរឌីជីថលឆ្នាំ ២០២៦។',
          th: 'รายงานการจัดสรรงบประมาณเพื่อการเปลี่ยนผ่านสู่ดิจิทัลปี 2026',
        },
        assignment: { unit: 'H99.05', deadline: '2026-09-15', on: '2026-07-24' },
        answer: { on: '2026-09-10', text: { vi: 'Đã bố trí 42,6 tỷ đồng, giải ngân 61 %.', en: 'VND 42.6 billion allocated, 61 % disbursed.', lo: 'ໄດ້ຈັດສັນ 42,6 ຕື້ດົ່ງ, ເບີກຈ່າຍ 61%.', km: 'បានបែងចែក ៤២,៦ ពាន់លានដុង បានទូទាត់ ៦១%។', th: 'จัดสรรแล้ว 42.6 พันล้านด่ง เบิกจ่ายร้อยละ 61' } },
        resolvedOn: '2026-09-10',
      },
      {
        code: 'BCD3-KL-03', kind: 'conclusion', raisedByUnit: null, raiserTitle: null, field: 'staffing', addressedTo: 'H99',
        text: {
          vi: 'Tham mưu hợp nhất Ban Chỉ đạo Đề án 06 vào Ban Chỉ đạo cải cách hành chính và chuyển đổi số.',
          en: 'Prepare the merger of the Project 06 steering committee into the committee for administrative reform and digital transformation.',
          lo: 'ກະກຽມການລວມຄະນະຊີ້ນຳໂຄງການ 06 ເຂົ້າໃນຄະນະຊີ້ນຳການປະຕິຮູບການບໍລິຫານ ແລະ ຫັນເປັນດິຈິຕອນ.',
          km: 'រៀបចំការបញ្ចូលគណៈកម្មាធិការដឹកនាំគម្រោង ០៦ ទៅក្នុងគណៈកម្មាធិការកំណែទម្រង់រដ្ឋបាល និងការផ្លាស់ប្តូរឌីជីថល។',
          th: 'เตรียมการรวมคณะกรรมการอำนวยการโครงการ 06 เข้ากับคณะกรรมการปฏิรูปการบริหารและการเปลี่ยนผ่านสู่ดิจิทัล',
        },
        assignment: { unit: 'H99.02', deadline: '2026-12-31', on: '2026-07-24' },
      },
    ] satisfies DemoItem[],
  },
];
