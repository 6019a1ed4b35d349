import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useCan } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { RegisterPage } from '../../ui/RegisterPage.tsx';
import { useNameOf } from '../units/index.ts';
import { useWaves } from './api.ts';
import { NewWaveModal } from './NewWaveModal.tsx';
import { ProgressCell, WaveStatusBadge } from './parts.tsx';
import { QuestionnairesSection } from './QuestionnairesSection.tsx';

// The progress comes right after the wave: on a phone it is in view before the table scrolls.
const COLUMNS = ['surveys.waves.wave', 'surveys.waves.progress', 'surveys.waves.status', 'surveys.waves.period', 'surveys.waves.scope'];

/** /surveys: the waves the reader may read with their progress, opening a new one, and the questionnaires they ask. */
export function SurveysPage() {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const canRead = useCan('surveys.read');
  const canManage = useCan('surveys.manage');
  const waves = useWaves();
  const [opening, setOpening] = useState(false);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  // The newest first: a wave running now is what the secretariat looks for.
  const sorted = [...(waves.data ?? [])].sort((a, b) => b.from.localeCompare(a.from) || a.code.localeCompare(b.code));
  return (
    <RegisterPage
      titleId="surveys.title"
      introId="surveys.intro"
      emptyId="surveys.waves.empty"
      create={canManage ? { labelId: 'surveys.newWave.button', testId: 'surveys-new-wave', onClick: () => setOpening(true) } : null}
      state={waves}
      isEmpty={() => sorted.length === 0}
      list={() => (
        <DataTable columns={COLUMNS} minWidth={760} data-testid="survey-waves" verticalSpacing="xs">
          {sorted.map((w) => (
            <Table.Tr key={w.code} data-testid={`survey-wave-${w.code}`}>
              <Table.Td miw={180} maw={320}>
                <Stack gap={0}>
                  <Anchor size="sm" fw={600} {...linkProps(paths.surveyWave(w.code))} data-testid="survey-wave-link">
                    {nameOf(w.names) || w.code}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {intl.formatMessage({ id: 'surveys.waves.questionnaireLine' }, { name: nameOf(w.questionnaire.names) || w.questionnaire.code, version: w.questionnaire.version })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <ProgressCell responses={w.responses} target={w.target} testId="survey-wave-progress" />
              </Table.Td>
              <Table.Td>
                <WaveStatusBadge status={w.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{intl.formatMessage({ id: 'surveys.waves.periodLine' }, { from: day(w.from), to: day(w.to) })}</Table.Td>
              <Table.Td>{nameOf(w.unit.names) || w.unit.code}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      after={
        <>
          <QuestionnairesSection />
          {opening && <NewWaveModal onClose={() => setOpening(false)} />}
        </>
      }
    />
  );
}
