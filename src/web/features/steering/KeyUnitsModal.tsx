import { useState } from 'react';
import { ActionIcon, Button, Group, MultiSelect, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { keyUnitSelection, type CommitteeDetail, type KeyUnitList } from '../../../shared/contracts/steering.ts';
import { isIsoDate, isValidOn } from '../../../shared/domain/dates.ts';
import { validate } from '../../app/forms/validate.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { TrashIcon } from '../../ui/icons.tsx';
import { todayLocal, UnitPicker } from '../units/index.ts';
import { useSelectKeyUnits } from './api.ts';
import { useSteeringFieldErrors } from './form-errors.ts';

interface Row {
  unitCode: string | null;
  supervisors: string[];
}

interface Props {
  committee: CommitteeDetail;
  year: number;
  /** the selection as it stands: the form starts from it */
  current: KeyUnitList['units'];
  onClose: () => void;
}

/**
 * The year's key units: units in the committee's scope, each followed by one or more of its
 * members, from an effective day (blank: the whole year for its first selection, from today
 * for a change). Units left out stop being followed the day before; who followed what when
 * stays on the page.
 */
export function KeyUnitsModal({ committee, year, current, onClose }: Props) {
  const intl = useIntl();
  const select = useSelectKeyUnits(committee.code, year);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [rows, setRows] = useState<Row[]>(current.length ? current.map((u) => ({ unitCode: u.unit.code, supervisors: u.supervisors.map((s) => s.username) })) : [{ unitCode: null, supervisors: [] }]);
  const units = rows.map((r) => ({ unitCode: r.unitCode ?? '', supervisors: r.supervisors }));
  const { t, setErrors } = useSteeringFieldErrors(select.error, { units });
  const set = (i: number, row: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));

  // Supervisors are the committee's members on the day the selection takes effect: when
  // none is typed, the server's default day (the year's first for its first selection, else today).
  const day = isIsoDate(effectiveDate) ? effectiveDate : current.length === 0 ? [`${year}-01-01`, committee.validFrom].sort()[1]! : todayLocal();
  const members = new Map(committee.members.filter((m) => isValidOn(m, day)).map((m) => [m.username, m.displayName || m.username]));
  const memberChoices = [...members].map(([value, label]) => ({ value, label }));

  const submit = () => {
    const checked = validate(keyUnitSelection, { units, ...(effectiveDate ? { effectiveDate } : {}) });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    select.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId="steering.form.keyUnitsTitle" titleValues={{ year: String(year) }} onSubmit={submit} pending={select.isPending} error={select.error} size="xl" testId="key-units-form">
      <DateField labelId="steering.form.effectiveDate" value={effectiveDate} onChange={setEffectiveDate} error={t('effectiveDate')} testId="key-units-date" />
      <Text size="xs" c="dimmed" mt={-8}>
        <FormattedMessage id="steering.form.keyUnitsDateHint" />
      </Text>
      {rows.map((r, i) => (
        <Paper key={i} withBorder p="sm" radius="md" data-testid={`key-unit-row-${i}`}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
              <UnitPicker labelId="steering.keyUnits.unit" asOf={effectiveDate || todayLocal()} value={r.unitCode} onChange={(unitCode) => set(i, { unitCode })} error={t(`units.${i}.unitCode`)} required testId={`key-unit-unit-${i}`} />
              <MultiSelect
                label={intl.formatMessage({ id: 'steering.keyUnits.supervisors' })}
                data={memberChoices}
                value={r.supervisors}
                onChange={(supervisors) => set(i, { supervisors })}
                searchable
                withAsterisk
                error={t(`units.${i}.supervisors`)}
                nothingFoundMessage={intl.formatMessage({ id: 'steering.form.noMembers' })}
                data-testid={`key-unit-supervisors-${i}`}
              />
            </Stack>
            <ActionIcon variant="subtle" color="red" mt={28} aria-label={intl.formatMessage({ id: 'steering.form.removeUnit' })} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              <TrashIcon />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => setRows([...rows, { unitCode: null, supervisors: [] }])} data-testid="key-unit-add">
          <FormattedMessage id="steering.form.addUnit" />
        </Button>
      </Group>
    </FormModal>
  );
}
