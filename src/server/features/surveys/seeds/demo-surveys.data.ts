import type { LocalizedNames } from '../../../../shared/locales.ts';

/**
 * The demo province's satisfaction surveys (issue 19): a finished wave of last year (2025 when loaded in 2026) over its
 * departments' one-stop counters and one collecting now, on the shipped SIPAS-style example
 * questionnaire. Populations are typed (the departments' 2025 case counts are invented), the
 * sample is the province's n shared in proportion (SIPAS samples a province, not each office).
 */
export const DEMO_QUESTIONNAIRE = 'SIPAS-ONE-STOP-EXAMPLE';
/** Last year's wave (2025 when the demo is loaded in 2026): finished, and the index round's source. */
export const DEMO_WAVE_PAST = 'SIPAS-H99-LAST-YEAR';
export const DEMO_WAVE_CURRENT = 'SIPAS-H99-CURRENT';

export const pastWaveNames = (year: number): LocalizedNames => ({
  vi: `Khảo sát sự hài lòng tại Bộ phận Một cửa các sở năm ${year}`,
  en: `Satisfaction survey at the departments' one-stop counters, ${year}`,
  lo: `ການສຳຫຼວດຄວາມພໍໃຈຢູ່ພາກສ່ວນບໍລິການປະຕູດຽວຂອງບັນດາພະແນກ ປີ ${year}`,
  km: `ការស្ទង់មតិអំពីការពេញចិត្តនៅច្រកចេញចូលតែមួយរបស់មន្ទីរនានា ឆ្នាំ ${year}`,
  th: `การสำรวจความพึงพอใจ ณ จุดบริการเบ็ดเสร็จของหน่วยงาน ปี ${year}`,
});

export const currentWaveNames = (year: number): LocalizedNames => ({
  vi: `Khảo sát sự hài lòng tại Bộ phận Một cửa các sở — đợt cuối năm ${year}`,
  en: `Satisfaction survey at the departments' one-stop counters — end of ${year}`,
  lo: `ການສຳຫຼວດຄວາມພໍໃຈຢູ່ພາກສ່ວນບໍລິການປະຕູດຽວຂອງບັນດາພະແນກ — ທ້າຍປີ ${year}`,
  km: `ការស្ទង់មតិអំពីការពេញចិត្តនៅច្រកចេញចូលតែមួយរបស់មន្ទីរនានា — ចុងឆ្នាំ ${year}`,
  th: `การสำรวจความพึงพอใจ ณ จุดบริการเบ็ดเสร็จของหน่วยงาน — ปลายปี ${year}`,
});

/**
 * The internal index's survey criteria (internal-department-example.json) that a one-stop
 * satisfaction survey answers, with the element each takes its rate from; the others ask
 * civil servants or businesses about other things and keep their own scores.
 */
export const CRITERIA_FROM_WAVE: { nodeKey: string; element: string }[] = [
  { nodeKey: 'dept.a3.c7.s1', element: 'procedures' },
  { nodeKey: 'dept.a3.c7.s2', element: 'results' },
  { nodeKey: 'dept.a5.c7', element: 'civil_servants' },
  { nodeKey: 'dept.a5.c8', element: 'civil_servants' },
  { nodeKey: 'dept.a7.c8', element: 'access' },
];
