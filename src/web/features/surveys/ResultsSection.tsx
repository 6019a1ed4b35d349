import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { QuestionnaireFile, SurveyResults } from '../../../shared/contracts/questionnaires.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ShareBars } from '../../ui/charts/ShareBars.tsx';
import { StatCard, StatFigure, StatGrid, StatLine } from '../../ui/StatCard.tsx';
import { useNameOf } from '../units/index.ts';
import { useResults, type ResultsScope } from './api.ts';
import { SCALE_COLORS, useFormatInterval, useFormatSurveyRate } from './format.ts';
import { OverallRuleNote } from './parts.tsx';
import { QuestionsTable } from './QuestionsTable.tsx';
import { elementDistribution, SCALE_ANSWERS } from './survey-view.ts';

/** The headline figures: responses (and duplicates set aside), the response rate against the sample, the overall index with its interval and its rule named. */
function Figures({ r }: { r: SurveyResults }) {
  const intl = useIntl();
  const rate = useFormatSurveyRate();
  const interval = useFormatInterval();
  return (
    <StatGrid testId="results-figures">
      <StatCard labelId="surveys.results.responses">
        <StatFigure value={r.responses} testId="results-responses" />
        <StatLine labelId="surveys.results.duplicates" value={r.duplicates} testId="results-duplicates" />
      </StatCard>
      <StatCard labelId="surveys.results.responseRate">
        <StatFigure value={rate(r.responseRate)} testId="results-response-rate" />
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'surveys.progress.of' }, { responses: r.responses, target: r.target })}
        </Text>
      </StatCard>
      <StatCard labelId="surveys.results.overall">
        <StatFigure value={rate(r.overall)} testId="results-overall" />
        {r.overallInterval && (
          <Text size="sm" c="dimmed" data-testid="results-overall-interval">
            {interval(r.overallInterval)}
          </Text>
        )}
        <OverallRuleNote rule={r.overallRule} />
      </StatCard>
    </StatGrid>
  );
}

/** Each element: how its answers spread over the scale, its satisfaction rate and the rate's 95 % interval. */
function Elements({ r, q }: { r: SurveyResults; q: QuestionnaireFile }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const rate = useFormatSurveyRate();
  const interval = useFormatInterval();
  const series = SCALE_ANSWERS.map((a) => ({ key: a, label: intl.formatMessage({ id: `surveys.scale.${a}` }), color: SCALE_COLORS[a]! }));
  const rows = q.elements.map((e) => {
    const figures = r.elements[e.key];
    return {
      key: e.key,
      label: nameOf(e.names) || e.key,
      testId: `results-element-${e.key}`,
      counts: elementDistribution(r.questions, e.key),
      aside: (
        <Text size="sm" fw={700} style={{ flexShrink: 0, whiteSpace: 'nowrap' }} data-testid={`results-element-rate-${e.key}`}>
          {rate(figures?.rate)}
        </Text>
      ),
      note: figures?.interval ? (
        <Text size="xs" c="dimmed" ta="end">
          {interval(figures.interval)}
        </Text>
      ) : undefined,
    };
  });
  return (
    <ShareBars
      rows={rows}
      series={series}
      formatCount={(n) => intl.formatNumber(n)}
      formatShare={(s) => intl.formatNumber(s, { style: 'percent', maximumFractionDigits: 0 })}
      title={intl.formatMessage({ id: 'surveys.results.elementsTitle' })}
      emptyLabel={intl.formatMessage({ id: 'surveys.results.noAnswers' })}
      testId="results-elements"
    />
  );
}

/**
 * A wave's results for the scope chosen: the figures, each element's distribution and rate
 * (the satisfaction rate = satisfied and very satisfied ÷ answers that gave a level), and each
 * question's answers.
 */
export function ResultsSection({ code, scope, questionnaire }: { code: string; scope: ResultsScope; questionnaire: QuestionnaireFile | undefined }) {
  const results = useResults(code, scope);
  if (results.isPending || !questionnaire) return <Loader />;
  if (results.isError) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  return (
    <Stack gap="md" data-testid="results">
      <Figures r={r} />
      <Text size="xs" c="dimmed">
        <FormattedMessage id="surveys.results.rateRule" />
      </Text>
      {questionnaire.elements.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={4}>
              <FormattedMessage id="surveys.results.elementsTitle" />
            </Title>
            <Elements r={r} q={questionnaire} />
          </Stack>
        </Paper>
      )}
      <Title order={4}>
        <FormattedMessage id="surveys.results.questionsTitle" />
      </Title>
      <QuestionsTable r={r} q={questionnaire} />
    </Stack>
  );
}
