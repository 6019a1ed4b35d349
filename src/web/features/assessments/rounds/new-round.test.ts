import { describe, expect, it } from 'vitest';
import type { FrameworkSummary } from '../../../../shared/contracts/frameworks.ts';
import type { UnitSummary } from '../../../../shared/contracts/units.ts';
import { ApiError } from '../../../app/api/client.ts';
import { bandErrors, checkRound, createRoundServerErrors, deadlineErrors, DEFAULT_BANDS, nextBand, participants, roundRequest, unitsOfGroup, unitsOfOtherTier, versionsByCode, type RoundDraft } from './new-round.ts';

const unit = (code: string, groups: string[]): UnitSummary => ({ code, kind: 'department', names: { vi: code }, parentCode: 'HN', validFrom: '2020-01-01', validTo: null, groups });
const framework = (code: string, version: number): FrameworkSummary => ({ code, version, names: { en: code }, subject: 'department', year: 2025, example: false, total: 100, frozen: version === 1, owner: null });

const draft: RoundDraft = {
  code: ' SO-2025 ',
  year: 2025,
  frameworkCode: 'PAR-DEPT',
  frameworkVersion: 2,
  groupCode: 'departments',
  unitCodes: ['SNV', 'STC'],
  selfAssessmentDeadline: '2026-01-15',
  appraisalDeadline: '2026-02-28',
  cutoffDate: '2025-12-31',
  previousRoundCode: null,
  bands: DEFAULT_BANDS,
};

describe('versionsByCode', () => {
  it('groups the versions of each framework, newest first', () => {
    const byCode = versionsByCode([framework('A', 1), framework('B', 1), framework('A', 3), framework('A', 2)]);
    expect([...byCode.keys()]).toEqual(['A', 'B']);
    expect(byCode.get('A')!.map((f) => f.version)).toEqual([3, 2, 1]);
    expect(byCode.get('B')!.map((f) => f.version)).toEqual([1]);
  });
});

describe('unitsOfGroup and participants', () => {
  const units = [unit('SNV', ['departments']), unit('BN', ['districts']), unit('STC', ['departments', 'finance']), unit('SYT', ['departments'])];

  it('fills the participants with the group current units, in list order', () => {
    expect(unitsOfGroup(units, 'departments').map((u) => u.code)).toEqual(['SNV', 'STC', 'SYT']);
    expect(unitsOfGroup(units, null)).toEqual([]);
    expect(unitsOfGroup(units, 'communes')).toEqual([]);
  });

  it('leaves out the unticked units and lists each unit once', () => {
    const group = unitsOfGroup(units, 'departments');
    expect(participants(group, new Set(['STC']))).toEqual(['SNV', 'SYT']);
    expect(participants([...group, group[0]!], new Set())).toEqual(['SNV', 'STC', 'SYT']);
  });
});

describe('unitsOfOtherTier', () => {
  it('names the chosen units whose kind is of another tier than the framework subject, ignoring unknown kinds', () => {
    const units = [unit('SNV', ['departments']), { ...unit('X01', ['departments']), kind: 'ward' }, { ...unit('X02', ['departments']), kind: 'commune' }, { ...unit('Q1', ['departments']), kind: 'mystery' }];
    const tierOf = (kind: string) => ({ department: 'department', ward: 'commune', commune: 'commune' })[kind];
    expect(unitsOfOtherTier(units, ['SNV', 'X01', 'X02', 'Q1'], 'department', tierOf)).toEqual(['X01', 'X02']);
    expect(unitsOfOtherTier(units, ['SNV', 'X02'], 'commune', tierOf)).toEqual(['SNV']);
    expect(unitsOfOtherTier(units, ['SNV'], 'department', tierOf)).toEqual([]);
  });
});

describe('bandErrors', () => {
  it('accepts descending minimums with distinct codes, and no bands at all', () => {
    expect(bandErrors(DEFAULT_BANDS)).toEqual({});
    expect(bandErrors([{ code: 'A', minPercent: 90 }, { code: 'B', minPercent: 80 }, { code: 'C', minPercent: 0 }])).toEqual({});
    expect(bandErrors([])).toEqual({});
  });

  it('refuses a band not below the one before it, a duplicate code (any case) and blanks', () => {
    expect(bandErrors([{ code: 'A', minPercent: 80 }, { code: 'B', minPercent: 80 }])).toEqual({ 'bands.1.minPercent': 'assessments.roundAdmin.bandNotDescending' });
    expect(bandErrors([{ code: 'A', minPercent: 80 }, { code: 'B', minPercent: 90 }])).toEqual({ 'bands.1.minPercent': 'assessments.roundAdmin.bandNotDescending' });
    expect(bandErrors([{ code: 'A', minPercent: 90 }, { code: ' a ', minPercent: 80 }])).toEqual({ 'bands.1.code': 'assessments.roundAdmin.bandDuplicate' });
    expect(bandErrors([{ code: ' ', minPercent: null }, { code: 'B', minPercent: 80 }])).toEqual({ 'bands.0.code': 'validation.required', 'bands.0.minPercent': 'validation.required' });
  });

  it('refuses a minimum outside 0 to 100', () => {
    expect(bandErrors([{ code: 'A', minPercent: 120 }, { code: 'B', minPercent: -5 }])).toEqual({ 'bands.0.minPercent': 'assessments.roundAdmin.bandRange', 'bands.1.minPercent': 'assessments.roundAdmin.bandRange' });
  });
});

