import { useState } from 'react';
import { upsertGroupRequest, type UnitGroup } from '../../../../shared/contracts/units.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { LocalizedNamesFields, cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { useSaveGroup } from './api.ts';
import { CodeField, checkCode } from './CodeField.tsx';

interface Props {
  /** null: a new group. */
  group: UnitGroup | null;
  groups: UnitGroup[];
  onClose: () => void;
}

/** Adds or renames a group of units (e.g. centrally-run cities). */
export function GroupModal({ group, groups, onClose }: Props) {
  const locale = useLocale();
  const [code, setCode] = useState(group?.code ?? '');
  const [names, setNames] = useState<LocalizedNames>(group?.names ?? {});
  const save = useSaveGroup();
  const { t, setErrors } = useFieldErrors(save.error);

  const submit = () => {
    const codeCheck = group ? { code: group.code } : checkCode(code, groups.map((g) => g.code));
    const checked = validate(upsertGroupRequest, { names: cleanNames(names) });
    const found = { ...('errors' in codeCheck ? codeCheck.errors : {}), ...(checked.ok ? {} : checked.errors) };
    if ('errors' in codeCheck || !checked.ok) return setErrors(found);
    setErrors({});
    save.mutate({ code: codeCheck.code, ...checked.data }, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId={group ? 'kinds.editGroup' : 'kinds.newGroup'} titleValues={group ? { code: group.code } : undefined} onSubmit={submit} pending={save.isPending} error={save.error} testId="group-form">
      <CodeField value={code} onChange={setCode} readOnly={group !== null} error={t('code')} />
      <LocalizedNamesFields value={names} onChange={setNames} locale={locale} error={t('names')} />
    </FormModal>
  );
}
