import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { UnitDetail } from '../../../shared/contracts/units.ts';
import { ChangeUnitModal, type ChangeKind } from './forms/ChangeUnitModal.tsx';
import { CreateUnitModal } from './forms/CreateUnitModal.tsx';
import { MergeModal } from './forms/MergeModal.tsx';
import { SplitModal } from './forms/SplitModal.tsx';
import { useNameOf } from './names.ts';

type Action = ChangeKind | 'merge' | 'split' | 'addChild';

const BUTTONS: { action: Action; id: string; color?: string }[] = [
  { action: 'rename', id: 'units.action.rename' },
  { action: 'move', id: 'units.action.move' },
  { action: 'reclassify', id: 'units.action.reclassify' },
  { action: 'regroup', id: 'units.action.regroup' },
  { action: 'merge', id: 'units.action.merge' },
  { action: 'split', id: 'units.action.split' },
  { action: 'addChild', id: 'units.action.addChild' },
  { action: 'close', id: 'units.action.close', color: 'red' },
];

/** The changes an administrator can make to the unit on screen, each in its own dated form. */
export function UnitActions({ detail }: { detail: UnitDetail }) {
  const nameOf = useNameOf();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  return (
    <Group gap="xs" data-testid="unit-actions">
      {BUTTONS.map(({ action, id, color }) => (
        <Button key={action} size="xs" variant="light" color={color} onClick={() => setOpen(action)}>
          <FormattedMessage id={id} />
        </Button>
      ))}
      {open === 'merge' && <MergeModal detail={detail} onClose={close} />}
      {open === 'split' && <SplitModal detail={detail} onClose={close} />}
      {open === 'addChild' && <CreateUnitModal opened onClose={close} parent={{ code: detail.unit.code, name: nameOf(detail.unit.names) }} />}
      {open && open !== 'merge' && open !== 'split' && open !== 'addChild' && <ChangeUnitModal kind={open} detail={detail} onClose={close} />}
    </Group>
  );
}
