import { useState } from 'react';
import { Button } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCanOn } from '../../tasks/index.ts';
import { StandingForm } from './StandingForm.tsx';
import { StandingsImport } from './StandingsImport.tsx';

/** For managers of the unit: type in a published standing, or import a year's tables (nothing for others). */
export function RecordStandings({ unit }: { unit: string }) {
  const canManage = useCanOn('assessments.manage', unit);
  const [open, setOpen] = useState<'add' | 'import' | null>(null);
  const close = () => setOpen(null);
  if (!canManage) return null;
  return (
    <>
      <Button size="xs" onClick={() => setOpen('add')} data-testid="standing-add">
        <FormattedMessage id="assessments.standings.add" />
      </Button>
      <Button size="xs" variant="light" onClick={() => setOpen('import')} data-testid="standing-import">
        <FormattedMessage id="assessments.standings.import" />
      </Button>
      {open === 'add' && <StandingForm unit={unit} onClose={close} />}
      {open === 'import' && <StandingsImport onClose={close} />}
    </>
  );
}
