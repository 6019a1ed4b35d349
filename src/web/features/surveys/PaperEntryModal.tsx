import { Alert, Divider, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Answers, AnswerValue, QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { WaveView } from '../../../shared/contracts/surveys.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { answerProblems, visibleQuestions, type AnswerProblem } from '../../../shared/domain/questionnaire.ts';
import { isApiError } from '../../app/api/client.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayLocal, useNameOf } from '../units/index.ts';
import { useEnterPaper, useQuestionnaire } from './api.ts';
import { QuestionField } from './QuestionField.tsx';
import { newClientKey } from './survey-view.ts';

type WaveUnit = WaveView['units'][number];

/** The answers of the questions shown: an answer to a question that later answers hid is not sent (the rules refuse it). */
function shownAnswers(q: QuestionnaireFile, answers: Answers): Answers {
  const shown = new Set(visibleQuestions(q, answers).map((x) => x.key));
  return Object.fromEntries(Object.entries(answers).filter(([k]) => shown.has(k)));
}

const serverProblems = (error: unknown): AnswerProblem[] => (isApiError(error, 'response_invalid') ? ((error.details as { problems?: AnswerProblem[] }).problems ?? []) : []);

/** The form's sections and their questions as the answers so far show them. */
function Questions({ q, answers, problems, onAnswer }: { q: QuestionnaireFile; answers: Answers; problems: Map<string, string>; onAnswer: (key: string, v: AnswerValue | undefined) => void }) {
  const nameOf = useNameOf();
  const shown = new Set(visibleQuestions(q, answers).map((x) => x.key));
  return (
    <>
      {q.sections.map((s) => {
        const questions = s.questions.filter((x) => shown.has(x.key));
        if (questions.length === 0) return null;
        return (
          <Stack key={s.key} gap="sm" data-testid={`paper-section-${s.key}`}>
            <Divider />
            <Title order={4}>{nameOf(s.names) || s.key}</Title>
            {questions.map((x) => (
              <QuestionField key={x.key} question={x} value={answers[x.key]} onChange={(v) => onAnswer(x.key, v)} error={problems.get(x.key)} />
            ))}
          </Stack>
        );
      })}
    </>
  );
}

/**
 * A paper form typed in by an officer of the unit: the day it was filled in (within the wave's
 * period, not in the future) and its answers, checked by the questionnaire's own rules before
 * sending (the server checks them again). The form's key is made once per form, so saving twice
 * stores it once; after a save the form is cleared for the next one, its day kept.
 */
export function PaperEntryModal({ wave, u, onClose }: { wave: WaveView; u: WaveUnit; onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const questionnaire = useQuestionnaire(wave.questionnaire.code, wave.questionnaire.version);
  const enter = useEnterPaper(wave.code);
  const today = todayLocal();
  const [answeredOn, setAnsweredOn] = useState(() => (today > wave.to ? wave.to : today));
  const [answers, setAnswers] = useState<Answers>({});
  const [clientKey, setClientKey] = useState(newClientKey);
  const [checked, setChecked] = useState<AnswerProblem[] | null>(null);
  const [saved, setSaved] = useState<{ count: number; duplicate: boolean } | null>(null);
  const q = questionnaire.data?.questionnaire;

  const problems = useMemo(() => {
    const list = checked?.length ? checked : serverProblems(enter.error);
    return new Map(list.map((p) => [p.key, intl.formatMessage({ id: `surveys.answerProblems.${p.problem}` })]));
  }, [checked, enter.error, intl]);
  const dateProblem = !isIsoDate(answeredOn) ? 'validation.required' : answeredOn < wave.from || answeredOn > wave.to || answeredOn > today ? 'surveys.paper.outsidePeriod' : null;
  const [dateChecked, setDateChecked] = useState(false);

  const answer = (key: string, v: AnswerValue | undefined) => {
    setAnswers((old) => {
      const next = { ...old };
      if (v === undefined) delete next[key];
      else next[key] = v;
      return next;
    });
    setSaved(null);
  };
  const submit = () => {
    if (!q) return;
    const sent = shownAnswers(q, answers);
    const found = answerProblems(q, sent);
    setChecked(found);
    setDateChecked(true);
    if (found.length || dateProblem) return;
    enter.mutate(
      { unitCode: u.unit.code, answeredOn, clientKey, answers: sent },
      {
        onSuccess: (receipt) => {
          setSaved((s) => ({ count: (s?.count ?? 0) + 1, duplicate: receipt.duplicate }));
          setAnswers({});
          setChecked(null);
          setDateChecked(false);
          setClientKey(newClientKey());
        },
      },
    );
  };
  // The period refusal names its dates: shown here with them, the other refusals by the form's alert.
  const closed = isApiError(enter.error, 'survey_wave_closed');
  return (
    <FormModal opened onClose={onClose} titleId="surveys.paper.title" titleValues={{ unit: nameOf(u.unit.names) || u.unit.code }} submitId="surveys.paper.submit" onSubmit={submit} pending={enter.isPending} error={closed || isApiError(enter.error, 'response_invalid') ? null : enter.error} size="xl" testId="paper-form">
      {saved && (
        <Alert color={saved.duplicate ? 'yellow' : 'green'} data-testid="paper-saved" data-duplicate={saved.duplicate}>
          {intl.formatMessage({ id: saved.duplicate ? 'surveys.paper.savedDuplicate' : 'surveys.paper.saved' }, { count: saved.count })}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'surveys.paper.hint' }, { from: day(wave.from), to: day(wave.to) })}
      </Text>
      <DateField labelId="surveys.paper.answeredOn" value={answeredOn} onChange={setAnsweredOn} error={dateChecked && dateProblem ? intl.formatMessage({ id: dateProblem }) : undefined} required testId="paper-answered-on" />
      {questionnaire.isPending ? <Loader /> : questionnaire.isError ? <ErrorAlert error={questionnaire.error} onRetry={() => void questionnaire.refetch()} /> : q && <Questions q={q} answers={answers} problems={problems} onAnswer={answer} />}
      {problems.size > 0 && (
        <Text c="red" size="sm" role="alert" data-testid="paper-problems">
          <FormattedMessage id="errors.response_invalid" />
        </Text>
      )}
      {closed && (
        <Alert color="red" role="alert">
          {intl.formatMessage({ id: 'surveys.paper.outsidePeriodLong' }, { from: day(wave.from), to: day(wave.to) })}
        </Alert>
      )}
    </FormModal>
  );
}
