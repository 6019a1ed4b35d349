import { Button, CloseButton, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ROLES, type Role } from '../../../shared/contracts/auth.ts';
import type { FieldErrors } from '../../app/forms/validate.ts';
import { todayLocal, UnitPicker } from '../units/index.ts';
import { NEW_GRANT, type GrantDraft } from './grants.ts';

interface Props {
  value: GrantDraft[];
  onChange: (value: GrantDraft[]) => void;
  /** Errors keyed as in the request: `grants`, `grants.0.role`, `grants.0.unitCode`. */
  errors: FieldErrors;
}

/**
 * One or more roles, each on a unit and its subordinate units, or on the whole system when
 * no unit is chosen. Units are offered as they are today, within what the caller may see.
 */
export function GrantsEditor({ value, onChange, errors }: Props) {
  const intl = useIntl();
  const t = (key: string) => (errors[key] ? intl.formatMessage({ id: errors[key] }) : undefined);
  const roles = ROLES.map((r) => ({ value: r, label: intl.formatMessage({ id: `roles.${r}` }) }));
  const set = (index: number, grant: GrantDraft) => onChange(value.map((g, i) => (i === index ? grant : g)));
  const today = todayLocal();

  return (
    <Stack gap="xs" data-testid="grants-editor">
      <Text size="sm" fw={500}>
        <FormattedMessage id="users.grants" />
      </Text>
      {value.map((grant, index) => (
        <Paper key={index} withBorder p="xs">
          <Group wrap="nowrap" align="flex-start" gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" style={{ flex: 1 }}>
              <Select
                label={intl.formatMessage({ id: 'users.role' })}
                data={roles}
                value={grant.role}
                onChange={(role) => role && set(index, { ...grant, role: role as Role })}
                allowDeselect={false}
                withAsterisk
                error={t(`grants.${index}.role`)}
                data-testid={`grant-role-${index}`}
              />
              <UnitPicker
                labelId="users.unit"
                placeholderId="users.wholeSystem"
                asOf={today}
                value={grant.unitCode}
                onChange={(unitCode) => set(index, { ...grant, unitCode })}
                error={t(`grants.${index}.unitCode`)}
                testId={`grant-unit-${index}`}
              />
            </SimpleGrid>
            {value.length > 1 && (
              <CloseButton
                mt={26}
                aria-label={intl.formatMessage({ id: 'users.removeGrant' }, { n: index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                data-testid={`grant-remove-${index}`}
              />
            )}
          </Group>
        </Paper>
      ))}
      {errors.grants && (
        <Text c="red" size="sm" role="alert">
          {t('grants')}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...value, NEW_GRANT])} data-testid="grant-add">
          <FormattedMessage id="users.addGrant" />
        </Button>
      </Group>
    </Stack>
  );
}