describe('nextBand', () => {
  it('adds the next letter 10 points lower, never under 0; A 90 to an empty list', () => {
    expect(nextBand(DEFAULT_BANDS)).toEqual({ code: 'C', minPercent: 70 });
    expect(nextBand([{ code: 'd', minPercent: 5 }])).toEqual({ code: 'E', minPercent: 0 });
    expect(nextBand([{ code: 'T1', minPercent: null }])).toEqual({ code: '', minPercent: null });
    expect(nextBand([{ code: 'Z', minPercent: 50 }])).toEqual({ code: '', minPercent: 40 });
    expect(nextBand([])).toEqual({ code: 'A', minPercent: 90 });
  });
});

describe('deadlineErrors', () => {
  it('refuses an appraisal deadline before the self-assessment one; same day or either blank is fine', () => {
    expect(deadlineErrors({ selfAssessmentDeadline: '2026-01-15', appraisalDeadline: '2026-01-14' })).toEqual({ appraisalDeadline: 'assessments.roundAdmin.appraisalBeforeSelf' });
    expect(deadlineErrors({ selfAssessmentDeadline: '2026-01-15', appraisalDeadline: '2026-01-15' })).toEqual({});
    expect(deadlineErrors({ selfAssessmentDeadline: '', appraisalDeadline: '2026-01-14' })).toEqual({});
  });
});

describe('roundRequest and checkRound', () => {
  it('sends trimmed codes, blank optional dates as null and the chosen version', () => {
    expect(roundRequest({ ...draft, selfAssessmentDeadline: ' ', appraisalDeadline: '' })).toEqual({
      code: 'SO-2025',
      year: 2025,
      frameworkCode: 'PAR-DEPT',
      frameworkVersion: 2,
      groupCode: 'departments',
      unitCodes: ['SNV', 'STC'],
      selfAssessmentDeadline: null,
      appraisalDeadline: null,
      cutoffDate: '2025-12-31',
      previousRoundCode: null,
      bands: [{ code: 'A', minPercent: 90 }, { code: 'B', minPercent: 80 }],
    });
  });

  it('passes a complete draft as the contract request', () => {
    const checked = checkRound(draft);
    expect(checked).toEqual({ ok: true, data: { ...roundRequest(draft) } });
  });

  it('names each missing or wrong field with our message ids', () => {
    const checked = checkRound({ ...draft, code: 'SO 2025', year: '', frameworkCode: null, groupCode: null, unitCodes: [], cutoffDate: '', appraisalDeadline: '2026-13-40', bands: [{ code: 'A', minPercent: 80 }, { code: 'B', minPercent: 85 }] });
    expect(checked).toEqual({
      ok: false,
      errors: {
        code: 'assessments.roundAdmin.codeFormat',
        year: 'validation.required',
        frameworkCode: 'validation.required',
        groupCode: 'validation.required',
        unitCodes: 'validation.chooseAtLeastOne',
        cutoffDate: 'validation.required',
        appraisalDeadline: 'errors.invalid_date',
        'bands.1.minPercent': 'assessments.roundAdmin.bandNotDescending',
      },
    });
  });

  it('reports the form own rules even when the contract is satisfied', () => {
    expect(checkRound({ ...draft, appraisalDeadline: '2026-01-01' })).toEqual({ ok: false, errors: { appraisalDeadline: 'assessments.roundAdmin.appraisalBeforeSelf' } });
  });
});

describe('createRoundServerErrors', () => {
  it('puts each refusal of POST /api/rounds on its field', () => {
    expect(createRoundServerErrors(new ApiError(409, 'round_code_taken', { code: 'X' }))).toEqual({ code: 'errors.round_code_taken' });
    expect(createRoundServerErrors(new ApiError(404, 'not_found', { framework: 'PAR-DEPT' }))).toEqual({ frameworkCode: 'assessments.roundAdmin.frameworkGone' });
    expect(createRoundServerErrors(new ApiError(404, 'not_found', { round: 'SO-2024' }))).toEqual({ previousRoundCode: 'assessments.roundAdmin.previousGone' });
    expect(createRoundServerErrors(new ApiError(404, 'unit_not_found', { code: 'SNV' }))).toEqual({ unitCodes: 'assessments.roundAdmin.unitGone' });
    expect(createRoundServerErrors(new ApiError(403, 'forbidden', { permission: 'assessments.manage' }))).toEqual({ unitCodes: 'assessments.roundAdmin.unitsForbidden' });
    expect(createRoundServerErrors(new ApiError(500, 'internal'))).toEqual({});
    expect(createRoundServerErrors(null)).toEqual({});
  });
});
