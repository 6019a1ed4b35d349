
/**
 * The Ministry of Home Affairs Inspectorate's inspection of the province's Department of Home
 * Affairs: recruitment, contract hiring, appointment to leadership posts and rank promotion,
 * 1 January 2020 – 30 June 2023. Six findings: three fixed (one after its deadline), two
 * overdue, one not yet due (as of 2026-12-06).
 */
export const DEMO_INSPECTION = {
  code: 'TTr-BNV-2023-H99.02',
  body: {
    vi: 'Thanh tra Bộ Nội vụ',
    en: 'Inspectorate of the Ministry of Home Affairs',
    lo: 'ອົງການກວດກາກະຊວງພາຍໃນ',
    km: 'អធិការដ្ឋានក្រសួងមហាផ្ទៃ',
    th: 'สำนักงานตรวจการกระทรวงกิจการภายใน',
  },
  decisionNumber: '125/QĐ-TTr',
  decisionDate: '2023-09-05',
  inspectedUnit: 'H99.02',
  topics: ['recruitment', 'contract_hiring', 'leadership_appointment', 'rank_promotion'],
  coveredFrom: '2020-01-01',
  coveredTo: '2023-06-30',
  conclusion: { number: '58/KL-TTr', date: '2024-01-22' },
  findings: [
    {
      code: 'KL58-01', topic: 'recruitment', severity: 'medium' as const,
      finding: {
        vi: 'Tuyển dụng 12 công chức năm 2021 không đăng thông báo đủ 30 ngày theo quy định.',
        en: 'Twelve civil servants were recruited in 2021 without the notice being published for the required 30 days.',
        lo: 'ການຮັບສະໝັກລັດຖະກອນ 12 ຄົນໃນປີ 2021 ບໍ່ໄດ້ປະກາດແຈ້ງການຄົບ 30 ວັນຕາມລະບຽບ.',
        km: 'ការជ្រើសរើសមន្ត្រីរាជការ ១២ នាក់ក្នុងឆ្នាំ ២០២១ មិនបានផ្សព្វផ្សាយសេចក្តីជូនដំណឹងគ្រប់ ៣០ ថ្ងៃតាមបទប្បញ្ញត្តិ។',
        th: 'การสรรหาข้าราชการ 12 คนในปี 2021 ไม่ได้ประกาศครบ 30 วันตามระเบียบ',
      },
      recommendation: {
        vi: 'Rà soát quy trình tuyển dụng, kiểm điểm trách nhiệm tập thể, cá nhân liên quan.',
        en: 'Review the recruitment procedure and hold the teams and persons concerned to account.',
        lo: 'ທົບທວນຂັ້ນຕອນການຮັບສະໝັກ, ກວດກາຄວາມຮັບຜິດຊອບຂອງກຸ່ມ ແລະ ບຸກຄົນທີ່ກ່ຽວຂ້ອງ.',
        km: 'ពិនិត្យនីតិវិធីជ្រើសរើស និងពិនិត្យទំនួលខុសត្រូវសមូហភាព និងបុគ្គលពាក់ព័ន្ធ។',
        th: 'ทบทวนขั้นตอนการสรรหา และพิจารณาความรับผิดชอบของคณะและบุคคลที่เกี่ยวข้อง',
      },
      deadline: '2024-06-30', fixedOn: '2024-05-20',
    },
    {
      code: 'KL58-02', topic: 'contract_hiring', severity: 'high' as const,
      finding: {
        vi: 'Ký hợp đồng 23 người làm nhiệm vụ chuyên môn, nghiệp vụ không đúng quy định.',
        en: 'Twenty-three people were hired on contract for professional posts against the rules.',
        lo: 'ເຊັນສັນຍາຈ້າງ 23 ຄົນ ເຮັດໜ້າທີ່ວິຊາສະເພາະບໍ່ຖືກຕາມລະບຽບ.',
        km: 'ចុះកិច្ចសន្យាជួល ២៣ នាក់ធ្វើការងារជំនាញ មិនស្របតាមបទប្បញ្ញត្តិ។',
        th: 'ทำสัญญาจ้าง 23 คนในตำแหน่งงานวิชาชีพไม่ถูกต้องตามระเบียบ',
      },
      recommendation: {
        vi: 'Chấm dứt các hợp đồng không đúng quy định; tổ chức tuyển dụng theo vị trí việc làm.',
        en: 'End the irregular contracts and recruit for the job positions.',
        lo: 'ຍົກເລີກສັນຍາທີ່ບໍ່ຖືກລະບຽບ; ຈັດການຮັບສະໝັກຕາມຕຳແໜ່ງງານ.',
        km: 'បញ្ចប់កិច្ចសន្យាមិនត្រឹមត្រូវ; រៀបចំការជ្រើសរើសតាមមុខតំណែងការងារ។',
        th: 'ยกเลิกสัญญาที่ไม่ถูกต้อง และจัดสรรหาตามตำแหน่งงาน',
      },
      deadline: '2024-09-30', fixedOn: '2024-12-10',
    },
    {
      code: 'KL58-03', topic: 'leadership_appointment', severity: 'high' as const,
      finding: {
        vi: 'Bổ nhiệm 3 phó trưởng phòng khi chưa có trong quy hoạch.',
        en: 'Three deputy heads of division were appointed without being in the succession plan.',
        lo: 'ແຕ່ງຕັ້ງຮອງຫົວໜ້າຂະແໜງ 3 ຄົນ ໃນເວລາທີ່ຍັງບໍ່ຢູ່ໃນແຜນການກໍ່ສ້າງ.',
        km: 'តែងតាំងអនុប្រធានការិយាល័យ ៣ នាក់ ពេលមិនទាន់ស្ថិតក្នុងផែនការបម្រុង។',
        th: 'แต่งตั้งรองหัวหน้าส่วน 3 คนโดยยังไม่อยู่ในแผนสืบทอดตำแหน่ง',
      },
      recommendation: {
        vi: 'Rà soát, xử lý các quyết định bổ nhiệm không đúng quy định.',
        en: 'Review and correct the irregular appointment decisions.',
        lo: 'ທົບທວນ ແລະ ແກ້ໄຂຂໍ້ຕົກລົງແຕ່ງຕັ້ງທີ່ບໍ່ຖືກລະບຽບ.',
        km: 'ពិនិត្យ និងដោះស្រាយសេចក្តីសម្រេចតែងតាំងមិនត្រឹមត្រូវ។',
        th: 'ทบทวนและแก้ไขคำสั่งแต่งตั้งที่ไม่ถูกต้อง',
      },
      deadline: '2024-12-31', fixedOn: null,
    },
    {
      code: 'KL58-04', topic: 'rank_promotion', severity: 'low' as const,
      finding: {
        vi: 'Hồ sơ dự thi nâng ngạch năm 2022 của 5 người thiếu văn bản xác nhận.',
        en: 'The 2022 rank-promotion exam files of five candidates lacked confirming documents.',
        lo: 'ເອກະສານເສັງເລື່ອນຊັ້ນປີ 2022 ຂອງ 5 ຄົນຂາດເອກະສານຢັ້ງຢືນ.',
        km: 'ឯកសារប្រឡងដំឡើងឋានៈឆ្នាំ ២០២២ របស់បេក្ខជន ៥ នាក់ខ្វះលិខិតបញ្ជាក់។',
        th: 'แฟ้มสอบเลื่อนระดับปี 2022 ของผู้สมัคร 5 คนขาดเอกสารรับรอง',
      },
      recommendation: {
        vi: 'Bổ sung hồ sơ và lưu trữ theo quy định.',
        en: 'Complete the files and archive them as required.',
        lo: 'ເພີ່ມເຕີມເອກະສານ ແລະ ເກັບຮັກສາຕາມລະບຽບ.',
        km: 'បំពេញឯកសារ និងរក្សាទុកតាមបទប្បញ្ញត្តិ។',
        th: 'เพิ่มเติมเอกสารและจัดเก็บตามระเบียบ',
      },
      deadline: '2025-03-31', fixedOn: '2025-02-14',
    },
    {
      code: 'KL58-05', topic: 'rank_promotion', severity: 'medium' as const,
      finding: {
        vi: 'Nâng bậc lương trước thời hạn cho 4 người không đủ thành tích theo quy định.',
        en: 'Four officials were given an early salary step without the required achievements.',
        lo: 'ເລື່ອນຂັ້ນເງິນເດືອນກ່ອນກຳນົດໃຫ້ 4 ຄົນ ທີ່ບໍ່ມີຜົນງານພຽງພໍຕາມລະບຽບ.',
        km: 'ដំឡើងថ្នាក់បៀវត្សមុនកាលកំណត់ឱ្យ ៤ នាក់ ដែលមិនមានស្នាដៃគ្រប់តាមបទប្បញ្ញត្តិ។',
        th: 'เลื่อนขั้นเงินเดือนก่อนกำหนดให้ 4 คนที่ผลงานไม่ถึงเกณฑ์',
      },
      recommendation: {
        vi: 'Thu hồi quyết định nâng bậc lương trước thời hạn không đúng quy định.',
        en: 'Revoke the irregular early salary-step decisions.',
        lo: 'ຖອນຂໍ້ຕົກລົງເລື່ອນຂັ້ນເງິນເດືອນກ່ອນກຳນົດທີ່ບໍ່ຖືກລະບຽບ.',
        km: 'ដកហូតសេចក្តីសម្រេចដំឡើងថ្នាក់បៀវត្សមុនកាលកំណត់មិនត្រឹមត្រូវ។',
        th: 'เพิกถอนคำสั่งเลื่อนขั้นเงินเดือนก่อนกำหนดที่ไม่ถูกต้อง',
      },
      deadline: '2025-06-30', fixedOn: null,
    },
    {
      code: 'KL58-06', topic: 'par', severity: 'medium' as const,
      finding: {
        vi: 'Đề án vị trí việc làm của Sở chưa được cập nhật sau khi tiếp nhận chức năng lao động, thương binh và xã hội.',
        en: "The department's job-position scheme has not been updated since it took over labour, invalids and social affairs.",
        lo: 'ແຜນຕຳແໜ່ງງານຂອງພະແນກຍັງບໍ່ໄດ້ປັບປຸງ ຫຼັງຈາກຮັບເອົາໜ້າທີ່ແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ.',
        km: 'គម្រោងមុខតំណែងការងាររបស់មន្ទីរមិនទាន់ធ្វើបច្ចុប្បន្នភាព ក្រោយទទួលមុខងារការងារ និងកិច្ចការសង្គម។',
        th: 'แผนตำแหน่งงานของกรมยังไม่ปรับปรุงหลังรับภารกิจด้านแรงงานและสวัสดิการสังคม',
      },
      recommendation: {
        vi: 'Xây dựng, trình phê duyệt đề án vị trí việc làm mới.',
        en: 'Draw up the new job-position scheme and submit it for approval.',
        lo: 'ສ້າງ ແລະ ສະເໜີອະນຸມັດແຜນຕຳແໜ່ງງານໃໝ່.',
        km: 'រៀបចំ និងដាក់ស្នើអនុម័តគម្រោងមុខតំណែងការងារថ្មី។',
        th: 'จัดทำและเสนออนุมัติแผนตำแหน่งงานใหม่',
      },
      deadline: '2027-03-31', fixedOn: null,
    },
  ],
};
