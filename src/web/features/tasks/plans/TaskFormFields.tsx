import { Checkbox, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { ReformArea } from '../../../../shared/contracts/tasks.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { LocalizedNamesFields } from '../../../ui/LocalizedNamesFields.tsx';
import { MONO_INPUT } from '../../../ui/mono-input.ts';
import { todayLocal, UnitMultiPicker, UnitPicker } from '../../units/index.ts';
import { AreaSelect } from '../fields.tsx';

/** What the task form edits; the deadline only when creating (later it is extended). */
export interface TaskDraft {
  code: string;
  title: LocalizedNames;
  description: string;
  area: ReformArea | null;
  ownerUnitCode: string | null;
  cooperatingUnitCodes: string[];
  supervisor: string;
  key: boolean;
  startDate: string;
  deadline: string;
  expectedOutput: string;
}

export const EMPTY_TASK: TaskDraft = {
  code: '',
  title: {},
  description: '',
  area: null,
  ownerUnitCode: null,
  cooperatingUnitCodes: [],
  supervisor: '',
  key: false,
  startDate: '',
  deadline: '',
  expectedOutput: '',
};

interface Props {
  value: TaskDraft;
  onChange: (value: TaskDraft) => void;
  /** Field path → translated message. */
  t: (field: string) => string | undefined;
  withDeadline: boolean;
}

export function TaskFormFields({ value, onChange, t, withDeadline }: Props) {
  const intl = useIntl();
  const locale = useLocale();
  const today = todayLocal();
  const set = <K extends keyof TaskDraft>(key: K, v: TaskDraft[K]) => onChange({ ...value, [key]: v });
  const label = (id: string) => intl.formatMessage({ id });
  return (
    <>
      <TextInput label={label('tasks.field.code')} description={label('tasks.field.codeHint')} value={value.code} onChange={(e) => set('code', e.currentTarget.value)} withAsterisk error={t('code')} styles={MONO_INPUT} data-testid="task-code" />
      <Text size="sm" fw={500}>
        {label('tasks.field.title')}
      </Text>
      <LocalizedNamesFields value={value.title} onChange={(v) => set('title', v)} locale={locale} labelId="tasks.field.titleIn" error={t('title') && label('tasks.titleRequired')} />
      <Textarea label={label('tasks.field.description')} value={value.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} maxRows={6} lang={locale} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <AreaSelect labelId="tasks.field.area" value={value.area} onChange={(v) => set('area', v)} required error={t('area')} testId="task-area" />
        <UnitPicker labelId="tasks.field.owner" asOf={today} value={value.ownerUnitCode} onChange={(v) => set('ownerUnitCode', v)} clearable={false} required error={t('ownerUnitCode')} testId="task-owner" />
      </SimpleGrid>
      <UnitMultiPicker labelId="tasks.field.cooperating" asOf={today} value={value.cooperatingUnitCodes} onChange={(v) => set('cooperatingUnitCodes', v)} exclude={value.ownerUnitCode ? [value.ownerUnitCode] : []} error={t('cooperatingUnitCodes')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <TextInput label={label('tasks.field.supervisor')} description={label('tasks.field.supervisorHint')} value={value.supervisor} onChange={(e) => set('supervisor', e.currentTarget.value)} error={t('supervisor')} autoComplete="off" styles={MONO_INPUT} data-testid="task-supervisor" />
        <Checkbox mt={{ base: 0, sm: 30 }} label={label('tasks.field.keyLong')} checked={value.key} onChange={(e) => set('key', e.currentTarget.checked)} data-testid="task-key" />
        <DateField labelId="tasks.field.startDate" value={value.startDate} onChange={(v) => set('startDate', v)} error={t('startDate')} />
        {withDeadline && <DateField labelId="tasks.field.deadline" value={value.deadline} onChange={(v) => set('deadline', v)} error={t('deadline')} required />}
      </SimpleGrid>
      <Textarea label={label('tasks.field.expectedOutput')} value={value.expectedOutput} onChange={(e) => set('expectedOutput', e.currentTarget.value)} autosize minRows={2} maxRows={6} error={t('expectedOutput')} data-testid="task-expected-output" />
    </>
  );
}
