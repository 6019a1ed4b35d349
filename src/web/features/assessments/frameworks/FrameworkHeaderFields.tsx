import { Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { FrameworkFile } from '../../../../shared/contracts/frameworks.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { LocalizedNamesFields } from '../../../ui/LocalizedNamesFields.tsx';

const SUBJECTS: FrameworkFile['subject'][] = ['province', 'ministry', 'department', 'district', 'commune'];

/** A framework's own fields: its names, who is assessed with it, the year, the basis, and whether it is an example. */
export function FrameworkHeaderFields({ value, onChange, errors }: { value: FrameworkFile; onChange: (patch: Partial<FrameworkFile>) => void; errors: (field: string) => string | undefined }) {
  const intl = useIntl();
  const locale = useLocale();
  return (
    <>
      <LocalizedNamesFields value={value.names} onChange={(names) => onChange({ names })} locale={locale} error={errors('names')} />
      <Group gap="sm" align="flex-start">
        <Select
          label={intl.formatMessage({ id: 'assessments.framework.subject' })}
          data={SUBJECTS.map((s) => ({ value: s, label: intl.formatMessage({ id: `assessments.subject.${s}` }) }))}
          value={value.subject}
          onChange={(s) => s && onChange({ subject: s as FrameworkFile['subject'] })}
          allowDeselect={false}
          w={200}
        />
        <NumberInput label={intl.formatMessage({ id: 'assessments.framework.year' })} value={value.year} min={2000} max={2100} allowDecimal={false} thousandSeparator={false} onChange={(y) => onChange({ year: Number(y) || value.year })} error={errors('year')} w={120} />
        <TextInput label={intl.formatMessage({ id: 'assessments.editor.basis' })} value={value.basis} onChange={(e) => onChange({ basis: e.currentTarget.value })} error={errors('basis')} style={{ flex: 1, minWidth: 220 }} maxLength={500} />
      </Group>
      <Checkbox label={intl.formatMessage({ id: 'assessments.editor.example' })} checked={value.example} onChange={(e) => onChange({ example: e.currentTarget.checked })} />
    </>
  );
}
