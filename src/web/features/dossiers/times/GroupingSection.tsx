import { Chip, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { TIME_GROUPINGS, type ProcedureTimesResponse, type TimeGrouping } from '../../../../shared/contracts/procedure-times.ts';
import { GroupTimesTable } from './GroupTimesTable.tsx';
import { ProcedureTimesTable } from './ProcedureTimesTable.tsx';

/**
 * The table under the charts, grouped as the reader chooses: by procedure (with the statutory
 * time and the previous period), field, level, channel or month. The choices wrap on a phone.
 */
export function GroupingSection({ data, onBy }: { data: ProcedureTimesResponse; onBy: (by: TimeGrouping) => void }) {
  return (
    <Stack gap="xs">
      <Title order={3}>
        <FormattedMessage id="dossiers.times.groupedTitle" />
      </Title>
      <Chip.Group multiple={false} value={data.by} onChange={(v) => onBy(v as TimeGrouping)}>
        <Group gap={6} data-testid="times-grouping">
          {TIME_GROUPINGS.map((by) => (
            <Chip key={by} value={by} size="sm" wrapperProps={{ 'data-testid': `times-by-${by}` }}>
              <FormattedMessage id={`dossiers.times.by.${by}`} />
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {data.by === 'procedure' ? (
        <>
          <Text size="xs" c="dimmed">
            <FormattedMessage id="dossiers.times.previousHint" />
          </Text>
          <ProcedureTimesTable procedures={data.procedures} />
        </>
      ) : (
        <GroupTimesTable by={data.by} groups={data.groups} />
      )}
    </Stack>
  );
}
