import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { exportUrl } from './api.ts';
import { CreateUnitModal } from './forms/CreateUnitModal.tsx';
import { ImportModal } from './forms/ImportModal.tsx';

/**
 * Tools on the organisation page: export for every reader (as of the page's date, names in
 * the reader's language); new unit and import for those who manage units.
 */
export function UnitsAdminBar({ asOf, canManage }: { asOf: string; canManage: boolean }) {
  const locale = useLocale();
  const [open, setOpen] = useState<'create' | 'import' | null>(null);
  const close = () => setOpen(null);
  return (
    <Group gap="xs">
      {canManage && (
        <>
          <Button size="sm" onClick={() => setOpen('create')}>
            <FormattedMessage id="units.action.create" />
          </Button>
          <Button size="sm" variant="light" onClick={() => setOpen('import')}>
            <FormattedMessage id="import.open" />
          </Button>
        </>
      )}
      <Button size="sm" variant="default" component="a" href={exportUrl(asOf, 'csv', locale)} download>
        <FormattedMessage id="units.export.csv" />
      </Button>
      <Button size="sm" variant="default" component="a" href={exportUrl(asOf, 'xlsx', locale)} download>
        <FormattedMessage id="units.export.xlsx" />
      </Button>
      {open === 'create' && <CreateUnitModal opened onClose={close} />}
      {open === 'import' && <ImportModal opened onClose={close} />}
    </Group>
  );
}
