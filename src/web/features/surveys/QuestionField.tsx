import { Button, Checkbox, Group, Input, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { AnswerValue, Question } from '../../../shared/contracts/questionnaires.ts';
import { useNameOf } from '../units/index.ts';
import { SCALE_ANSWERS } from './survey-view.ts';

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  /** the translated problem with this answer, if any */
  error: string | undefined;
}

/** The 5-point scale and "no answer" as six buttons, one pressed: large enough to tap, each named for screen readers. */
function ScaleButtons({ question, value, onChange, labelId }: Omit<Props, 'error'> & { labelId: string }) {
  const intl = useIntl();
  return (
    <Group gap={6} role="radiogroup" aria-labelledby={labelId} wrap="wrap">
      {SCALE_ANSWERS.map((a) => {
        const level = Number(a);
        const chosen = value === level;
        return (
          <Button
            key={a}
            size="compact-md"
            miw={level === 0 ? undefined : 44}
            variant={chosen ? 'filled' : 'default'}
            color={level === 0 ? 'gray' : level >= 4 ? 'teal' : level === 3 ? 'yellow' : 'red'}
            role="radio"
            aria-checked={chosen}
            title={intl.formatMessage({ id: `surveys.scale.${a}` })}
            aria-label={intl.formatMessage({ id: `surveys.scale.${a}` })}
            onClick={() => onChange(chosen ? undefined : level)}
            data-testid={`answer-${question.key}-${a}`}
          >
            {level === 0 ? intl.formatMessage({ id: 'surveys.scale.0' }) : intl.formatNumber(level)}
          </Button>
        );
      })}
    </Group>
  );
}

/** One question of a paper form, drawn by its kind; `value` undefined is not answered. */
export function QuestionField({ question, value, onChange, error }: Props) {
  const nameOf = useNameOf();
  const labelId = useId();
  const label = nameOf(question.names) || question.key;
  const description = question.help ? nameOf(question.help) : undefined;
  const common = { label, description, error, withAsterisk: question.required };
  const testId = `answer-${question.key}`;
  switch (question.kind) {
    case 'scale5':
      return (
        <Input.Wrapper {...common} labelElement="div" id={labelId} data-testid={testId}>
          <Stack mt={4}>
            <ScaleButtons question={question} value={value} onChange={onChange} labelId={`${labelId}-label`} />
          </Stack>
        </Input.Wrapper>
      );
    case 'single':
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v || undefined)} data-testid={testId}>
          <Stack gap={6} mt={4}>
            {(question.choices ?? []).map((c) => (
              <Radio key={c.key} value={c.key} label={nameOf(c.names) || c.key} data-testid={`answer-${question.key}-${c.key}`} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={(v) => onChange(v.length ? v : undefined)} data-testid={testId}>
          <Stack gap={6} mt={4}>
            {(question.choices ?? []).map((c) => (
              <Checkbox key={c.key} value={c.key} label={nameOf(c.names) || c.key} data-testid={`answer-${question.key}-${c.key}`} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} onChange={(v) => onChange(typeof v === 'number' ? v : undefined)} min={question.min} max={question.max} thousandSeparator="" data-testid={testId} />;
    case 'short_text':
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || undefined)} maxLength={200} data-testid={testId} />;
    case 'long_text':
      return <Textarea {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || undefined)} autosize minRows={2} maxRows={6} maxLength={4000} data-testid={testId} />;
  }
}
