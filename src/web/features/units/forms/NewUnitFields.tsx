import { MONO_INPUT } from '../../../ui/mono-input.ts';
import { TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import type { FieldErrors } from '../../../app/forms/validate.ts';
import { LocalizedNamesFields } from '../../../ui/LocalizedNamesFields.tsx';
import { GroupsSelect, KindSelect } from '../fields.tsx';
import { UnitPicker } from '../UnitPicker.tsx';

/** A unit that a merge or a split creates. */
export interface NewUnitDraft {
  code: string;
  kind: string | null;
  names: LocalizedNames;
  parentCode: string | null;
  groups: string[];
}

export function emptyDraft(parentCode: string | null): NewUnitDraft {
  return { code: '', kind: null, names: {}, parentCode, groups: [] };
}

interface Props {
  value: NewUnitDraft;
  onChange: (value: NewUnitDraft) => void;
  asOf: string;
  errors: FieldErrors;
  /** Where this draft's errors sit in the request, e.g. `into` or `into.2`. */
  path: string;
}

export function NewUnitFields({ value, onChange, asOf, errors, path }: Props) {
  const intl = useIntl();
  const locale = useLocale();
  const t = (key: string) => {
    const id = errors[`${path}.${key}`];
    return id ? intl.formatMessage({ id }) : undefined;
  };
  const set = <K extends keyof NewUnitDraft>(key: K, v: NewUnitDraft[K]) => onChange({ ...value, [key]: v });
  return (
    <>
      <TextInput label={intl.formatMessage({ id: 'units.field.code' })} value={value.code} onChange={(e) => set('code', e.currentTarget.value)} withAsterisk error={t('code')} styles={MONO_INPUT} />
      <KindSelect value={value.kind} onChange={(v) => set('kind', v)} error={t('kind')} />
      <LocalizedNamesFields value={value.names} onChange={(v) => set('names', v)} locale={locale} error={t('names')} />
      <UnitPicker labelId="units.field.parent" placeholderId="units.field.noParent" asOf={asOf} value={value.parentCode} onChange={(v) => set('parentCode', v)} error={t('parentCode')} />
      <GroupsSelect value={value.groups} onChange={(v) => set('groups', v)} />
    </>
  );
}
