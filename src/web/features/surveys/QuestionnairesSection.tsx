import { Badge, Button, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { QuestionnaireSummary } from '../../../shared/contracts/questionnaires.ts';
import { useCan } from '../../app/api/session.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { DownloadIcon } from '../../ui/icons.tsx';
import { useNameOf } from '../units/index.ts';
import { fetchQuestionnaire, useQuestionnaires, xlsformUrl } from './api.ts';
import { ImportQuestionnaireModal } from './ImportQuestionnaireModal.tsx';
import { ExampleMark } from './parts.tsx';

const COLUMNS = ['surveys.questionnaires.name', 'surveys.questionnaires.code', 'surveys.questionnaires.purpose', 'surveys.questionnaires.questions', 'surveys.questionnaires.owner', 'surveys.questionnaires.file'];

/**
 * The version as the JSON import/export file. The API answers it wrapped with its version, so
 * the file is made in the browser from that answer, when asked for (not for every row shown).
 */
function ExportJson({ q }: { q: QuestionnaireSummary }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setPending(true);
    setError(null);
    try {
      const { questionnaire } = await fetchQuestionnaire(q.code, q.version);
      const url = URL.createObjectURL(new Blob([`${JSON.stringify(questionnaire, null, 2)}\n`], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: `${q.code}-v${q.version}.json` });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={4} wrap="nowrap">
        <Button size="xs" variant="default" leftSection={<DownloadIcon size={14} />} loading={pending} onClick={() => void download()} data-testid={`questionnaire-export-${q.code}-${q.version}`}>
          <FormattedMessage id="surveys.questionnaires.export" />
        </Button>
        <Button component="a" href={xlsformUrl(q.code, q.version)} download size="xs" variant="default" leftSection={<DownloadIcon size={14} />} data-testid={`questionnaire-xlsform-${q.code}-${q.version}`}>
          <FormattedMessage id="surveys.questionnaires.exportXlsform" />
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
    </Stack>
  );
}

function Row({ q }: { q: QuestionnaireSummary }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  return (
    <Table.Tr data-testid={`questionnaire-${q.code}-${q.version}`}>
      <Table.Td maw={380}>
        <Stack gap={2}>
          <Text size="sm" fw={600}>{nameOf(q.names) || q.code}</Text>
          <Group gap={4}>
            {q.example && <ExampleMark />}
            {q.frozen && (
              <Badge size="sm" color="blue" variant="light">
                <FormattedMessage id="surveys.questionnaires.frozen" />
              </Badge>
            )}
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Code>{q.code}</Code>{' '}
        <Text span size="xs" c="dimmed">
          {intl.formatMessage({ id: 'surveys.questionnaires.versionShort' }, { version: q.version })}
        </Text>
      </Table.Td>
      <Table.Td>
        <FormattedMessage id={`surveys.purpose.${q.purpose}`} />
      </Table.Td>
      <Table.Td ta="end">{intl.formatNumber(q.questions)}</Table.Td>
      <Table.Td>{q.owner ? nameOf(q.owner.names) || q.owner.code : <FormattedMessage id="surveys.questionnaires.shared" />}</Table.Td>
      <Table.Td>
        <ExportJson q={q} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The questionnaires every wave is drawn from, each version with its JSON file; survey managers import one. */
export function QuestionnairesSection() {
  const canManage = useCan('surveys.manage');
  const list = useQuestionnaires();
  const [importing, setImporting] = useState(false);
  const sorted = [...(list.data ?? [])].sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version);
  return (
    <Stack gap="sm" mt="md" data-testid="questionnaires">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={3}>
          <FormattedMessage id="surveys.questionnaires.title" />
        </Title>
        {canManage && (
          <Button size="xs" variant="light" onClick={() => setImporting(true)} data-testid="questionnaire-import-open">
            <FormattedMessage id="surveys.questionnaires.import" />
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="surveys.questionnaires.intro" />
      </Text>
      {list.isPending ? (
        <Loader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <DataTable columns={COLUMNS} minWidth={980} isEmpty={sorted.length === 0} emptyId="surveys.questionnaires.empty" data-testid="questionnaires-table" verticalSpacing="xs">
          {sorted.map((q) => (
            <Row key={`${q.code}@${q.version}`} q={q} />
          ))}
        </DataTable>
      )}
      {importing && <ImportQuestionnaireModal onClose={() => setImporting(false)} />}
    </Stack>
  );
}
