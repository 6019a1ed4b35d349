import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { flattenFramework } from '../../../../shared/domain/framework-tree.ts';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { useFormatIsoDate } from '../../../app/i18n/format.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportDone, RowErrors } from '../../../ui/upload/ImportOutcome.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { frameworkQuery, useRounds } from '../api.ts';
import { useComputeRound, useImportSurvey } from './round-admin-api.ts';

const SURVEY_COLUMNS = ['unit_code', 'node_key', 'points'];

/** The round's metadata from the list (there is no GET /api/rounds/{code}). */
function useRoundSummary(round: string) {
  return useRounds().data?.find((r) => r.code === round);
}

/** The keys a survey file may name: the leaves of the round's framework version scored by survey. */
function useSurveyKeys(round: string): string[] | undefined {
  const summary = useRoundSummary(round);
  const framework = useQuery({ ...frameworkQuery(summary?.frameworkCode ?? '', summary?.frameworkVersion ?? null), enabled: summary !== undefined });
  if (!summary || !framework.data) return undefined;
  return flattenFramework(framework.data.framework)
    .filter(({ node }) => !node.children?.length && node.method === 'survey')
    .map(({ node }) => node.key);
}

function SurveyImportModal({ round, onClose }: { round: string; onClose: () => void }) {
  const intl = useIntl();
  const { mutation, saved } = useImportSurvey(round);
  const chosen = useChosenFile(mutation.reset);
  const keys = useSurveyKeys(round);
  const rows = importRowErrors(mutation.error);
  return (
    <FormModal opened onClose={onClose} titleId="assessments.roundAdmin.surveyTitle" titleValues={{ round }} submitId="import.submit" onSubmit={() => chosen.withFile((file) => mutation.mutate(file))} pending={mutation.isPending} error={mutation.error} testId="round-survey-form">
      <Text size="sm">
        <FormattedMessage id="assessments.roundAdmin.surveyHelp" values={{ columns: SURVEY_COLUMNS.join(', ') }} />
      </Text>
      {keys !== undefined && (
        <Text size="xs" c="dimmed" data-testid="round-survey-keys">
          {keys.length ? intl.formatMessage({ id: 'assessments.roundAdmin.surveyKeys' }, { keys: keys.join(', ') }) : intl.formatMessage({ id: 'assessments.roundAdmin.surveyNoKeys' })}
        </Text>
      )}
      <FileField {...chosen.input} testId="round-survey-file" />
      {saved !== undefined && (
        <ImportDone testId="round-survey-result">
          <FormattedMessage id="assessments.roundAdmin.surveySaved" values={{ saved }} />
        </ImportDone>
      )}
      <RowErrors rows={rows} />
    </FormModal>
  );
}

function ComputeModal({ round, onClose }: { round: string; onClose: () => void }) {
  const { mutation, computed } = useComputeRound(round);
  const formatDate = useFormatIsoDate();
  const cutoff = useRoundSummary(round)?.cutoffDate;
  return (
    <FormModal opened onClose={onClose} titleId="assessments.roundAdmin.computeTitle" titleValues={{ round }} submitId="assessments.roundAdmin.computeSubmit" onSubmit={() => mutation.mutate(undefined)} pending={mutation.isPending} error={mutation.error} size="md" testId="round-compute-form">
      <Text size="sm">
        <FormattedMessage id="assessments.roundAdmin.computeHint" />
      </Text>
      {cutoff && (
        <Text size="sm" fw={500} data-testid="round-compute-cutoff">
          <FormattedMessage id="assessments.roundAdmin.computeCutoff" values={{ date: formatDate(cutoff) }} />
        </Text>
      )}
      {computed !== undefined && (
        <Alert color={computed ? 'green' : 'yellow'} role="status" data-testid="round-compute-result">
          <FormattedMessage id="assessments.roundAdmin.computeDone" values={{ computed }} />
        </Alert>
      )}
    </FormModal>
  );
}

/** The secretariat's data steps on an open round: import survey points, compute the computed criteria. */
export function RoundDataActions({ round }: { round: string }) {
  const [open, setOpen] = useState<'survey' | 'compute' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen('survey')} data-testid="round-survey-import">
        <FormattedMessage id="assessments.roundAdmin.surveyImport" />
      </Button>
      <Button size="xs" variant="default" onClick={() => setOpen('compute')} data-testid="round-compute">
        <FormattedMessage id="assessments.roundAdmin.compute" />
      </Button>
      {open === 'survey' && <SurveyImportModal round={round} onClose={close} />}
      {open === 'compute' && <ComputeModal round={round} onClose={close} />}
    </>
  );
}
