import { Button, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Proposal } from '../../../shared/contracts/reporting.ts';
import { REFORM_AREAS } from '../../../shared/contracts/tasks.ts';

const EMPTY: Proposal = { text: '', field: 'administrative_procedures', addressee: '' };

/**
 * The unit's proposals as structured items — what is proposed, the reform area it is about,
 * the body it is addressed to — so that they can be grouped and followed up later.
 */
export function ProposalsField({ value, onChange, readOnly }: { value: Proposal[]; onChange: (proposals: Proposal[]) => void; readOnly: boolean }) {
  const intl = useIntl();
  const set = (i: number, patch: Partial<Proposal>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const areas = REFORM_AREAS.map((a) => ({ value: a, label: intl.formatMessage({ id: `areas.${a}` }) }));
  return (
    <Stack gap="xs" data-testid="reporting-proposals">
      <Text fw={600}>
        <FormattedMessage id="reporting.proposals.title" />
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="reporting.proposals.none" />
        </Text>
      )}
      {value.map((p, i) => (
        <Paper key={i} withBorder p="sm" radius="sm" data-testid={`reporting-proposal-${i}`}>
          <Stack gap={6}>
            <Textarea label={intl.formatMessage({ id: 'reporting.proposals.text' })} value={p.text} onChange={(e) => set(i, { text: e.currentTarget.value })} readOnly={readOnly} autosize minRows={2} data-testid={`reporting-proposal-text-${i}`} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Select label={intl.formatMessage({ id: 'reporting.proposals.field' })} data={areas} value={p.field} onChange={(v) => v && set(i, { field: v as Proposal['field'] })} readOnly={readOnly} allowDeselect={false} data-testid={`reporting-proposal-field-${i}`} />
              <TextInput label={intl.formatMessage({ id: 'reporting.proposals.addressee' })} value={p.addressee} onChange={(e) => set(i, { addressee: e.currentTarget.value })} readOnly={readOnly} data-testid={`reporting-proposal-addressee-${i}`} />
            </SimpleGrid>
            {!readOnly && (
              <Button variant="subtle" color="red" size="compact-xs" onClick={() => onChange(value.filter((_, j) => j !== i))} style={{ alignSelf: 'flex-end' }}>
                <FormattedMessage id="reporting.proposals.remove" />
              </Button>
            )}
          </Stack>
        </Paper>
      ))}
      {!readOnly && (
        <Button variant="light" size="xs" onClick={() => onChange([...value, EMPTY])} data-testid="reporting-proposal-add" style={{ alignSelf: 'flex-start' }}>
          <FormattedMessage id="reporting.proposals.add" />
        </Button>
      )}
    </Stack>
  );
}
