import { Button, Checkbox, Group, Input, Loader, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UnitSummary } from '../../../../shared/contracts/units.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useNameOf } from '../../units/index.ts';

interface Props {
  /** null until a unit group is chosen */
  groupCode: string | null;
  /** the group's units today; undefined while they load */
  units: readonly UnitSummary[] | undefined;
  /** the list of units could not be read */
  loadError: unknown;
  unticked: ReadonlySet<string>;
  onChange: (unticked: Set<string>) => void;
  error?: string | undefined;
}

/** The participating units: the chosen group's current units, all ticked; the user unticks the ones left out. */
export function ParticipantsField({ groupCode, units, loadError, unticked, onChange, error }: Props) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const toggle = (code: string, ticked: boolean) => {
    const next = new Set(unticked);
    if (ticked) next.delete(code);
    else next.add(code);
    onChange(next);
  };
  const selected = units?.filter((u) => !unticked.has(u.code)).length ?? 0;
  return (
    <Input.Wrapper label={intl.formatMessage({ id: 'assessments.roundAdmin.units' })} labelElement="div" withAsterisk error={error} data-testid="round-form-units">
      <Stack gap={6} mt={4}>
        {groupCode === null ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="assessments.roundAdmin.unitsChooseGroup" />
          </Text>
        ) : loadError ? (
          <ErrorAlert error={loadError} />
        ) : units === undefined ? (
          <Loader size="sm" />
        ) : units.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="round-form-units-none">
            <FormattedMessage id="assessments.roundAdmin.unitsNone" />
          </Text>
        ) : (
          <>
            <Group justify="space-between" gap="xs">
              <Text size="sm" data-testid="round-form-unit-count">
                <FormattedMessage id="assessments.roundAdmin.unitsCount" values={{ selected, total: units.length }} />
              </Text>
              <Group gap={4}>
                <Button size="compact-xs" variant="subtle" onClick={() => onChange(new Set())} data-testid="round-form-units-all">
                  <FormattedMessage id="assessments.roundAdmin.unitsAll" />
                </Button>
                <Button size="compact-xs" variant="subtle" onClick={() => onChange(new Set(units.map((u) => u.code)))} data-testid="round-form-units-clear">
                  <FormattedMessage id="assessments.roundAdmin.unitsClear" />
                </Button>
              </Group>
            </Group>
            <Paper withBorder p="xs">
              <ScrollArea.Autosize mah={220}>
                <Stack gap={6}>
                  {units.map((u) => (
                    <Checkbox
                      key={u.code}
                      label={
                        <>
                          {nameOf(u.names) || u.code}{' '}
                          <Text span size="xs" c="dimmed" ff="monospace">
                            {u.code}
                          </Text>
                        </>
                      }
                      checked={!unticked.has(u.code)}
                      onChange={(e) => toggle(u.code, e.currentTarget.checked)}
                      data-testid={`round-form-unit-${u.code}`}
                    />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Paper>
          </>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
