import type { ReactNode } from 'react';
import { Anchor, DataList, Group, Progress, Text, useMatches } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Supervision, TaskDetail } from '../../../../shared/contracts/tasks.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { pickName } from '../../../../shared/locales.ts';
import { KeyBadge, StandingBadge, StateBadge } from '../badges.tsx';
import { DeadlineText } from '../DeadlineText.tsx';
import { useFormatDay, useFormatPercent, useUnitName } from '../format.ts';

function Item({ labelId, children, testId }: { labelId: string; children: ReactNode; testId?: string }) {
  return (
    <DataList.Item data-testid={testId}>
      <DataList.ItemLabel>
        <FormattedMessage id={labelId} />
      </DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** The task's own supervisor, or the members following its unit (said so), or a dash. */
function SupervisionText({ supervision }: { supervision: Supervision }) {
  const names = supervision.usernames.join('; ');
  if (!names) return <>—</>;
  return supervision.fromUnit ? <FormattedMessage id="tasks.field.supervisorFromUnit" values={{ names }} /> : <>{names}</>;
}

/** Every field of a task; side by side on a laptop, stacked on a phone. */
export function TaskDetails({ task, today }: { task: TaskDetail; today: string }) {
  const intl = useIntl();
  const locale = useLocale();
  // Co-operating units come as codes only: named from the units the reader can see.
  const unitName = useUnitName();
  const formatDay = useFormatDay();
  const formatPercent = useFormatPercent();
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  const description = pickName(task.description, locale);
  const dash = '—';
  return (
    <DataList orientation={orientation} labelWidth={220} withDivider gap="xs" data-testid="task-details">
      <Item labelId="tasks.field.plan">
        <Anchor size="sm" {...linkProps(paths.plan(task.planCode))}>
          {task.planCode}
        </Anchor>
      </Item>
      <Item labelId="tasks.field.code">
        <Text size="sm" ff="monospace">
          {task.code}
        </Text>
      </Item>
      <Item labelId="tasks.field.state">
        <Group gap="xs">
          <StateBadge state={task.state} testId="task-state" />
          <StandingBadge task={task} asOf={today} />
          {task.key && <KeyBadge />}
        </Group>
      </Item>
      <Item labelId="tasks.field.deadline">
        <DeadlineText task={task} labelled testId="task-deadline" />
      </Item>
      <Item labelId="tasks.field.percent">
        <Group gap="xs" wrap="nowrap" maw={320}>
          <Progress value={task.percent} w={200} aria-label={intl.formatMessage({ id: 'tasks.field.percent' })} />
          <Text size="sm" data-testid="task-percent">
            {formatPercent(task.percent)}
          </Text>
        </Group>
      </Item>
      {task.state === 'reported' && task.reportedCompletedOn && <Item labelId="tasks.field.reportedCompletedOn">{formatDay(task.reportedCompletedOn)}</Item>}
      {task.completedOn && <Item labelId="tasks.field.completedOn">{formatDay(task.completedOn)}</Item>}
      <Item labelId="tasks.field.area">{intl.formatMessage({ id: `areas.${task.area}` })}</Item>
      <Item labelId="tasks.field.owner">{pickName(task.ownerUnitNames, locale) || task.ownerUnitCode}</Item>
      <Item labelId="tasks.field.cooperating">{task.cooperatingUnitCodes.length ? task.cooperatingUnitCodes.map(unitName).join('; ') : dash}</Item>
      <Item labelId="tasks.field.supervisor" testId="task-supervision">
        <SupervisionText supervision={task.supervisedBy} />
      </Item>
      <Item labelId="tasks.field.startDate">{task.startDate ? formatDay(task.startDate) : dash}</Item>
      <Item labelId="tasks.field.assignedOn">{formatDay(task.assignedOn)}</Item>
      <Item labelId="tasks.field.expectedOutput">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {task.expectedOutput || dash}
        </Text>
      </Item>
      <Item labelId="tasks.field.description">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {description || dash}
        </Text>
      </Item>
    </DataList>
  );
}
