import type { FrameworkFile } from '../../../../shared/contracts/frameworks.ts';
import { frameworkSummary } from '../../../../shared/contracts/frameworks.ts';
import { ROLE_PERMISSIONS } from '../../../../shared/domain/roles.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { api } from '../../../app/api/client.ts';
import { useMe } from '../../../app/api/session.ts';
import { useAssessmentMutation } from '../api.ts';

const enc = encodeURIComponent;
const ownerParam = (owner: string | null) => (owner ? `?owner=${enc(owner)}` : '');

/** Saves a framework: the latest version is replaced while no round uses it, else the next version is made. `owner` only counts for a new code. */
export function useSaveFramework() {
  return useAssessmentMutation(({ file, owner }: { file: FrameworkFile; owner: string | null }) => api(`/api/frameworks/${enc(file.code)}${ownerParam(owner)}`, frameworkSummary, { method: 'PUT', json: file }));
}

/** Imports a framework file (.xlsx as exported, or .json). */
export function useImportFramework() {
  return useAssessmentMutation(({ file, owner }: { file: File; owner: string | null }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api(`/api/frameworks/import${ownerParam(owner)}`, frameworkSummary, { method: 'POST', form });
  });
}

/** Next year's version: a copy of the latest, to edit before a round uses it. */
export function useNextFrameworkVersion(code: string) {
  return useAssessmentMutation((year: number) => api(`/api/frameworks/${enc(code)}/versions`, frameworkSummary, { method: 'POST', json: { year } }));
}

/** Where the user may keep a new framework: `null` (shared) with a system-wide grant, and each unit they manage assessments for. */
export interface OwnerChoice {
  code: string | null;
  names: LocalizedNames | null;
}

export function useOwnerChoices(): OwnerChoice[] {
  const me = useMe();
  const grants = me.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes('assessments.manage'));
  const choices: OwnerChoice[] = grants.some((g) => g.unitCode === null) ? [{ code: null, names: null }] : [];
  for (const g of grants) if (g.unitCode !== null && !choices.some((c) => c.code === g.unitCode)) choices.push({ code: g.unitCode, names: g.unitNames });
  return choices;
}
