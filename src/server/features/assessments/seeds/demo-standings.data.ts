/**
 * The demo province's published standings (FICTIONAL figures, like the province): what the
 * press would quote of Tỉnh Sơn Hà (H99). Years are fixed, not relative to today, because the
 * rankings' sizes follow the 2025 mergers: 63 provinces until 2024, 34 from 2025; 20
 * departments until 2024, 14 from 2025 (a merged department's earlier figures are its
 * predecessors'). PAR INDEX 2024 is the press's "85.78, 29th of 63, up 6"; its 2025 rank of 34
 * is not compared with it; in 2025 three of its areas fell. Components are keyed as the
 * shipped indices' (index-components.data.ts); the PAR INDEX areas add up to the total.
 */
export interface DemoStanding {
  indexCode: string;
  year: number;
  comparisonSet: 'nation' | 'region' | 'province';
  value: number;
  rank: number;
  of: number;
  components?: Record<string, number>;
}

const SOURCE = 'Số liệu minh họa (demo, hư cấu) — Sơn Hà';
export const DEMO_STANDINGS_SOURCE = SOURCE;

export const PROVINCE_STANDINGS: DemoStanding[] = [
  { indexCode: 'PAR_INDEX', year: 2022, comparisonSet: 'nation', value: 83.4, rank: 41, of: 63 },
  { indexCode: 'PAR_INDEX', year: 2023, comparisonSet: 'nation', value: 84.12, rank: 35, of: 63 },
  { indexCode: 'PAR_INDEX', year: 2024, comparisonSet: 'nation', value: 85.78, rank: 29, of: 63, components: { A1: 9.1, A2: 8.6, A3: 12.4, A4: 8.7, A5: 11.9, A6: 8.8, A7: 11.5, A8: 14.78 } },
  { indexCode: 'PAR_INDEX', year: 2025, comparisonSet: 'nation', value: 87.05, rank: 12, of: 34, components: { A1: 9.4, A2: 8.3, A3: 12.9, A4: 8.9, A5: 12.3, A6: 8.65, A7: 12.2, A8: 14.4 } },
  { indexCode: 'SIPAS', year: 2023, comparisonSet: 'nation', value: 80.12, rank: 38, of: 63 },
  { indexCode: 'SIPAS', year: 2024, comparisonSet: 'nation', value: 82.4, rank: 30, of: 63, components: { access: 84.1, procedures: 81.9, civil_servants: 83.5, results: 82.7, feedback: 79.8 } },
  { indexCode: 'SIPAS', year: 2025, comparisonSet: 'nation', value: 84.1, rank: 14, of: 34, components: { access: 85.6, procedures: 83.0, civil_servants: 83.1, results: 85.2, feedback: 83.6 } },
  { indexCode: 'PCI', year: 2023, comparisonSet: 'nation', value: 66.2, rank: 30, of: 63, components: { entry_costs: 6.9, land_access: 6.6, transparency: 6.0, time_costs: 6.8, informal_charges: 7.1, policy_bias: 6.2, proactivity: 6.5, business_support: 6.1, labour_training: 6.6, legal_institutions: 7.0 } },
  { indexCode: 'PCI', year: 2024, comparisonSet: 'nation', value: 68.9, rank: 22, of: 63, components: { entry_costs: 7.1, land_access: 6.4, transparency: 6.2, time_costs: 7.0, informal_charges: 6.9, policy_bias: 6.5, proactivity: 6.8, business_support: 6.3, labour_training: 6.7, legal_institutions: 7.2 } },
  { indexCode: 'PCI', year: 2023, comparisonSet: 'region', value: 66.2, rank: 7, of: 11 },
  { indexCode: 'PCI', year: 2024, comparisonSet: 'region', value: 68.9, rank: 5, of: 11 },
  { indexCode: 'PAPI', year: 2023, comparisonSet: 'nation', value: 42.1, rank: 25, of: 63 },
  { indexCode: 'PAPI', year: 2024, comparisonSet: 'nation', value: 43.0, rank: 20, of: 63 },
  { indexCode: 'GRDP_GROWTH', year: 2023, comparisonSet: 'nation', value: 6.1, rank: 30, of: 63 },
  { indexCode: 'GRDP_GROWTH', year: 2023, comparisonSet: 'region', value: 6.1, rank: 9, of: 11 },
  { indexCode: 'GRDP_GROWTH', year: 2024, comparisonSet: 'nation', value: 7.37, rank: 20, of: 63 },
  { indexCode: 'GRDP_GROWTH', year: 2024, comparisonSet: 'region', value: 7.37, rank: 7, of: 11 },
  { indexCode: 'GRDP_GROWTH', year: 2025, comparisonSet: 'nation', value: 8.02, rank: 9, of: 34 },
];

/** Each component's maximum as published: PAR INDEX's areas (Decision 876), SIPAS's elements in percent, PCI's sub-indices out of 10. */
export const COMPONENT_MAX: Record<string, (key: string) => number> = {
  PAR_INDEX: (key) => ({ A1: 10, A2: 10, A3: 14, A4: 10, A5: 14, A6: 10, A7: 14, A8: 18 })[key] ?? 0,
  SIPAS: () => 100,
  PCI: () => 10,
};

/**
 * DDCI: the province ranks its own departments (the `province` set). Values by department
 * code suffix; ranks and N are counted from them by the loader, so they always agree.
 */
export const DDCI_BY_YEAR: Record<number, Record<string, number>> = {
  2023: { '01': 78.2, '02': 80.5, '03': 76.9, '04': 82.1, '05': 79.4, '06': 74.8, '07': 73.5, '08': 71.9, '09': 70.2, '10': 72.8, '11': 75.6, '12': 77.3, '13': 76.1, '14': 74.2, '15': 79.9, '16': 73.1, '17': 72.4, '18': 69.8, '19': 81.3, '20': 70.9 },
  2024: { '01': 79.6, '02': 83.2, '03': 77.5, '04': 82.4, '05': 80.1, '06': 76.3, '07': 74.9, '08': 70.8, '09': 71.6, '10': 74.1, '11': 76.2, '12': 76.8, '13': 78.4, '14': 75.5, '15': 80.7, '16': 74.6, '17': 73.0, '18': 71.2, '19': 82.9, '20': 72.3 },
  2025: { '01': 81.2, '02': 84.6, '03': 78.1, '05': 82.8, '06': 77.9, '10': 76.4, '12': 78.8, '13': 80.3, '15': 81.9, '16': 76.0, '17': 74.4, '19': 83.5, '21': 75.2, '22': 73.6 },
};

/** The province's and a department's targets: "top 10" on PAR INDEX, SIPAS at least 85, DDCI in the top 3. */
export const DEMO_TARGETS = [
  { unit: '', indexCode: 'PAR_INDEX', year: 2026, comparisonSet: 'nation', rankAtMost: 10, valueAtLeast: null, note: 'Nghị quyết Đại hội Đảng bộ tỉnh: vào tốp 10 cả nước' },
  { unit: '', indexCode: 'SIPAS', year: 2026, comparisonSet: 'nation', rankAtMost: null, valueAtLeast: 85, note: '' },
  { unit: '', indexCode: 'PCI', year: 2025, comparisonSet: 'nation', rankAtMost: 20, valueAtLeast: null, note: '' },
  { unit: '', indexCode: 'PAR_INDEX', year: 2025, comparisonSet: 'nation', rankAtMost: 15, valueAtLeast: 86, note: '' },
  { unit: '.02', indexCode: 'DDCI', year: 2026, comparisonSet: 'province', rankAtMost: 3, valueAtLeast: null, note: '' },
] as const;
