import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { MEMBER_POSITIONS, type MemberPosition } from '../../../shared/contracts/steering.ts';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { TrashIcon } from '../../ui/icons.tsx';

export interface MemberDraft {
  username: string;
  position: MemberPosition;
}

const isPosition = (v: string | null): v is MemberPosition => v !== null && (MEMBER_POSITIONS as readonly string[]).includes(v);

/** The choice of a seat's position, in the reader's language. */
export function PositionSelect({ value, onChange, testId }: { value: MemberPosition; onChange: (p: MemberPosition) => void; testId?: string }) {
  const intl = useIntl();
  return (
    <Select
      label={intl.formatMessage({ id: 'steering.members.position' })}
      data={MEMBER_POSITIONS.map((p) => ({ value: p, label: intl.formatMessage({ id: `steering.position.${p}` }) }))}
      value={value}
      onChange={(v) => isPosition(v) && onChange(v)}
      allowDeselect={false}
      withAsterisk
      data-testid={testId}
    />
  );
}

interface Props {
  value: MemberDraft[];
  onChange: (value: MemberDraft[]) => void;
  t: (field: string) => string | undefined;
}

/**
 * A new committee's first members: each an account (by username, as the tasks' supervisors
 * are named) and a position; they sit from the committee's first day.
 */
export function MembersEditor({ value, onChange, t }: Props) {
  const intl = useIntl();
  const set = (i: number, m: Partial<MemberDraft>) => onChange(value.map((x, j) => (j === i ? { ...x, ...m } : x)));
  return (
    <Stack gap="xs" data-testid="members-editor">
      <Text size="sm" fw={500}>
        <FormattedMessage id="steering.form.firstMembers" />
      </Text>
      {value.map((m, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            label={intl.formatMessage({ id: 'steering.form.username' })}
            value={m.username}
            onChange={(e) => set(i, { username: e.currentTarget.value })}
            error={t(`members.${i}.username`)}
            autoComplete="off"
            styles={MONO_INPUT}
            style={{ flex: '1 1 10rem' }}
            data-testid={`member-username-${i}`}
          />
          <div style={{ flex: '1 1 10rem' }}>
            <PositionSelect value={m.position} onChange={(position) => set(i, { position })} testId={`member-position-${i}`} />
          </div>
          <ActionIcon variant="subtle" color="red" mt={28} aria-label={intl.formatMessage({ id: 'steering.form.removeMember' })} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            <TrashIcon />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...value, { username: '', position: value.length === 0 ? 'chair' : 'member' }])} data-testid="member-add">
          <FormattedMessage id="steering.form.addMember" />
        </Button>
      </Group>
    </Stack>
  );
}
