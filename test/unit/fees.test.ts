import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_FEES } from '../../src/server/features/dossiers/seeds/demo-fees.ts';
import { DEMO_PROCEDURES } from '../../src/server/features/dossiers/seeds/demo-procedures.ts';
import { feeInForce, hundredths, isCurrencyCode, onlineSaving, parseAmount, sameFee, type FeeRow } from '../../src/shared/domain/fees.ts';

const row = (procedureCode: string, validFrom: string, fee: number, onlineFee: number | null = null, currency = 'VND'): FeeRow => ({ procedureCode, validFrom, fee, onlineFee, currency });

// A construction permit's fee, cut for online filing from 2025 and cut again in 2026; a birth registration free.
const ROWS = [row('2.000815', '2026-07-01', 100_000, 50_000), row('2.000815', '2023-01-01', 150_000), row('2.000815', '2025-01-01', 150_000, 75_000), row('1.001234', '2020-01-01', 0)];

describe('feeInForce (the row with the greatest valid_from on or before the day)', () => {
  it('takes the latest row begun by the day, whatever the rows’ order', () => {
    expect(feeInForce(ROWS, '2.000815', '2024-12-31')).toEqual(row('2.000815', '2023-01-01', 150_000));
    expect(feeInForce(ROWS, '2.000815', '2025-01-01')).toEqual(row('2.000815', '2025-01-01', 150_000, 75_000));
    expect(feeInForce(ROWS, '2.000815', '2026-06-30')).toEqual(row('2.000815', '2025-01-01', 150_000, 75_000));
    expect(feeInForce(ROWS, '2.000815', '2026-07-01')).toEqual(row('2.000815', '2026-07-01', 100_000, 50_000));
    expect(feeInForce(ROWS, '2.000815', '2030-01-01')).toEqual(row('2.000815', '2026-07-01', 100_000, 50_000));
  });

  it('is null before the first row and for a procedure without rows', () => {
    expect(feeInForce(ROWS, '2.000815', '2022-12-31')).toBeNull();
    expect(feeInForce(ROWS, '9.999999', '2026-01-01')).toBeNull();
    expect(feeInForce([], '2.000815', '2026-01-01')).toBeNull();
  });

  it('reads only the procedure asked', () => {
    expect(feeInForce(ROWS, '1.001234', '2026-07-01')).toEqual(row('1.001234', '2020-01-01', 0));
  });

  it('agrees with "the last row of the procedure, sorted by valid_from, that has begun"', () => {
    const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const rows = fc.uniqueArray(fc.record({ procedureCode: fc.constantFrom('A', 'B'), validFrom: day, fee: fc.nat(1000), onlineFee: fc.constant(null), currency: fc.constant('VND') }), { selector: (r) => `${r.procedureCode}/${r.validFrom}`, maxLength: 12 });
    fc.assert(
      fc.property(rows, day, (rs, d) => {
        const begun = rs.filter((r) => r.procedureCode === 'A' && r.validFrom <= d).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
        expect(feeInForce(rs, 'A', d)).toEqual(begun.at(-1) ?? null);
      }),
    );
  });
});

describe('onlineSaving (fee − online fee of the fee in force, for dossiers filed online)', () => {
  it('is the reduction for an online dossier, nothing for others', () => {
    expect(onlineSaving(feeInForce(ROWS, '2.000815', '2025-03-10'), true)).toBe(75_000);
    expect(onlineSaving(feeInForce(ROWS, '2.000815', '2026-07-01'), true)).toBe(50_000);
    expect(onlineSaving(feeInForce(ROWS, '2.000815', '2025-03-10'), false)).toBe(0);
  });

  it('is nothing without an online reduction or without a fee in force', () => {
    expect(onlineSaving(feeInForce(ROWS, '2.000815', '2024-03-10'), true)).toBe(0);
    expect(onlineSaving(feeInForce(ROWS, '2.000815', '2020-03-10'), true)).toBe(0);
    expect(onlineSaving(row('X', '2020-01-01', 20_000, 20_000), true)).toBe(0);
  });

  it('subtracts exactly to the hundredth', () => {
    expect(onlineSaving(row('X', '2020-01-01', 100.1, 50.05), true)).toBe(50.05);
    expect(onlineSaving(row('X', '2020-01-01', 0.3, 0.1), true)).toBe(0.2);
  });
});

