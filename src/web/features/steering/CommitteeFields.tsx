import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { LocalizedNames } from '../../../shared/locales.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DateField } from '../../ui/DateField.tsx';
import { LocalizedNamesFields } from '../../ui/LocalizedNamesFields.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { todayLocal, UnitPicker } from '../units/index.ts';

/** A committee as its forms edit it; blank dates are '' until checked. */
export interface CommitteeDraft {
  code: string;
  unitCode: string | null;
  names: LocalizedNames;
  decisionNumber: string;
  decisionDate: string;
}

export const emptyCommittee = (unitCode: string | null): CommitteeDraft => ({ code: '', unitCode, names: {}, decisionNumber: '', decisionDate: '' });

interface Props {
  value: CommitteeDraft;
  onChange: (value: CommitteeDraft) => void;
  /** the message of a field by its path (without the form's prefix) */
  t: (field: string) => string | undefined;
  /** a correction keeps the code and the unit: only names and decision are shown */
  correction?: boolean;
}

/** The fields a committee is founded (or merged into, or corrected) with: code, unit, names, founding decision. */
export function CommitteeFields({ value, onChange, t, correction }: Props) {
  const intl = useIntl();
  const locale = useLocale();
  const set = <K extends keyof CommitteeDraft>(key: K, v: CommitteeDraft[K]) => onChange({ ...value, [key]: v });
  return (
    <>
      {!correction && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={intl.formatMessage({ id: 'steering.form.code' })}
            description={intl.formatMessage({ id: 'steering.form.codeHint' })}
            value={value.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            withAsterisk
            error={t('code')}
            styles={MONO_INPUT}
            data-testid="committee-code"
          />
          <UnitPicker labelId="steering.form.unit" description={intl.formatMessage({ id: 'steering.form.unitHint' })} asOf={todayLocal()} value={value.unitCode} onChange={(v) => set('unitCode', v)} clearable={false} required error={t('unitCode')} testId="committee-unit" />
        </SimpleGrid>
      )}
      <Text size="sm" fw={500}>
        {intl.formatMessage({ id: 'steering.form.names' })}
      </Text>
      <LocalizedNamesFields value={value.names} onChange={(names) => set('names', names)} locale={locale} labelId="steering.form.nameIn" testIdPrefix="committee-names" error={t('names')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={intl.formatMessage({ id: 'steering.form.decisionNumber' })}
          placeholder="1520/QĐ-UBND"
          value={value.decisionNumber}
          onChange={(e) => set('decisionNumber', e.currentTarget.value)}
          withAsterisk
          error={t('decisionNumber')}
          data-testid="committee-decision-number"
        />
        <DateField labelId="steering.form.decisionDate" value={value.decisionDate} onChange={(v) => set('decisionDate', v)} error={t('decisionDate')} required testId="committee-decision-date" />
      </SimpleGrid>
    </>
  );
}
