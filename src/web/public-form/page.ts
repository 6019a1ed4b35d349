import type { Answers } from '../../shared/contracts/questionnaires.ts';
import type { PublicForm } from '../../shared/contracts/surveys.ts';
import { answerProblems, visibleQuestions } from '../../shared/domain/questionnaire.ts';
import { LOCALES, pickName, type Locale } from '../../shared/locales.ts';
import { loadForm, type Refusal } from './api.ts';
import { h } from './dom.ts';
import { formView } from './form-view.ts';
import { initialLocale, keepLocale } from './locale.ts';
import { fill, LANGUAGE_NAMES, textsOf, type FormTexts } from './messages.ts';
import { startSender } from './sender.ts';
import { cacheForm, cachedForm, enqueue, loadDraft, newClientKey, outbox, saveDraft, type Draft } from './storage.ts';

/**
 * The public satisfaction form of one link (`/s/{link}`, `?t=` an invitation's one-time code):
 * loads the form, keeps the draft on the device as it is typed, queues the submission before
 * sending it and resends it until the server answers. One view at a time: loading, the form,
 * waiting to send, thanks, or a refusal.
 */
type View = { kind: 'loading' } | { kind: 'form'; notice?: string } | { kind: 'waiting' } | { kind: 'thanks'; later: boolean } | { kind: 'refused'; refusal: Refusal } | { kind: 'offline' };

const isEmpty = (v: Answers[string] | undefined) => v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

