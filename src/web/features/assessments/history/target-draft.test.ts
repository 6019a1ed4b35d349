import { describe, expect, it } from 'vitest';
import type { StandingTarget } from '../../../../shared/contracts/standings.ts';
import { checkTarget, targetDraft, type TargetDraft } from './target-draft.ts';

const draft: TargetDraft = { indexCode: 'PAR_INDEX', year: 2026, comparisonSet: 'nation', rankAtMost: 10, valueAtLeast: '', note: 'Nghị quyết Tỉnh ủy' };

describe('checkTarget', () => {
  it('turns a "top 10" draft into the PUT body, an empty value being none', () => {
    expect(checkTarget('H99', draft)).toEqual({ ok: true, data: { unitCode: 'H99', indexCode: 'PAR_INDEX', year: 2026, comparisonSet: 'nation', rankAtMost: 10, valueAtLeast: null, note: 'Nghị quyết Tỉnh ủy' } });
    expect(checkTarget('H99', { ...draft, rankAtMost: '', valueAtLeast: 85.5, comparisonSet: 'region' })).toMatchObject({ ok: true, data: { rankAtMost: null, valueAtLeast: 85.5, comparisonSet: 'region' } });
  });

  it('needs a rank at most or a value at least, an index and a year', () => {
    expect(checkTarget('H99', { ...draft, rankAtMost: '' })).toEqual({ ok: false, errors: { rankAtMost: 'assessments.targets.aimRequired' } });
    expect(checkTarget('H99', { ...draft, indexCode: null, year: '' })).toEqual({ ok: false, errors: { indexCode: 'validation.chooseOne', year: 'validation.required' } });
    expect(checkTarget('H99', { ...draft, rankAtMost: 0 })).toEqual({ ok: false, errors: { rankAtMost: 'validation.invalid' } });
  });
});

describe('targetDraft', () => {
  it('opens empty on the nation’s ranking, or on a target to change it', () => {
    expect(targetDraft(undefined, 2026)).toEqual({ indexCode: null, year: 2026, comparisonSet: 'nation', rankAtMost: '', valueAtLeast: '', note: '' });
    const target: StandingTarget = { unitCode: 'H99', indexCode: 'GRDP_GROWTH', year: 2025, comparisonSet: 'region', rankAtMost: null, valueAtLeast: 7.5, note: '', status: 'on_track' };
    expect(targetDraft(target)).toEqual({ indexCode: 'GRDP_GROWTH', year: 2025, comparisonSet: 'region', rankAtMost: '', valueAtLeast: 7.5, note: '' });
  });
});