describe('amounts and currencies as a fees file types them', () => {
  it('reads non-negative amounts with at most two decimals', () => {
    expect(parseAmount('150000')).toBe(150_000);
    expect(parseAmount(' 12.5 ')).toBe(12.5);
    expect(parseAmount('0.05')).toBe(0.05);
    expect(parseAmount('0')).toBe(0);
    expect(hundredths(parseAmount('999999999999.99')!)).toBe(99_999_999_999_999);
  });

  it('refuses signs, separators, more decimals, words and more than twelve digits before the point', () => {
    for (const bad of ['-5', '+5', '1,500,000', '1.500.000', '12.345', '1e5', 'abc', '', '.5', '5.', '1000000000000']) expect(parseAmount(bad), bad).toBeNull();
  });

  it('takes three upper-case letters as a currency', () => {
    expect(['VND', 'LAK', 'USD'].map(isCurrencyCode)).toEqual([true, true, true]);
    expect(['vnd', 'VN', 'VNDD', 'đ', ''].map(isCurrencyCode)).toEqual([false, false, false, false, false]);
  });

  it('calls two rows the same fee when amounts agree to the hundredth and the currency is the same', () => {
    expect(sameFee({ fee: 0.3, onlineFee: null, currency: 'VND' }, { fee: 0.1 + 0.2, onlineFee: null, currency: 'VND' })).toBe(true);
    expect(sameFee({ fee: 100, onlineFee: null, currency: 'VND' }, { fee: 100, onlineFee: 100, currency: 'VND' })).toBe(false);
    expect(sameFee({ fee: 100, onlineFee: 50, currency: 'VND' }, { fee: 100, onlineFee: 50, currency: 'LAK' })).toBe(false);
    expect(sameFee({ fee: 100, onlineFee: 50, currency: 'VND' }, { fee: 100.01, onlineFee: 50, currency: 'VND' })).toBe(false);
  });
});

describe('the demo catalogue’s fees', () => {
  const feeBearing = DEMO_PROCEDURES.filter((p) => p.feeRequired).map((p) => p.code);

  it('gives every fee-bearing demo procedure a fee from 2020 on, and none to the others', () => {
    expect([...new Set(DEMO_FEES.map((f) => f.procedureCode))].sort()).toEqual([...feeBearing].sort());
    for (const code of feeBearing) expect(feeInForce(DEMO_FEES, code, '2020-01-01'), code).not.toBeNull();
  });

  it('holds only rows an import would take: one per procedure and day, amounts to the hundredth, online fee not above the fee, in đồng', () => {
    expect(new Set(DEMO_FEES.map((f) => `${f.procedureCode}/${f.validFrom}`)).size).toBe(DEMO_FEES.length);
    for (const f of DEMO_FEES) {
      expect(parseAmount(String(f.fee)), f.procedureCode).toBe(f.fee);
      if (f.onlineFee !== null) expect(hundredths(f.onlineFee) <= hundredths(f.fee) && parseAmount(String(f.onlineFee)) === f.onlineFee, f.procedureCode).toBe(true);
      expect(f.currency).toBe('VND');
    }
  });

  it('halves the online fee of most procedures from the cut, so the 2026 saving is several times the 2024 one', () => {
    const savings = (day: string) => feeBearing.reduce((sum, code) => sum + onlineSaving(feeInForce(DEMO_FEES, code, day), true), 0);
    // 2024: residence (10,000), enterprise registration (50,000, free online), driving licence (20,000).
    expect(savings('2024-06-30')).toBe(80_000);
    // 2026: also 4,000 + 15,000 + 37,500 + 50,000 + 100,000 + 40,000 (the land certificate after its cut) + 300,000 + 250,000.
    expect(savings('2026-06-30')).toBe(876_500);
    expect(feeInForce(DEMO_FEES, '1.004227', '2026-01-01')).toEqual({ procedureCode: '1.004227', validFrom: '2026-01-01', fee: 80_000, onlineFee: 40_000, currency: 'VND' });
  });
});
