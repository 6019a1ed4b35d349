import { Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayLocal, UnitPicker } from '../units/index.ts';
import { useCreateList } from './api.ts';

/** Starting the first position list of a unit the reader edits: an empty version 1, filled in on its page. */
export function NewListModal({ initialUnit, onClose }: { initialUnit: string | null; onClose: () => void }) {
  const intl = useIntl();
  const create = useCreateList();
  const [unit, setUnit] = useState<string | null>(initialUnit);
  const [missing, setMissing] = useState(false);
  return (
    <FormModal
      opened
      onClose={onClose}
      titleId="positions.create.title"
      submitId="positions.create.submit"
      pending={create.isPending}
      error={create.error}
      testId="positions-create-form"
      onSubmit={() => {
        if (!unit) return setMissing(true);
        create.mutate(unit, { onSuccess: (r) => navigate(paths.positionList(r.id)) });
      }}
    >
      <Text size="sm" c="dimmed">
        <FormattedMessage id="positions.create.intro" />
      </Text>
      <UnitPicker labelId="positions.create.unit" asOf={todayLocal()} value={unit} onChange={setUnit} error={missing && !unit ? intl.formatMessage({ id: 'validation.required' }) : undefined} required testId="positions-create-unit" />
    </FormModal>
  );
}
