import { ActionIcon, Badge, Group, Indicator, Menu, ScrollArea, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Notification } from '../../../../shared/contracts/tasks.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { BellIcon } from '../../../ui/icons.tsx';
import { useNameOf } from '../../units/index.ts';
import { useFormatDay } from '../format.ts';
import { useMarkNotificationRead, useNotifications } from './api.ts';

const KIND_COLOR: Record<Notification['kind'], string> = { due_soon: 'yellow', overdue: 'red', report_due_soon: 'yellow', report_overdue: 'red', follow_up_due_soon: 'yellow', follow_up_overdue: 'red', survey_behind: 'orange' };

function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: (n: Notification) => void }) {
  const nameOf = useNameOf();
  const formatDay = useFormatDay();
  const { task, report, kind } = notification;
  const unread = notification.readAt === null;
  // A reminder is of a task, of a unit's report in a reporting round, of a follow-up item or of a survey wave (its code in `round`).
  const link = linkProps(
    task ? paths.task(task.id) : kind.startsWith('follow_up') ? paths.followUp(report!.round) : kind === 'survey_behind' ? paths.surveyWave(report!.round) : paths.reportingSubmission(report!.round, report!.unit),
  );
  return (
    <Menu.Item
      component="a"
      href={link.href}
      onClick={(event) => {
        onOpen(notification);
        link.onClick(event);
      }}
      data-testid="notification-item"
      data-kind={kind}
      data-read={unread ? 'false' : 'true'}
      bg={unread ? 'var(--mantine-primary-color-light)' : undefined}
    >
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Badge size="sm" color={KIND_COLOR[kind]} variant={unread ? 'filled' : 'light'} style={{ minWidth: 'max-content' }}>
          <FormattedMessage id={`notifications.kind.${kind}`} />
        </Badge>
        <Text size="xs" c="dimmed" ff="monospace" truncate="end">
          {task ? `${task.planCode} · ${task.code}` : `${report!.round} · ${report!.unit}`}
        </Text>
      </Group>
      <Text size="sm" fw={unread ? 600 : 400} lineClamp={2} mt={2}>
        {task ? nameOf(task.title) || task.code : nameOf(report!.names) || report!.round}
      </Text>
      <Text size="xs" c="dimmed">
        <FormattedMessage id="tasks.deadlineLabelled" values={{ deadline: formatDay(notification.deadline) }} />
      </Text>
    </Menu.Item>
  );
}

/**
 * The bell in the header: the number of unread reminders, and the reminders themselves,
 * newest first. Opening one marks it read and goes to its task. Icon only, so that the
 * header still fits a phone.
 */
export function NotificationsBell() {
  const intl = useIntl();
  const { data: notifications = [] } = useNotifications();
  const markRead = useMarkNotificationRead();
  const unread = notifications.filter((n) => n.readAt === null).length;
  const open = (n: Notification) => {
    if (n.readAt === null) markRead.mutate(n.id);
  };
  return (
    <Menu position="bottom-end" withinPortal width="min(24rem, calc(100vw - 1rem))">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={intl.formatMessage({ id: 'notifications.bell' }, { count: unread })}
          data-testid="notifications-bell"
          data-unread={unread}
          style={{ overflow: 'visible' }}
        >
          <Indicator
            disabled={unread === 0}
            color="red"
            size={16}
            offset={2}
            label={<span data-testid="notifications-count">{unread > 99 ? `${intl.formatNumber(99)}+` : intl.formatNumber(unread)}</span>}
          >
            <BellIcon size={20} />
          </Indicator>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown data-testid="notifications-menu">
        <Menu.Label>
          <FormattedMessage id="notifications.title" />
        </Menu.Label>
        {notifications.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" pb="xs">
            <FormattedMessage id="notifications.empty" />
          </Text>
        ) : (
          <ScrollArea.Autosize mah="min(28rem, 70vh)" type="auto">
            {notifications.map((n) => (
              <NotificationItem key={n.id} notification={n} onOpen={open} />
            ))}
          </ScrollArea.Autosize>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
