import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { TargetStatusView } from '../../../shared/contracts/targets.ts';
import { pickName } from '../../../shared/locales.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { TargetStatusText, useTargetText } from './TargetsTable.tsx';
import { TargetTrendChart } from './TargetTrendChart.tsx';

interface Props {
  target: TargetStatusView;
  /** The secretariat's buttons; absent for readers. */
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}

/** One target: its status, value so far against its line, the unit and period it covers, and its trend. */
export function TargetCard({ target: t, onEdit, onDelete }: Props) {
  const locale = useLocale();
  const formatDay = useFormatIsoDate();
  const { figure, rule } = useTargetText();
  const name = pickName(t.names, locale);
  return (
    <Paper withBorder p="md" radius="md" data-testid="target-card" data-target={t.id}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {name}
        </Title>
        <Group gap="xs" wrap="wrap">
          <TargetStatusText status={t.status} />
          <Text size="sm" c="dimmed">
            <FormattedMessage id="targets.card.figures" values={{ current: figure(t.current, t), line: figure(t.target, t), baseline: figure(t.baseline, t) }} />
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          <FormattedMessage id={`targets.measure.${t.measure}`} /> · {rule(t)} · {pickName(t.unit.names, locale) || t.unit.code} ·{' '}
          <FormattedMessage id="targets.card.period" values={{ from: formatDay(t.from), to: formatDay(t.to) }} />
        </Text>
        <TargetTrendChart target={t} name={name} />
        {(onEdit || onDelete) && (
          <Group justify="flex-end" gap="xs">
            {onEdit && (
              <Button size="xs" variant="default" onClick={onEdit} data-testid="target-edit">
                <FormattedMessage id="targets.form.edit" />
              </Button>
            )}
            {onDelete && (
              <Button size="xs" variant="subtle" color="red" onClick={onDelete} data-testid="target-delete">
                <FormattedMessage id="targets.form.delete" />
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
