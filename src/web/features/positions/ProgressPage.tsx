import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { useCan, useMe } from '../../app/api/session.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { DownloadIcon } from '../../ui/icons.tsx';
import { todayLocal, UnitPicker } from '../units/index.ts';
import { progressFileUrl, progressQuery, usePositionLists, useProgress } from './api.ts';
import { DeadlineField } from './DeadlineField.tsx';
import { ListsTable } from './ListsTable.tsx';
import { NewListModal } from './NewListModal.tsx';
import { ProgressFigures } from './ProgressFigures.tsx';

/**
 * /positions: the job-position exercise of a unit (default: the reader's scope) as of a day —
 * the counts, a chart by sector, the late departments and the deadline, the XLSX and the Word
 * summary — then the position lists the reader may see, and starting one for a unit they edit.
 */
export function ProgressPage() {
  const me = useMe();
  const locale = useLocale();
  const canEdit = useCan('positions.edit');
  const canReview = useCan('positions.review');
  const [unit, setUnit] = useState<string | null>(me.grants.find((g) => g.unitCode !== null)?.unitCode ?? null);
  const [asOf, setAsOf] = useState(todayLocal());
  const [creating, setCreating] = useState(false);
  const query = progressQuery(unit, isIsoDate(asOf) ? asOf : todayLocal());
  const progress = useProgress(query, isIsoDate(asOf));
  const lists = usePositionLists(unit);
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2}>
          <FormattedMessage id="positions.title" />
        </Title>
        <Group gap="xs">
          <DownloadLink href={progressFileUrl(query, 'xlsx', locale)} labelId="positions.download.xlsx" testId="positions-xlsx" />
          <DownloadLink href={progressFileUrl(query, 'docx', locale)} labelId="positions.download.docx" testId="positions-docx" />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="positions.intro" />
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <UnitPicker labelId="positions.progress.unit" placeholderId="positions.progress.everySector" asOf={todayLocal()} value={unit} onChange={setUnit} testId="positions-unit" />
        <DateField labelId="positions.progress.asOf" value={asOf} onChange={setAsOf} testId="positions-as-of" />
      </Group>
      {progress.isPending ? (
        <Loader />
      ) : progress.isError ? (
        <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <Paper withBorder p="sm" radius="md">
            <DeadlineField key={`${unit}-${progress.data.deadline}`} unit={unit} deadline={progress.data.deadline} editable={canReview} />
          </Paper>
          <ProgressFigures p={progress.data} />
        </>
      )}
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={3}>
          <FormattedMessage id="positions.lists.title" />
        </Title>
        {canEdit && (
          <Button size="xs" onClick={() => setCreating(true)} data-testid="positions-create">
            <FormattedMessage id="positions.create.button" />
          </Button>
        )}
      </Group>
      {lists.isPending ? (
        <Loader />
      ) : lists.isError ? (
        <ErrorAlert error={lists.error} onRetry={() => void lists.refetch()} />
      ) : lists.data.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="positions.lists.empty" />
        </Text>
      ) : (
        <ListsTable lists={lists.data} />
      )}
      {creating && <NewListModal initialUnit={me.grants.find((g) => g.role === 'unit_officer')?.unitCode ?? null} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function DownloadLink({ href, labelId, testId }: { href: string; labelId: string; testId: string }) {
  return (
    <Button component="a" href={href} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid={testId}>
      <FormattedMessage id={labelId} />
    </Button>
  );
}
