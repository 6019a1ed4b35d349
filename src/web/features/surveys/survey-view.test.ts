import { describe, expect, it } from 'vitest';
import type { QuestionResult } from '../../../shared/contracts/questionnaires.ts';
import { elementDistribution, newClientKey, progressPercent, subtreeOf, waveMonths } from './survey-view.ts';
import { codesCsv, codesFileName, slipRuns } from './invitation-codes.ts';
import { emptyPopulation, type PopulationDraft } from './PopulationFields.tsx';
import { checkWave, marginOf, type WaveForm } from './wave-form.ts';

const scale = (key: string, element: string | null, distribution: Record<string, number>): QuestionResult => ({ key, kind: 'scale5', element, distribution, answers: 0, satisfied: 0, rate: null });

describe('elementDistribution', () => {
  it("adds up the levels of the element's scale questions only, 'no answer' apart", () => {
    const questions = [
      scale('signage', 'access', { '5': 2, '2': 1, '0': 1 }),
      scale('facilities', 'access', { '4': 3, '2': 1 }),
      scale('documents', 'procedures', { '1': 7 }),
      { key: 'channel', kind: 'single', element: null, distribution: { online: 4 }, answers: 4, satisfied: null, rate: null } as QuestionResult,
    ];
    expect(elementDistribution(questions, 'access')).toEqual({ '1': 0, '2': 2, '3': 0, '4': 3, '5': 2, '0': 1 });
    expect(elementDistribution(questions, 'procedures')).toEqual({ '1': 7, '2': 0, '3': 0, '4': 0, '5': 0, '0': 0 });
    expect(elementDistribution(questions, 'feedback')).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '0': 0 });
  });
});

describe('subtreeOf', () => {
  it('finds a unit and every unit under it, not its siblings or parent', () => {
    const units = [
      { code: 'H99', parentCode: null },
      { code: 'H99.02', parentCode: 'H99' },
      { code: 'H99.X05', parentCode: 'H99.21' },
      { code: 'H99.21', parentCode: 'H99' },
      { code: 'H98', parentCode: null },
    ];
    expect([...subtreeOf(units, 'H99.21')].sort()).toEqual(['H99.21', 'H99.X05']);
    expect([...subtreeOf(units, 'H99')].sort()).toEqual(['H99', 'H99.02', 'H99.21', 'H99.X05']);
  });
});

describe('waveMonths', () => {
  it('lists the months from the first to the last, or to this month while the wave runs', () => {
    expect(waveMonths('2026-11-15', '2027-02-10', '2026-12-07')).toEqual(['2026-11', '2026-12']);
    expect(waveMonths('2025-11-01', '2026-01-31', '2026-12-07')).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(waveMonths('2027-01-01', '2027-03-31', '2026-12-07')).toEqual([]);
  });
});

describe('progressPercent', () => {
  it('is responses of the target, capped at a full bar, and none without a target', () => {
    expect(progressPercent(1, 200)).toBe(0.5);
    expect(progressPercent(385, 385)).toBe(100);
    expect(progressPercent(400, 385)).toBe(100);
    expect(progressPercent(3, 0)).toBeNull();
  });
});

describe('newClientKey', () => {
  it('makes a fresh key the API accepts each time', () => {
    const a = newClientKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(newClientKey()).not.toBe(a);
  });
});

