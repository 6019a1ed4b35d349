import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { CommitteeDetail } from '../../../shared/contracts/steering.ts';
import { EditCommitteeModal } from './EditCommitteeModal.tsx';
import { MergeCommitteesModal } from './MergeCommitteesModal.tsx';
import { SeatMemberModal } from './SeatModals.tsx';

type Action = 'seat' | 'edit' | 'merge';

const BUTTONS: { action: Action; id: string }[] = [
  { action: 'seat', id: 'steering.form.seatTitle' },
  { action: 'edit', id: 'steering.form.edit' },
  { action: 'merge', id: 'steering.form.mergeTitle' },
];

/** What the secretariat does to a committee in force, each in its own form. */
export function CommitteeActions({ committee }: { committee: CommitteeDetail }) {
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  return (
    <Group gap="xs" data-testid="committee-actions">
      {BUTTONS.map(({ action, id }) => (
        <Button key={action} size="xs" variant="light" onClick={() => setOpen(action)} data-testid={`committee-action-${action}`}>
          <FormattedMessage id={id} />
        </Button>
      ))}
      {open === 'seat' && <SeatMemberModal code={committee.code} onClose={close} />}
      {open === 'edit' && <EditCommitteeModal committee={committee} onClose={close} />}
      {open === 'merge' && <MergeCommitteesModal committee={committee} onClose={close} />}
    </Group>
  );
}
