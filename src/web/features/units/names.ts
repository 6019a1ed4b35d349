import { useCallback } from 'react';
import { pickName, type LocalizedNames } from '../../../shared/locales.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { useUnitGroups, useUnitKinds } from './api.ts';

/** Names of units, kinds and groups in the reader's language, with the shared fallback order. */
export function useNameOf(): (names: LocalizedNames) => string {
  const locale = useLocale();
  return useCallback((names: LocalizedNames) => pickName(names, locale), [locale]);
}

/** A kind's or group's name by its code; the code itself while the list loads or if it is unknown. */
function useNameByCode(entries: readonly { code: string; names: LocalizedNames }[] | undefined): (code: string) => string {
  const nameOf = useNameOf();
  return useCallback(
    (code: string) => {
      const entry = entries?.find((e) => e.code === code);
      return entry ? nameOf(entry.names) || code : code;
    },
    [entries, nameOf],
  );
}

export function useKindName(): (code: string) => string {
  return useNameByCode(useUnitKinds().data);
}

export function useGroupName(): (code: string) => string {
  return useNameByCode(useUnitGroups().data);
}
