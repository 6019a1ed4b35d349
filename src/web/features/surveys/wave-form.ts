import { createWaveRequest, type CreateWaveRequest } from '../../../shared/contracts/surveys.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import type { SampleDesign } from '../../../shared/domain/survey-sampling.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import { toFieldErrors, type FieldErrors } from '../../app/forms/validate.ts';
import { cleanNames } from '../../ui/LocalizedNamesFields.tsx';
import type { PopulationDraft } from './PopulationFields.tsx';

/** A new wave as the form holds it: dates as typed, the margin in percent as the number field gives it. */
export interface WaveForm {
  code: string;
  names: LocalizedNames;
  questionnaire: string | null;
  unitCode: string | null;
  from: string;
  to: string;
  design: SampleDesign;
  marginPercent: number | '';
  /** the public form takes only answers with a one-time invitation code */
  tokenRequired: boolean;
  population: PopulationDraft;
}

/** The margin as the fraction the API takes (5 % → 0.05), exactly as typed: null while it is not a number in (0, 100). */
export function marginOf(percent: number | ''): number | null {
  if (percent === '' || !Number.isFinite(percent) || percent <= 0 || percent >= 100) return null;
  // Through the decimal text, so 5.5 % is 0.055 and not 0.055000000000000004.
  return Number((percent / 100).toFixed(8));
}

/** What is sent: blank names left out (they fall back), typed populations per chosen unit, the dossiers' period and options only when given. */
export function requestOf(form: WaveForm): unknown {
  const p = form.population;
  const population =
    p.source === 'typed'
      ? { source: 'typed', units: p.units.map((unitCode) => ({ unitCode, population: p.typed[unitCode] === '' || p.typed[unitCode] === undefined ? Number.NaN : p.typed[unitCode] })) }
      : {
          source: 'dossiers',
          unitCodes: p.units,
          ...(p.from ? { from: p.from } : {}),
          ...(p.to ? { to: p.to } : {}),
          ...(p.byProcedure ? { byProcedure: true } : {}),
          // No seed typed: the server draws one and keeps it with the wave.
          ...(p.sample ? { sample: p.seed === '' ? {} : { seed: p.seed } } : {}),
        };
  return {
    code: form.code.trim(),
    names: cleanNames(form.names),
    questionnaireCode: form.questionnaire ?? '',
    unitCode: form.unitCode ?? '',
    from: form.from,
    to: form.to,
    design: form.design,
    margin: marginOf(form.marginPercent) ?? Number.NaN,
    tokenRequired: form.tokenRequired,
    population,
  };
}

/** Where a refused path's message shows: every population row under `population`, the seed at its field, a reversed period at `to`. */
function fieldOf(path: string): string {
  if (path.startsWith('population.units.') && path.endsWith('.population')) return `population.${path.split('.')[2]}`;
  if (path === 'population.sample.seed') return 'population.seed';
  if (path.startsWith('population')) return 'population';
  return path;
}

function messageFor(form: WaveForm, path: string, id: string, reversed: boolean): string {
  if (path === 'from' || path === 'to') {
    if (form[path] === '') return 'validation.required';
    if (id === 'validation.codeFormat') return 'errors.invalid_date';
    if (reversed) return 'surveys.newWave.toBeforeFrom';
  }
  if (path === 'code' && id === 'validation.codeFormat') return 'surveys.newWave.codeFormat';
  if (path === 'population.sample.seed') return 'surveys.newWave.seedInvalid';
  return path === 'margin' ? 'surveys.newWave.marginInvalid' : id;
}

/** The form checked by the contract the server applies: the request to send, or the errors at their fields (message ids). */
export function checkWave(form: WaveForm): { ok: true; request: CreateWaveRequest } | { ok: false; errors: FieldErrors } {
  const parsed = createWaveRequest.safeParse(requestOf(form));
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: FieldErrors = {};
  for (const [path, id] of Object.entries(toFieldErrors(parsed.error.issues))) {
    errors[fieldOf(path)] ??= messageFor(form, path, id, parsed.error.issues.some((i) => i.message === 'before_from'));
  }
  // Zod checks the period's order only once every field is valid: a reversed period is named with the rest.
  if (isIsoDate(form.from) && isIsoDate(form.to) && form.from > form.to) errors.to ??= 'surveys.newWave.toBeforeFrom';
  return { ok: false, errors };
}
