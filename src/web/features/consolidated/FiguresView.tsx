import { Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ConsolidatedFigures } from '../../../shared/contracts/consolidated.ts';
import { KeyUnitsTable } from './KeyUnitsTable.tsx';
import { ServiceIndexView, StandingLine } from './ChangesView.tsx';
import type { TaskStatistics } from '../../../shared/contracts/tasks.ts';
import { pickName } from '../../../shared/locales.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';

const TASK_COLUMNS = ['total', 'completed', 'early', 'onTime', 'late', 'notCompleted', 'inTime', 'overdue', 'rate'] as const;

function TaskRow({ label, s }: { label: string; s: TaskStatistics }) {
  const intl = useIntl();
  const cells = [s.total, s.completed.total, s.completed.early, s.completed.onTime, s.completed.late, s.notCompleted.total, s.notCompleted.inTime, s.notCompleted.overdue];
  return (
    <Table.Tr>
      <Table.Td>{label}</Table.Td>
      {cells.map((n, i) => (
        <Table.Td key={i} ta="right">
          {intl.formatNumber(n)}
        </Table.Td>
      ))}
      <Table.Td ta="right">{intl.formatNumber(s.completionRate / 100, { style: 'percent', minimumFractionDigits: 2 })}</Table.Td>
    </Table.Tr>
  );
}

function Section({ titleId, children }: { titleId: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3}>
        <FormattedMessage id={titleId} />
      </Title>
      {children}
    </Stack>
  );
}

/** The computed sections of a report (today's, or the figures an issued report was signed with). */
export function FiguresView({ figures: f }: { figures: ConsolidatedFigures }) {
  const intl = useIntl();
  const locale = useLocale();
  const t = (id: string) => intl.formatMessage({ id });
  const n = (x: number) => intl.formatNumber(x);
  const d = f.dossiers;
  return (
    <Stack gap="lg" data-testid="consolidated-figures">
      <Section titleId="consolidated.sections.tasks">
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder data-testid="consolidated-tasks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consolidated.doc.tasksOf')}</Table.Th>
                {TASK_COLUMNS.map((c) => (
                  <Table.Th key={c} ta="right">
                    {t(`consolidated.columns.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <TaskRow label={t('consolidated.doc.allTasks')} s={f.tasks.total} />
              {f.tasks.byIssuingBody.map((b) => (
                <TaskRow key={`b-${b.issuingBody}`} label={b.issuingBody || t('consolidated.doc.noIssuingBody')} s={b.statistics} />
              ))}
              {f.tasks.byPlan.map((p) => (
                <TaskRow key={`p-${p.plan}`} label={`${p.plan} — ${pickName(p.title, locale)}`} s={p.statistics} />
              ))}
              {f.tasks.byArea.map((a) => (
                <TaskRow key={`a-${a.area}`} label={t(`areas.${a.area}`)} s={a.statistics} />
              ))}
              <TaskRow label={t('consolidated.doc.keyTasks')} s={f.tasks.key} />
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
      <Section titleId="consolidated.sections.dossiers">
        <Text data-testid="consolidated-dossiers">
          <FormattedMessage id="consolidated.doc.dossiersLine" values={{ received: n(d.received.total), online: n(d.received.online), resolved: n(d.resolved.total), late: n(d.resolved.late), onTimeRate: intl.formatNumber(d.rates.onTime / 100, { style: 'percent', minimumFractionDigits: 2 }) }} />
        </Text>
      </Section>
      {f.serviceIndex && (
        <Section titleId="consolidated.sections.serviceIndex">
          <ServiceIndexView x={f.serviceIndex} />
        </Section>
      )}
      {f.standings.length > 0 && (
        <Section titleId="consolidated.sections.standings">
          {f.standings.map((s) => (
            <StandingLine key={s.indexCode} s={s} />
          ))}
        </Section>
      )}
      {f.submissions && (
        <Section titleId="consolidated.sections.submissions">
          <Text>
            <FormattedMessage id="consolidated.doc.submissionsLine" values={Object.fromEntries(Object.entries(f.submissions).map(([k, v]) => [k, n(v)]))} />
          </Text>
        </Section>
      )}
      {f.keyUnits.length > 0 && (
        <Section titleId="consolidated.sections.keyUnits">
          <KeyUnitsTable figures={f} />
        </Section>
      )}
    </Stack>
  );
}
