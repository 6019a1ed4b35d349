import { Alert, Anchor, Button, Grid, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Proposal, Submission } from '../../../shared/contracts/reporting.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { useSaveDraft, useSubmission, useSubmitReport } from './api.ts';
import { AttachmentsField } from './AttachmentsField.tsx';
import { StateBadge, TimelinessBadge } from './badges.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { ProposalsField } from './ProposalsField.tsx';
import { ReviewActions } from './ReviewActions.tsx';

/** The report's text and proposals as the unit writes them; saving keeps a draft, submitting saves first. */
function ReportForm({ submission }: { submission: Submission }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { code } = submission.round;
  const unit = submission.unit.code;
  const save = useSaveDraft(code, unit);
  const submit = useSubmitReport(code, unit);
  const [sections, setSections] = useState<Record<string, string>>(() => Object.fromEntries(submission.sections.map((s) => [s.key, s.text])));
  const [proposals, setProposals] = useState<Proposal[]>(submission.proposals);
  const editable = submission.may.edit;
  const draft = () => save.mutateAsync({ sections, proposals: proposals.filter((p) => p.text.trim() && p.addressee.trim()) });
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="md">
      {submission.sections.map((s) => (
        <Textarea
          key={s.key}
          label={nameOf(s.names) || s.key}
          value={sections[s.key] ?? ''}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setSaved(false);
            setSections((all) => ({ ...all, [s.key]: text }));
          }}
          readOnly={!editable}
          autosize
          minRows={3}
          data-testid={`reporting-section-${s.key}`}
        />
      ))}
      <ProposalsField value={proposals} onChange={setProposals} readOnly={!editable} />
      <AttachmentsField submission={submission} editable={editable} />
      {editable && (
        <Group gap="xs">
          <Button variant="default" loading={save.isPending && !submit.isPending} onClick={() => void draft().then(() => setSaved(true))} data-testid="reporting-save">
            <FormattedMessage id="reporting.save" />
          </Button>
          {submission.may.submit && (
            <Button loading={submit.isPending} onClick={() => void draft().then(() => submit.mutate())} data-testid="reporting-submit">
              <FormattedMessage id="reporting.submit" />
            </Button>
          )}
          {saved && (
            <Text size="sm" c="teal" data-testid="reporting-saved">
              {intl.formatMessage({ id: 'reporting.saved' })}
            </Text>
          )}
        </Group>
      )}
      {save.error || submit.error ? <ErrorAlert error={save.error ?? submit.error} /> : null}
    </Stack>
  );
}

/**
 * /reporting/rounds/{code}/units/{unit}: a unit's report — its sections, proposals and files,
 * editable by the unit while a draft or returned — its figures beside it, and the
 * secretariat's accept / return once submitted.
 */
export function SubmissionPage({ round, unit }: { round: string; unit: string }) {
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const submission = useSubmission(round, unit);
  if (submission.isPending) return <Loader />;
  if (submission.isError) return <ErrorAlert error={submission.error} onRetry={() => void submission.refetch()} />;
  const s = submission.data;
  return (
    <Stack gap="md">
      <div>
        <Anchor size="sm" {...linkProps(paths.reportingRound(round))}>
          {nameOf(s.round.names) || round}
        </Anchor>
        <Title order={2}>{nameOf(s.unit.names) || unit}</Title>
        <Group gap="xs" mt={4}>
          <StateBadge state={s.state} />
          <TimelinessBadge submitted={s.firstSubmittedAt !== null} late={s.late} />
          <Text size="sm" c="dimmed">
            <FormattedMessage id="reporting.deadlineShort" values={{ deadline: day(s.round.deadline) }} />
          </Text>
        </Group>
      </div>
      {s.state === 'returned' && s.returnReason && (
        <Alert color="orange" title={<FormattedMessage id="reporting.returnedTitle" />} data-testid="reporting-return-reason-shown">
          {s.returnReason}
        </Alert>
      )}
      {s.may.review && (
        <Paper withBorder p="sm" radius="md">
          <ReviewActions round={round} unit={unit} />
        </Paper>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          {/* keyed by state: after a transition the form starts again from what the server holds */}
          <ReportForm key={`${s.state}-${s.submittedAt ?? ''}`} submission={s} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <FiguresPanel round={round} unit={unit} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
