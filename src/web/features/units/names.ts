import { useCallback } from 'react';
import { pickName, type LocalizedNames } from '../../../shared/locales.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { useUnitGroups, useUnitKinds } from './api.ts';

/** Names of units, kinds and groups in the reader's language, with the shared fallback order. */
export function useNameOf(): (names: LocalizedNames) => string {
  const locale = useLocale();
  return useCallback((names: LocalizedNames) => pickName(names, locale), [locale]);
}

export function useKindName(): (code: string) => string {
  const nameOf = useNameOf();
  const { data: kinds } = useUnitKinds();
  return useCallback(
    (code: string) => {
      const kind = kinds?.find((k) => k.code === code);
      return kind ? nameOf(kind.names) || code : code;
    },
    [kinds, nameOf],
  );
}

export function useGroupName(): (code: string) => string {
  const nameOf = useNameOf();
  const { data: groups } = useUnitGroups();
  return useCallback(
    (code: string) => {
      const group = groups?.find((g) => g.code === code);
      return group ? nameOf(group.names) || code : code;
    },
    [groups, nameOf],
  );
}
