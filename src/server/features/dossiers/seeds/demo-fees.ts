import type { ProcedureFee } from '../../../../shared/contracts/fees.ts';

const fee = (procedureCode: string, validFrom: string, amount: number, onlineFee: number | null = null): ProcedureFee => ({ procedureCode, validFrom, fee: amount, onlineFee, currency: 'VND' });

/** The day the demo province halves the fee of dossiers filed online for most fee-bearing procedures. */
export const DEMO_ONLINE_CUT = '2025-07-01';

/**
 * The fees of the demo catalogue's fee-bearing procedures (demo-procedures.ts), in đồng per
 * dossier: amounts of the kind these procedures carry, not an extract of the fee circulars,
 * like the catalogue itself. Dated so that the demo shows what issue 17 measures: most
 * procedures gain an online fee of half the fee on DEMO_ONLINE_CUT (the saving to citizens
 * filing online, "fees for online filing halved" against a 2024 baseline), two have had
 * one from the start, enterprise registration is free online, and the first land use right
 * certificate is cut on 1 January 2026. Procedures without a fee (birth and marriage
 * registration, the social allowance) have no row.
 */
export const DEMO_FEES: ProcedureFee[] = [
  fee('2.000815', '2020-01-01', 2_000),
  fee('1.004222', '2020-01-01', 8_000),
  fee('1.004222', DEMO_ONLINE_CUT, 8_000, 4_000),
  fee('1.003062', '2020-01-01', 20_000, 10_000),
  fee('1.008004', '2020-01-01', 30_000),
  fee('1.008004', DEMO_ONLINE_CUT, 30_000, 15_000),
  fee('2.001610', '2020-01-01', 75_000),
  fee('2.001610', DEMO_ONLINE_CUT, 75_000, 37_500),
  fee('2.000376', '2020-01-01', 100_000),
  fee('2.000376', DEMO_ONLINE_CUT, 100_000, 50_000),
  fee('1.001612', '2020-01-01', 50_000, 0),
  fee('2.002163', '2020-01-01', 200_000),
  fee('2.002163', DEMO_ONLINE_CUT, 200_000, 100_000),
  fee('1.002804', '2020-01-01', 135_000, 115_000),
  fee('1.004227', '2020-01-01', 100_000),
  fee('1.004227', DEMO_ONLINE_CUT, 100_000, 50_000),
  fee('1.004227', '2026-01-01', 80_000, 40_000),
  fee('1.009994', '2020-01-01', 600_000),
  fee('1.009994', DEMO_ONLINE_CUT, 600_000, 300_000),
  fee('1.001611', '2020-01-01', 360_000),
  fee('2.000288', '2020-01-01', 500_000),
  fee('2.000288', DEMO_ONLINE_CUT, 500_000, 250_000),
];
