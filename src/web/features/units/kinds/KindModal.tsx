import { useState } from 'react';
import { NumberInput, Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { UNIT_TIERS, upsertKindRequest, type UnitKind } from '../../../../shared/contracts/units.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { LocalizedNamesFields, cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { useSaveKind } from './api.ts';
import { CodeField, checkCode } from './CodeField.tsx';

interface Props {
  /** null: a new kind. */
  kind: UnitKind | null;
  kinds: UnitKind[];
  onClose: () => void;
}

/** Adds or edits a kind of unit: its tier (what `--kind province` finds), names and place in lists. */
export function KindModal({ kind, kinds, onClose }: Props) {
  const intl = useIntl();
  const locale = useLocale();
  const [code, setCode] = useState(kind?.code ?? '');
  const [tier, setTier] = useState<string | null>(kind?.tier ?? null);
  const [names, setNames] = useState<LocalizedNames>(kind?.names ?? {});
  const [sortOrder, setSortOrder] = useState<number | string>(kind?.sortOrder ?? Math.max(0, ...kinds.map((k) => k.sortOrder)) + 10);
  const save = useSaveKind();
  const { t, setErrors } = useFieldErrors(save.error);

  const submit = () => {
    const codeCheck = kind ? { code: kind.code } : checkCode(code, kinds.map((k) => k.code));
    const checked = validate(upsertKindRequest, { tier, names: cleanNames(names), sortOrder: typeof sortOrder === 'number' ? sortOrder : undefined });
    const found = { ...('errors' in codeCheck ? codeCheck.errors : {}), ...(checked.ok ? {} : checked.errors) };
    if ('errors' in codeCheck || !checked.ok) return setErrors(found);
    setErrors({});
    save.mutate({ code: codeCheck.code, ...checked.data }, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId={kind ? 'kinds.editKind' : 'kinds.newKind'} titleValues={kind ? { code: kind.code } : undefined} onSubmit={submit} pending={save.isPending} error={save.error} testId="kind-form">
      <CodeField value={code} onChange={setCode} readOnly={kind !== null} error={t('code')} />
      <Select
        label={intl.formatMessage({ id: 'kinds.tier' })}
        description={intl.formatMessage({ id: 'kinds.tierHint' })}
        data={UNIT_TIERS.map((v) => ({ value: v, label: intl.formatMessage({ id: `tiers.${v}` }) }))}
        value={tier}
        onChange={setTier}
        allowDeselect={false}
        withAsterisk
        error={t('tier')}
        data-testid="kind-tier"
      />
      <LocalizedNamesFields value={names} onChange={setNames} locale={locale} error={t('names')} />
      <NumberInput
        label={intl.formatMessage({ id: 'kinds.sortOrder' })}
        description={intl.formatMessage({ id: 'kinds.sortOrderHint' })}
        value={sortOrder}
        onChange={setSortOrder}
        allowDecimal={false}
        withAsterisk
        error={t('sortOrder')}
        data-testid="kind-sort-order"
        maw={220}
      />
    </FormModal>
  );
}
