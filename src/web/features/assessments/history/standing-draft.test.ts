import { describe, expect, it } from 'vitest';
import { checkStanding, draftToInput, type StandingDraft } from './standing-draft.ts';

const draft: StandingDraft = { indexCode: 'PAR_INDEX', comparisonSet: 'nation', year: 2025, value: 85.78, rank: 29, of: 63, band: 'B', source: 'Báo cáo PAR INDEX 2025' };

describe('checkStanding', () => {
  it('turns a complete draft into the PUT body', () => {
    expect(checkStanding('H99', draft)).toEqual({ ok: true, data: { unitCode: 'H99', indexCode: 'PAR_INDEX', year: 2025, value: 85.78, rank: 29, of: 63, band: 'B', source: 'Báo cáo PAR INDEX 2025', comparisonSet: 'nation', components: [] } });
  });

  it('sends the comparison set chosen, and keeps the components already published for the slot', () => {
    const a1 = { key: 'A1', value: 8.5, max: 10, rank: 10, of: 63 };
    expect(checkStanding('H99', { ...draft, comparisonSet: 'region', rank: 7, of: 11 }, [a1])).toMatchObject({ ok: true, data: { comparisonSet: 'region', rank: 7, of: 11, components: [a1] } });
  });

  it('reads empty rank, of and band as none, and a value without rank is allowed', () => {
    expect(draftToInput('H99', { ...draft, rank: '', of: '', band: '  ' })).toMatchObject({ rank: null, of: null, band: null });
    expect(checkStanding('H99', { ...draft, indexCode: 'GRDP_GROWTH', value: -1.5, rank: '', of: '', band: '' })).toMatchObject({ ok: true, data: { value: -1.5, rank: null, of: null, band: null } });
  });

  it('names the contract’s rules: a rank needs its N, and is not above it', () => {
    expect(checkStanding('H99', { ...draft, of: '' })).toEqual({ ok: false, errors: { of: 'assessments.standings.rankNeedsOf' } });
    expect(checkStanding('H99', { ...draft, rank: 64 })).toEqual({ ok: false, errors: { rank: 'importErrors.rank_above_of' } });
  });

  it('marks missing fields as required, a year out of range as not valid, no index as choose one', () => {
    expect(checkStanding('H99', { ...draft, indexCode: null, year: '', value: '', source: ' ' })).toEqual({
      ok: false,
      errors: { indexCode: 'validation.chooseOne', year: 'validation.required', value: 'validation.required', source: 'validation.required' },
    });
    expect(checkStanding('H99', { ...draft, year: 25 })).toEqual({ ok: false, errors: { year: 'validation.invalid' } });
  });
});
