import { Box, Group, Table, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { QuestionnaireFile, QuestionResult, SurveyResults } from '../../../shared/contracts/questionnaires.ts';
import { questionsOf } from '../../../shared/domain/questionnaire.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useNameOf } from '../units/index.ts';
import { SCALE_COLORS, useFormatSurveyRate } from './format.ts';
import { SCALE_ANSWERS } from './survey-view.ts';

const COLUMNS = ['surveys.results.question', 'surveys.results.answers', 'surveys.results.rate', 'surveys.results.distribution'];

/** How a question's answers spread: levels with their colour for a scale, each choice named for a choice question; text answers are only counted. */
function Distribution({ result, q }: { result: QuestionResult; q: QuestionnaireFile }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  if (result.kind === 'scale5') {
    return (
      <Group gap={8} wrap="wrap">
        {SCALE_ANSWERS.map((a) => (
          <Group key={a} gap={4} wrap="nowrap" title={intl.formatMessage({ id: `surveys.scale.${a}` })}>
            <Box w={10} h={10} style={{ background: SCALE_COLORS[a], borderRadius: 2 }} aria-hidden />
            <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
              {a === '0' ? intl.formatMessage({ id: 'surveys.scale.0' }) : intl.formatNumber(Number(a))}: {intl.formatNumber(result.distribution[a] ?? 0)}
            </Text>
          </Group>
        ))}
      </Group>
    );
  }
  const question = questionsOf(q).find((x) => x.question.key === result.key)?.question;
  const choices = question?.choices ?? [];
  if (choices.length === 0) return null;
  return (
    <Text size="xs">
      {choices.map((c) => `${nameOf(c.names) || c.key}: ${intl.formatNumber(result.distribution[c.key] ?? 0)}`).join(' · ')}
    </Text>
  );
}

/** Every question of the questionnaire with its answers, its satisfaction rate (scale questions) and its distribution. */
export function QuestionsTable({ r, q }: { r: SurveyResults; q: QuestionnaireFile }) {
  const nameOf = useNameOf();
  const rate = useFormatSurveyRate();
  const intl = useIntl();
  const byKey = new Map(r.questions.map((x) => [x.key, x]));
  const elementName = new Map(q.elements.map((e) => [e.key, nameOf(e.names) || e.key]));
  return (
    <DataTable columns={COLUMNS} minWidth={760} verticalSpacing="xs" data-testid="results-questions">
      {questionsOf(q).map(({ question }) => {
        const result = byKey.get(question.key);
        if (!result) return null;
        return (
          <Table.Tr key={question.key} data-testid={`results-question-${question.key}`}>
            <Table.Td miw={{ base: 200, sm: 260 }} maw={460}>
              <Text size="sm" lh={1.4}>
                {nameOf(question.names) || question.key}
              </Text>
              {result.element && (
                <Text size="xs" c="dimmed">
                  {elementName.get(result.element) ?? result.element}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="end" data-testid="results-question-answers">
              {intl.formatNumber(result.answers)}
            </Table.Td>
            <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }} data-testid="results-question-rate">
              {result.kind === 'scale5' ? rate(result.rate) : ''}
            </Table.Td>
            <Table.Td maw={380}>
              <Distribution result={result} q={q} />
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
