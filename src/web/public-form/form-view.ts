import type { Answers, AnswerValue, Question, QuestionnaireFile } from '../../shared/contracts/questionnaires.ts';
import { questionsOf, visibleQuestions, type AnswerProblem } from '../../shared/domain/questionnaire.ts';
import { pickName, type Locale } from '../../shared/locales.ts';
import { h } from './dom.ts';
import { fill, type FormTexts } from './messages.ts';

/**
 * The questionnaire as an accessible HTML form: a question answered by choosing is a fieldset
 * with its legend, one typed into is a labelled field; errors are tied to their question
 * (aria-describedby, aria-invalid). Inputs report every change to `onAnswer`; which questions
 * show follows the answers (`refresh`), by the same rules the server checks.
 */
export interface FormView {
  element: HTMLElement;
  /** Shows and hides questions and sections for the current answers. */
  refresh(answers: Answers): void;
  /** Marks the problems (and clears the others); focuses the first. */
  showProblems(problems: AnswerProblem[]): void;
}

const SCALE_LEVELS = ['1', '2', '3', '4', '5', '0'] as const;

export function formView(q: QuestionnaireFile, locale: Locale, texts: FormTexts, answers: Answers, onAnswer: (key: string, value: AnswerValue | undefined) => void): FormView {
  const name = (names: Parameters<typeof pickName>[0]) => pickName(names, locale);
  const blocks = new Map<string, HTMLElement>();
  const errors = new Map<string, HTMLElement>();
  const controls = new Map<string, HTMLElement>();

  function choiceInputs(question: Question, type: 'radio' | 'checkbox', options: { value: string; label: string }[]): HTMLElement {
    const current = answers[question.key];
    const list = h('div', { class: type === 'radio' && question.kind === 'scale5' ? 'options scale' : 'options' });
    for (const option of options) {
      const id = `q-${question.key}-${option.value}`;
      const checked = Array.isArray(current) ? current.includes(option.value) : current !== undefined && String(current) === option.value;
      const input = h('input', { type, id, name: question.key, value: option.value, checked });
      input.addEventListener('change', () => {
        if (type === 'radio') onAnswer(question.key, question.kind === 'scale5' ? Number(option.value) : option.value);
        else {
          const picked = [...list.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
          onAnswer(question.key, picked.length ? picked : undefined);
        }
      });
      list.append(h('label', { class: 'option', for: id }, input, h('span', {}, option.label)));
    }
    return list;
  }

  function numberHint(question: Question): string | undefined {
    const { min, max } = question;
    if (min !== undefined && max !== undefined) return fill(texts.numberRange, { min, max });
    if (min !== undefined) return fill(texts.numberMin, { min });
    if (max !== undefined) return fill(texts.numberMax, { max });
    return undefined;
  }

  function questionBlock(question: Question): HTMLElement {
    const key = question.key;
    const error = h('p', { class: 'error', id: `err-${key}`, hidden: true });
    const helpText = [question.help ? name(question.help) : undefined, question.kind === 'number' ? numberHint(question) : undefined, question.kind === 'multiple' ? texts.chooseAny : undefined].filter(Boolean).join(' · ');
    const help = helpText ? h('p', { class: 'help', id: `help-${key}` }, helpText) : null;
    const describedBy = [help ? `help-${key}` : '', `err-${key}`].filter(Boolean).join(' ');
    const title = [h('span', {}, name(question.names)), question.required ? h('span', { class: 'req', 'aria-label': texts.requiredMark }, ' *') : null];
    let block: HTMLElement;
    if (question.kind === 'scale5' || question.kind === 'single' || question.kind === 'multiple') {
      const options =
        question.kind === 'scale5' ? SCALE_LEVELS.map((level) => ({ value: level, label: texts.scale[level] })) : (question.choices ?? []).map((c) => ({ value: c.key, label: name(c.names) }));
      const fieldset = h('fieldset', { 'aria-describedby': describedBy, 'aria-required': question.required ? 'true' : undefined }, h('legend', {}, ...title), help, choiceInputs(question, question.kind === 'multiple' ? 'checkbox' : 'radio', options));
      controls.set(key, fieldset);
      block = h('div', { class: 'question', 'data-question': key }, fieldset, error);
    } else {
      const id = `q-${key}`;
      const value = answers[key];
      const common = { id, name: key, 'aria-describedby': describedBy, required: question.required };
      const input =
        question.kind === 'long_text'
          ? h('textarea', { ...common, rows: 4, maxlength: 4000 })
          : question.kind === 'number'
            ? h('input', { ...common, type: 'number', inputmode: 'decimal', min: question.min, max: question.max, step: 'any' })
            : h('input', { ...common, type: 'text', maxlength: 200 });
      if (value !== undefined) input.value = String(value);
      input.addEventListener('input', () => {
        const raw = input.value;
        if (question.kind === 'number') onAnswer(key, raw.trim() === '' ? undefined : Number(raw));
        else onAnswer(key, raw.trim() === '' ? undefined : raw);
      });
      controls.set(key, input);
      block = h('div', { class: 'question', 'data-question': key }, h('label', { for: id }, ...title), help, input, error);
    }
    blocks.set(key, block);
    errors.set(key, error);
    return block;
  }

  const sections = q.sections.map((s) => ({ key: s.key, element: h('section', { class: 'section', 'data-section': s.key }, h('h2', {}, name(s.names)), ...s.questions.map(questionBlock)), questions: s.questions.map((x) => x.key) }));
  const element = h('div', { class: 'questions' }, ...sections.map((s) => s.element));
  const order = questionsOf(q).map((x) => x.question.key);

  return {
    element,
    refresh(current) {
      const visible = new Set(visibleQuestions(q, current).map((x) => x.key));
      for (const [key, block] of blocks) block.hidden = !visible.has(key);
      for (const s of sections) s.element.hidden = !s.questions.some((k) => visible.has(k));
    },
    showProblems(problems) {
      const byKey = new Map(problems.map((p) => [p.key, p.problem]));
      for (const [key, error] of errors) {
        const problem = byKey.get(key);
        const text = problem ? (texts.problems[problem as keyof FormTexts['problems']] ?? texts.problems.wrong_type) : '';
        error.textContent = text;
        error.hidden = !problem;
        controls.get(key)?.setAttribute('aria-invalid', problem ? 'true' : 'false');
      }
      const first = order.find((k) => byKey.has(k));
      if (first) (controls.get(first)?.querySelector('input') ?? controls.get(first))?.focus();
    },
  };
}
