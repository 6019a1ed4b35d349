import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ConsolidatedNarrative } from '../../../shared/contracts/consolidated.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useIssue, useSaveNarrative, type ReportChoice } from './api.ts';

const SECTIONS = ['summary', 'assessment', 'nextTasks'] as const;

/** The secretariat's narratives of a report not yet issued, and the form that issues it (number and date). */
export function NarrativeForm({ choice, saved, today, onIssued }: { choice: ReportChoice; saved: ConsolidatedNarrative; today: string; onIssued: (id: number) => void }) {
  const intl = useIntl();
  const [narrative, setNarrative] = useState(saved);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(today);
  useEffect(() => setNarrative(saved), [saved]);
  const save = useSaveNarrative(choice);
  const issue = useIssue(choice);
  return (
    <Stack gap="sm" data-testid="consolidated-narrative">
      {SECTIONS.map((s) => (
        <Textarea key={s} label={intl.formatMessage({ id: `consolidated.sections.${s}` })} autosize minRows={3} value={narrative[s]} onChange={(e) => setNarrative({ ...narrative, [s]: e.currentTarget.value })} data-testid={`narrative-${s}`} />
      ))}
      <Group>
        <Button variant="default" loading={save.isPending} onClick={() => save.mutate(narrative)} data-testid="narrative-save">
          <FormattedMessage id={save.isSuccess ? 'consolidated.saved' : 'consolidated.saveNarrative'} />
        </Button>
      </Group>
      <Group align="flex-end">
        <TextInput label={intl.formatMessage({ id: 'consolidated.number' })} value={number} onChange={(e) => setNumber(e.currentTarget.value)} placeholder="215/BC-UBND" data-testid="issue-number" />
        <TextInput label={intl.formatMessage({ id: 'consolidated.date' })} value={date} onChange={(e) => setDate(e.currentTarget.value)} placeholder="YYYY-MM-DD" data-testid="issue-date" />
        <Button disabled={!number.trim()} loading={issue.isPending} onClick={() => issue.mutate({ number, date, narrative }, { onSuccess: (r) => r.issued && onIssued(r.issued.id) })} data-testid="issue-submit">
          <FormattedMessage id="consolidated.issue" />
        </Button>
      </Group>
      {save.isError && <ErrorAlert error={save.error} />}
      {issue.isError && <ErrorAlert error={issue.error} />}
    </Stack>
  );
}