export function startPage(root: HTMLElement): void {
  const link = decodeURIComponent(location.pathname.split('/')[2] ?? '');
  const urlToken = new URLSearchParams(location.search).get('t') ?? undefined;
  let locale: Locale = initialLocale();
  let form: PublicForm | undefined;
  let draft: Draft = loadDraft(link) ?? { clientKey: newClientKey(), answers: {} };
  let view: View = { kind: 'loading' };
  let waiting = outbox().length;
  const restored = Object.keys(draft.answers).length > 0;

  const sender = startSender({
    stored(item) {
      if (item.clientKey !== draft.clientKey) return show(view.kind === 'form' ? { kind: 'form', notice: textsOf(locale).sentLater } : view);
      draft = { clientKey: newClientKey(), answers: {} };
      saveDraft(link, undefined);
      show({ kind: 'thanks', later: view.kind === 'waiting' });
    },
    refused(item, refusal) {
      if (item.clientKey !== draft.clientKey) return;
      // Answers and a typed code can be corrected on the form; a code from the link cannot.
      const fixable = refusal.code === 'response_invalid' || (refusal.code.startsWith('survey_token_') && !urlToken);
      if (fixable) return show({ kind: 'form' }, refusal);
      show({ kind: 'refused', refusal });
    },
    waiting(count) {
      waiting = count;
      if (count > 0 && outbox().some((q) => q.clientKey === draft.clientKey)) show({ kind: 'waiting' });
      else if (view.kind !== 'form') show(view);
    },
  });

  function show(next: View, refusal?: Refusal) {
    view = next;
    const texts = textsOf(locale);
    document.documentElement.lang = locale;
    document.title = form ? `${pickName(form.wave.names, locale)} — ${texts.title}` : texts.title;
    const main = h('main', { id: 'main' }, ...body(texts, refusal));
    root.replaceChildren(header(texts), main);
    if (next.kind !== 'form') main.querySelector<HTMLElement>('h1, h2')?.focus();
  }

  function header(texts: FormTexts): HTMLElement {
    const select = h('select', { id: 'language', 'data-testid': 'survey-language' }, ...LOCALES.map((l) => h('option', { value: l, lang: l, selected: l === locale }, LANGUAGE_NAMES[l])));
    select.addEventListener('change', () => {
      locale = select.value as Locale;
      keepLocale(locale);
      show(view);
      document.getElementById('language')?.focus();
    });
    return h('header', { class: 'top' }, h('span', { class: 'brand' }, texts.title), h('label', { class: 'language', for: 'language' }, h('span', {}, texts.language), select));
  }

  /**
   * Dates as dd/mm/yyyy, as the app's date fields take them in every language: Chromium has
   * no Lao or Khmer month names, and the app's Intl polyfills would outweigh this whole page.
   */
  const dateOf = (iso: string) => iso.split('-').reverse().join('/');

  function intro(texts: FormTexts, f: PublicForm): HTMLElement[] {
    return [
      h('p', { class: 'unit' }, pickName(f.unit.names, locale)),
      h('h1', { tabindex: -1 }, pickName(f.wave.names, locale)),
      h('p', { class: 'period' }, fill(texts.period, { from: dateOf(f.wave.from), to: dateOf(f.wave.to) })),
      h('p', { class: 'anonymous' }, texts.anonymous),
    ];
  }

  function refusalText(texts: FormTexts, refusal: Refusal): string {
    const e = texts.errors;
    switch (refusal.code) {
      case 'not_found':
        return e.not_found;
      case 'survey_wave_closed':
        return fill(e.closed, { from: dateOf(refusal.details?.from ?? form?.wave.from ?? ''), to: dateOf(refusal.details?.to ?? form?.wave.to ?? '') });
      case 'rate_limited':
        return e.rate_limited;
      case 'survey_token_required':
      case 'survey_token_invalid':
      case 'survey_token_used':
        return e[refusal.code.slice('survey_'.length) as 'token_required' | 'token_invalid' | 'token_used'];
      default:
        return e.server;
    }
  }

  function body(texts: FormTexts, refusal?: Refusal): (HTMLElement | string)[] {
    const pending = waiting > 0 && view.kind !== 'waiting' ? h('p', { class: 'notice', role: 'status' }, fill(texts.pending, { count: waiting })) : null;
    switch (view.kind) {
      case 'loading':
        return [h('p', { role: 'status' }, texts.loading)];
      case 'offline':
        return [h('h1', { tabindex: -1 }, texts.title), h('p', { role: 'alert', class: 'alert' }, texts.errors.offline), retryButton(texts, () => void boot())];
      case 'refused':
        return [...(form ? intro(texts, form) : [h('h1', { tabindex: -1 }, texts.title)]), h('p', { role: 'alert', class: 'alert' }, refusalText(texts, view.refusal))];
      case 'thanks':
        return [
          ...intro(texts, form!),
          h('h2', { tabindex: -1, class: 'thanks' }, texts.thanksTitle),
          h('p', { role: 'status' }, view.later ? texts.sentLater : texts.thanks),
          ...(pending ? [pending] : []),
          button(texts.newResponse, () => show({ kind: 'form' })),
        ];
      case 'waiting':
        return [...intro(texts, form!), h('h2', { tabindex: -1 }, texts.queuedTitle), h('p', { role: 'status', class: 'notice' }, texts.queued), retryButton(texts, () => void sender.flush())];
      case 'form':
        return [...intro(texts, form!), ...(pending ? [pending] : []), questionnaire(texts, view.notice, refusal)];
    }
  }

  const button = (label: string, onClick: () => void) => {
    const b = h('button', { type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const retryButton = (texts: FormTexts, onClick: () => void) => button(texts.retryNow, onClick);

  function questionnaire(texts: FormTexts, notice: string | undefined, refusal: Refusal | undefined): HTMLElement {
    const f = form!;
    const keep = () => saveDraft(link, draft);
    const view = formView(f.questionnaire, locale, texts, draft.answers, (key, value) => {
      const answers = { ...draft.answers };
      if (value === undefined) delete answers[key];
      else answers[key] = value;
      draft = { ...draft, answers };
      keep();
      view.refresh(answers);
    });
    view.refresh(draft.answers);

    const needsToken = f.tokenRequired && !urlToken;
    const tokenError = h('p', { class: 'error', id: 'err-token', hidden: true });
    const tokenInput = h('input', { id: 'token', type: 'text', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', 'aria-describedby': 'help-token err-token', required: true, maxlength: 64 });
    tokenInput.value = draft.token ?? '';
    tokenInput.addEventListener('input', () => {
      draft = { ...draft, token: tokenInput.value.trim() || undefined };
      keep();
    });
    const token = needsToken ? h('div', { class: 'question token' }, h('label', { for: 'token' }, texts.token, h('span', { class: 'req' }, ' *')), h('p', { class: 'help', id: 'help-token' }, texts.tokenHelp), tokenInput, tokenError) : null;

    const summary = h('p', { class: 'alert', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'primary' }, texts.submit);
    const el = h(
      'form',
      { novalidate: true, 'aria-describedby': 'required-note' },
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : restored && Object.keys(draft.answers).length ? h('p', { class: 'notice', role: 'status' }, texts.draftRestored) : null,
      h('p', { id: 'required-note', class: 'help' }, texts.requiredNote),
      token,
      view.element,
      summary,
      submit,
    );

    function problemsShown(problems: { key: string; problem: string }[], tokenProblem?: string) {
      view.showProblems(problems as Parameters<typeof view.showProblems>[0]);
      tokenError.textContent = tokenProblem ?? '';
      tokenError.hidden = !tokenProblem;
      tokenInput.setAttribute('aria-invalid', tokenProblem ? 'true' : 'false');
      const count = problems.length + (tokenProblem ? 1 : 0);
      summary.textContent = count ? fill(texts.fixProblems, { count }) : '';
      summary.hidden = count === 0;
      if (tokenProblem && problems.length === 0) tokenInput.focus();
    }

    if (refusal) problemsShown(refusal.details?.problems ?? [], refusal.code.startsWith('survey_token_') ? refusalText(texts, refusal) : undefined);

    el.addEventListener('submit', (event) => {
      event.preventDefault();
      const visible = new Set(visibleQuestions(f.questionnaire, draft.answers).map((q) => q.key));
      const answers = Object.fromEntries(Object.entries(draft.answers).filter(([k, v]) => visible.has(k) && !isEmpty(v)));
      const problems = answerProblems(f.questionnaire, answers);
      const code = urlToken ?? draft.token;
      const tokenProblem = f.tokenRequired && !code ? texts.errors.token_required : undefined;
      problemsShown(problems, tokenProblem);
      if (problems.length || tokenProblem) return;
      submit.disabled = true;
      submit.textContent = texts.sending;
      enqueue({ link, clientKey: draft.clientKey, answers, ...(code ? { token: code } : {}), queuedAt: new Date().toISOString() });
      void sender.flush();
    });
    return el;
  }

  async function boot() {
    show({ kind: 'loading' });
    const loaded = await loadForm(link);
    if (loaded.ok) {
      form = loaded.form;
      cacheForm(link, form);
    } else if (loaded.offline) {
      form = cachedForm<PublicForm>(link);
      if (!form) return show({ kind: 'offline' });
    } else return show({ kind: 'refused', refusal: loaded.refusal });
    if (form.wave.status !== 'open') return show({ kind: 'refused', refusal: { code: 'survey_wave_closed', details: { from: form.wave.from, to: form.wave.to } } });
    show(outbox().some((q) => q.clientKey === draft.clientKey) ? { kind: 'waiting' } : { kind: 'form' });
    void sender.flush();
  }

  void boot();
}