describe('the new wave form', () => {
  const form = (patch: Partial<WaveForm> = {}): WaveForm => ({
    code: 'SIPAS-2026',
    names: { vi: ' Khảo sát 2026 ', en: '' },
    questionnaire: 'SIPAS-ONE-STOP-EXAMPLE',
    unitCode: 'H99',
    from: '2026-11-01',
    to: '2026-12-31',
    design: 'per_unit',
    marginPercent: 5,
    tokenRequired: false,
    population: { ...emptyPopulation(), units: ['H99.02', 'H99.X05'], typed: { 'H99.02': 400, 'H99.X05': 10_000 } },
    ...patch,
  });

  it('sends the margin as a fraction and the typed populations per unit, blank names left out', () => {
    const checked = checkWave(form({ marginPercent: 5.5 }));
    expect(checked).toEqual({
      ok: true,
      request: {
        code: 'SIPAS-2026',
        names: { vi: 'Khảo sát 2026' },
        questionnaireCode: 'SIPAS-ONE-STOP-EXAMPLE',
        unitCode: 'H99',
        from: '2026-11-01',
        to: '2026-12-31',
        design: 'per_unit',
        margin: 0.055,
        tokenRequired: false,
        population: { source: 'typed', units: [{ unitCode: 'H99.02', population: 400 }, { unitCode: 'H99.X05', population: 10_000 }] },
      },
    });
    expect(marginOf(5)).toBe(0.05);
    expect(marginOf(0)).toBeNull();
  });

  it('names each field a wave cannot open with: a reversed period, a missing population, a margin out of range, a bad code', () => {
    const checked = checkWave(form({ code: 'a b', to: '2026-10-01', marginPercent: 150, population: { ...emptyPopulation(), units: ['H99.02'], typed: { 'H99.02': '' } } }));
    expect(checked).toEqual({ ok: false, errors: { code: 'surveys.newWave.codeFormat', to: 'surveys.newWave.toBeforeFrom', margin: 'surveys.newWave.marginInvalid', 'population.0': 'validation.required' } });
  });

  it('asks for dates and units that are missing, and counts dossiers in the period given', () => {
    expect(checkWave(form({ from: '', population: { ...emptyPopulation(), source: 'dossiers' } }))).toEqual({ ok: false, errors: { from: 'validation.required', population: 'validation.chooseAtLeastOne' } });
    const dossiers = checkWave(form({ population: { ...emptyPopulation(), source: 'dossiers', units: ['H99.02'], from: '2026-01-01' } }));
    expect(dossiers.ok && dossiers.request.population).toEqual({ source: 'dossiers', unitCodes: ['H99.02'], from: '2026-01-01' });
  });

  it('asks for invitation codes, targets by procedure and a drawn sample only when switched on, the seed only when typed', () => {
    const dossiers = (patch: Partial<PopulationDraft>) => form({ tokenRequired: true, population: { ...emptyPopulation(), source: 'dossiers', units: ['H99.02'], ...patch } });
    const withSeed = checkWave(dossiers({ byProcedure: true, sample: true, seed: 20_260_301 }));
    expect(withSeed.ok && [withSeed.request.tokenRequired, withSeed.request.population]).toEqual([true, { source: 'dossiers', unitCodes: ['H99.02'], byProcedure: true, sample: { seed: 20_260_301 } }]);
    const randomSeed = checkWave(dossiers({ sample: true }));
    expect(randomSeed.ok && randomSeed.request.population).toEqual({ source: 'dossiers', unitCodes: ['H99.02'], sample: {} });
    // A seed typed, then the draw switched off: no sample asked for.
    const off = checkWave(dossiers({ sample: false, seed: 7 }));
    expect(off.ok && off.request.population).toEqual({ source: 'dossiers', unitCodes: ['H99.02'] });
    expect(checkWave(dossiers({ sample: true, seed: 2_147_483_648 }))).toEqual({ ok: false, errors: { 'population.seed': 'surveys.newWave.seedInvalid' } });
  });
});

describe('invitation codes', () => {
  const codes = [
    { token: 'K7M29QXA3BCD', url: '/s/abcdefgh12345678?t=K7M29QXA3BCD' },
    { token: '0000ZZZZ1111', url: '/s/abcdefgh12345678?t=0000ZZZZ1111' },
  ];

  it('go into a CSV of each code with its full address, ready for Excel', () => {
    expect(codesCsv('https://parmon.example.gov.vn', codes)).toBe(
      '\uFEFFcode,url\r\nK7M29QXA3BCD,https://parmon.example.gov.vn/s/abcdefgh12345678?t=K7M29QXA3BCD\r\n0000ZZZZ1111,https://parmon.example.gov.vn/s/abcdefgh12345678?t=0000ZZZZ1111\r\n',
    );
    expect(codesFileName('SIPAS 2026/Q1', 'H99.02', 1200)).toBe('invitation-codes-SIPAS_2026_Q1-H99.02-1200.csv');
  });

  it('print in runs of at most 480 slips, the last one shorter', () => {
    expect(slipRuns(2)).toEqual([{ first: 1, last: 2 }]);
    expect(slipRuns(480)).toEqual([{ first: 1, last: 480 }]);
    expect(slipRuns(1000)).toEqual([{ first: 1, last: 480 }, { first: 481, last: 960 }, { first: 961, last: 1000 }]);
    expect(slipRuns(5000).length).toBe(11);
    expect(slipRuns(0)).toEqual([]);
  });
});
