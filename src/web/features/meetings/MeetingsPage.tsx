import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MeetingSummary } from '../../../shared/contracts/meetings.ts';
import { useCan } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { RegisterPage } from '../../ui/RegisterPage.tsx';
import { useNameOf } from '../units/index.ts';
import { useMeetings } from './api.ts';
import { NewMeetingModal } from './NewMeetingModal.tsx';

function MeetingCard({ m }: { m: MeetingSummary }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  return (
    <Paper withBorder p="md" radius="md" data-testid={`meeting-${m.code}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={700}>{nameOf(m.title)}</Text>
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: `meetings.kinds.${m.kind}` })}
              {m.number !== null && ` · ${intl.formatMessage({ id: 'meetings.numbered' }, { number: m.number })}`} · {day(m.heldOn)} · {nameOf(m.organisingUnit.names)}
            </Text>
          </div>
          <Button component="a" size="xs" variant="light" {...linkProps(paths.meeting(m.code))} data-testid={`meeting-open-${m.code}`}>
            <FormattedMessage id="meetings.open" />
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'meetings.countsLine' }, { raised: m.counts.raised, conclusions: m.counts.conclusions, open: m.counts.open, overdue: m.counts.overdue })}
        </Text>
      </Stack>
    </Paper>
  );
}

/** /meetings: the dialogues and meetings the reader's units organised or took part in, latest first, and recording one. */
export function MeetingsPage() {
  const canRead = useCan('followups.read');
  const canManage = useCan('followups.manage');
  const meetings = useMeetings();
  const [opening, setOpening] = useState(false);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  return (
    <RegisterPage
      titleId="meetings.title"
      introId="meetings.intro"
      emptyId="meetings.empty"
      create={canManage ? { labelId: 'meetings.new.button', testId: 'meetings-new', onClick: () => setOpening(true) } : null}
      state={meetings}
      isEmpty={() => meetings.data!.length === 0}
      list={() => (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="meetings-list">
          {[...meetings.data!].reverse().map((m) => (
            <MeetingCard key={m.code} m={m} />
          ))}
        </SimpleGrid>
      )}
      after={opening && <NewMeetingModal onClose={() => setOpening(false)} />}
    />
  );
}
