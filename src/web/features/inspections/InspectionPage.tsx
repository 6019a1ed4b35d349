import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Finding } from '../../../shared/contracts/inspections.ts';
import type { FollowUpStatus } from '../../../shared/domain/follow-ups.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { StatCard, StatFigure, StatGrid } from '../../ui/StatCard.tsx';
import { FollowUpStatusBadge } from '../followups/index.ts';
import { useNameOf } from '../units/index.ts';
import { useInspection, useTopics } from './api.ts';
import { FindingModal } from './FindingModal.tsx';

const SEVERITY_COLOR = { low: 'gray', medium: 'orange', high: 'red' } as const;

function FindingRow({ f, topicName }: { f: Finding; topicName: string }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  return (
    <Table.Tr data-testid={`finding-${f.code}`}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" ff="monospace">{f.code}</Text>
          <Badge size="xs" variant="light" color={SEVERITY_COLOR[f.severity]}>{intl.formatMessage({ id: `inspections.severities.${f.severity}` })}</Badge>
        </Group>
        <Text size="xs" c="dimmed">{topicName}</Text>
        <Text size="sm">{nameOf(f.description)}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          {f.remedies.length === 0 && <Text size="sm" c="dimmed"><FormattedMessage id="inspections.noRemedies" /></Text>}
          {f.remedies.map((r) => (
            <div key={r.code}>
              <Text size="sm">{nameOf(r.text)}</Text>
              <Group gap={4}>
                <FollowUpStatusBadge status={r.status as FollowUpStatus} overdue={r.overdue} />
                <Text size="xs" c="dimmed">{r.deadline ? intl.formatMessage({ id: 'inspections.deadlineLine' }, { deadline: day(r.deadline) }) : ''}</Text>
              </Group>
            </div>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td>
        {f.fixed ? (
          <Badge color="green" variant="light" data-testid="finding-fixed">{intl.formatMessage({ id: 'inspections.fixedOn' }, { date: day(f.fixedOn!) })}</Badge>
        ) : (
          <Badge color={f.overdue ? 'red' : 'gray'} variant="light" data-testid="finding-open">{intl.formatMessage({ id: f.overdue ? 'inspections.overdue' : 'inspections.notFixed' })}</Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** /inspections/{code}: the inspection, "findings fixed of findings made", and each finding with its remedies' status; adding a finding. */
export function InspectionPage({ code }: { code: string }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const inspection = useInspection(code);
  const topics = useTopics();
  const [adding, setAdding] = useState(false);
  if (inspection.isPending) return <Loader />;
  if (inspection.isError) return <ErrorAlert error={inspection.error} onRetry={() => void inspection.refetch()} />;
  const i = inspection.data;
  const topicName = (c: string) => nameOf(topics.data?.find((t) => t.code === c)?.names ?? {}) || c;
  return (
    <Stack gap="md" data-testid="inspection-page">
      <Anchor size="sm" {...linkProps(paths.inspections())}>
        <FormattedMessage id="inspections.back" />
      </Anchor>
      <div>
        <Title order={2}>{intl.formatMessage({ id: 'inspections.pageTitle' }, { body: nameOf(i.body), unit: nameOf(i.inspectedUnit.names) })}</Title>
        <Text size="sm" c="dimmed">{intl.formatMessage({ id: 'inspections.decisionFull' }, { number: i.decisionNo, date: day(i.decisionDate), from: day(i.coveredFrom), to: day(i.coveredTo) })}</Text>
        {i.conclusionNo && <Text size="sm" c="dimmed">{intl.formatMessage({ id: 'inspections.conclusionLine' }, { number: i.conclusionNo, date: i.conclusionDate ? day(i.conclusionDate) : '' })}</Text>}
      </div>
      <Paper withBorder p="sm" radius="md">
        <Text size="sm">{intl.formatMessage({ id: 'inspections.topicsLine' }, { topics: i.topics.map(topicName).join(', ') })}</Text>
      </Paper>
      <StatGrid testId="inspection-figures">
        <StatCard labelId="inspections.figures.fixed">
          <StatFigure value={intl.formatMessage({ id: 'inspections.fixedOf' }, { fixed: i.figures.fixed, findings: i.figures.findings })} testId="inspection-fixed-of" />
        </StatCard>
        <StatCard labelId="inspections.figures.open">
          <StatFigure value={i.figures.open} testId="inspection-open" />
        </StatCard>
        <StatCard labelId="inspections.figures.overdue">
          <StatFigure value={i.figures.overdue} testId="inspection-overdue" color={i.figures.overdue ? 'red' : undefined} />
        </StatCard>
      </StatGrid>
      <Group justify="space-between" gap="sm">
        <Title order={3}><FormattedMessage id="inspections.findingsHeading" /></Title>
        {i.may.manage && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="inspection-add-finding">
            <FormattedMessage id="inspections.finding.button" />
          </Button>
        )}
      </Group>
      {i.findings.length === 0 ? (
        <Text c="dimmed"><FormattedMessage id="inspections.noFindings" /></Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="sm" data-testid="inspection-findings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th><FormattedMessage id="inspections.finding.heading" /></Table.Th>
                <Table.Th><FormattedMessage id="inspections.remediesHeading" /></Table.Th>
                <Table.Th><FormattedMessage id="inspections.statusHeading" /></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {i.findings.map((f) => (
                <FindingRow key={f.code} f={f} topicName={topicName(f.topic)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <FindingModal code={code} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
