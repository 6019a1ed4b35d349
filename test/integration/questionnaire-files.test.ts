import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { QuestionnaireImportResult } from '../../src/shared/contracts/questionnaire-files.ts';
import { questionnaireFile, type QuestionnaireFile, type QuestionnaireVersion } from '../../src/shared/contracts/questionnaires.ts';
import { QUESTIONNAIRE_TEMPLATES } from '../../src/server/features/surveys/templates/index.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';
import { EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';
import { workbookOf } from '../fixtures/surveys/make-xlsx.ts';

const fixture = (name: string) => readFile(new URL(`../fixtures/surveys/${name}`, import.meta.url));
const sat5 = ['1', '2', '3', '4', '5', '0'].map((n) => ['parmon_sat5', n, `level ${n}`]);

/** XLSForm import and export of questionnaires (issue 19; docs/surveys.md, "XLSForm"). */
describeOnEachEngine('questionnaires as XLSForm workbooks', (engine) => {
  let h: Harness;
  let admin: Session;
  let secretariat: Session;
  let department: Session;
  const send = (s: Session, o: { method: 'GET' | 'POST'; url: string; payload?: Buffer; headers?: Record<string, string> }) => h.app.inject({ ...o, headers: { ...as(s), ...(o.headers ?? {}) } });
  const upload = (s: Session, name: string, content: Buffer | string, query = '') => send(s, { method: 'POST', url: `/api/questionnaires/import${query}`, ...multipartBody({}, [{ name, content }]) });
  const stored = async (code: string) => ((await send(admin, { method: 'GET', url: `/api/questionnaires/${code}` })).json() as QuestionnaireVersion).questionnaire;

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
    secretariat = await signIn(h.app, 'secretariat');
    department = await signIn(h.app, 'department');
  });
  afterAll(() => h.close());

  it.each(QUESTIONNAIRE_TEMPLATES.map((t) => [t.code, t] as const))('exports %s and imports it back unchanged', async (code, template) => {
    // A reader of surveys exports; the file parses back to the very questionnaire.
    const res = await send(department, { method: 'GET', url: `/api/questionnaires/${code}/export.xlsx` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${code}.xlsx"`);
    // Changed meanwhile, then the file imported by a system-wide manager: the unfrozen version 1 is the template again.
    await h.services.surveys.questionnaires.save(SYSTEM_ACTOR, { ...template, names: { en: 'Changed' }, sections: template.sections.slice(0, 2) }, undefined);
    expect((await stored(code)).names).toEqual({ en: 'Changed' });
    const imported = await upload(admin, `${code}.xlsx`, res.rawPayload);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ code, version: 1, owner: null, warnings: [] });
    expect(await stored(code)).toEqual(template);
  });

  it('writes the XLSForm sheets KoboToolbox reads: five label columns, the scale list in five languages, settings', async () => {
    const res = await send(department, { method: 'GET', url: '/api/questionnaires/SIPAS-ONE-STOP-EXAMPLE/export.xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['survey', 'choices', 'settings', '_parmon']);
    const rows = (name: string) => wb.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    const survey = rows('survey');
    expect(survey[0]!.slice(0, 7)).toEqual(['type', 'name', 'label::Vietnamese (vi)', 'label::English (en)', 'label::Lao (lo)', 'label::Khmer (km)', 'label::Thai (th)']);
    // First the unit served (what the responses importer needs back), then the sections as groups.
    expect(survey[1]!.slice(0, 4)).toEqual(['text', 'unit_code', 'Mã đơn vị', 'Unit code']);
    expect(survey.filter((r) => r[0] === 'begin_group').map((r) => r[1])).toEqual(['profile', 'access', 'online', 'procedures', 'civil_servants', 'results', 'feedback', 'expectations']);
    const online = survey.find((r) => r[1] === 'online')!;
    expect(online[13]).toBe("${channel} = 'online'");
    const reception = survey.find((r) => r[1] === 'feedback_reception')!;
    expect([reception[0], reception[12], reception[13], reception[15], reception[16], reception[17], reception[18]]).toEqual(['select_one parmon_sat5', 'yes', "${feedback_given} = 'yes'", 'likert', 'scale5', 'feedback', 'satisfaction']);
    expect(survey.find((r) => r[1] === 'improve_first')!.slice(0, 1)).toEqual(['select_multiple improve_first']);
    expect(survey.find((r) => r[1] === 'suggestion')![15]).toBe('multiline');
    const levels = rows('choices').filter((r) => r[0] === 'parmon_sat5');
    expect(levels.map((r) => r[1])).toEqual(['1', '2', '3', '4', '5', '0']);
    expect(levels[4]).toEqual(['parmon_sat5', '5', 'Rất hài lòng', 'Very satisfied', 'ພໍໃຈຫຼາຍ', 'ពេញចិត្តខ្លាំង', 'พึงพอใจอย่างยิ่ง']);
    expect(rows('settings')).toEqual([
      ['form_title', 'form_id', 'version', 'default_language'],
      ['Phiếu khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của Bộ phận Một cửa (mẫu tham khảo)', 'SIPAS-ONE-STOP-EXAMPLE', '1', 'Vietnamese (vi)'],
    ]);
  });

  it('imports a form made in KoboToolbox: groups as sections, its own lists as single choices, what asks nothing left out with warnings', async () => {
    const res = await upload(secretariat, 'kobo-form.xlsx', await fixture('kobo-form.xlsx'), '?owner=H99');
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as QuestionnaireImportResult;
    expect(result).toMatchObject({ code: 'kobo-form', version: 1, questions: 6, owner: { code: 'H99' }, purpose: 'other', example: false });
    expect(result.warnings.map((w) => [w.line, w.field, w.code, w.value])).toEqual([
      [1, 'survey!label::Français (fr)', 'xlsform_language_dropped', 'Français (fr)'],
      [2, 'survey!type', 'xlsform_row_dropped', 'start'],
      [3, 'survey!type', 'xlsform_row_dropped', 'end'],
      [4, 'survey!type', 'xlsform_row_dropped', 'today'],
      [5, 'survey!type', 'xlsform_row_dropped', 'deviceid'],
      [14, 'survey!type', 'xlsform_integer', 'visits'],
      [16, 'survey!type', 'xlsform_row_dropped', 'note'],
      [18, 'survey!type', 'xlsform_row_dropped', 'calculate'],
      [1, 'choices!label::Français (fr)', 'xlsform_language_dropped', 'Français (fr)'],
    ]);
    const q = await stored('kobo-form');
    expect(q.names).toEqual({ en: 'One-stop visit (Kobo)' });
    expect(q.sections.map((s) => [s.key, s.names, s.showIf ?? null])).toEqual([
      ['visit', { en: 'Your visit' }, null],
      ['rating', { en: 'Your opinion' }, { question: 'channel', anyOf: ['online', 'post'] }],
    ]);
    const shape = q.sections.flatMap((s) => s.questions.map((x) => [x.key, x.kind, x.required, x.choices?.map((c) => c.key) ?? null, x.showIf ?? null, x.min ?? null, x.max ?? null]));
    expect(shape).toEqual([
      ['channel', 'single', true, ['counter', 'online', 'post'], null, null, null],
      ['online_ok', 'single', true, ['yes', 'no'], { question: 'channel', anyOf: ['online'] }, null, null],
      // A 1–5 list not marked as our scale stays a single choice: its answers are not counted as satisfaction.
      ['staff_rating', 'single', true, ['1', '2', '3', '4', '5'], null, null, null],
      ['improve', 'multiple', false, ['time', 'staff'], null, null, null],
      ['visits', 'number', false, null, null, 1, 20],
      ['comment', 'long_text', false, null, { question: 'improve', anyOf: ['time'] }, null, null],
    ]);
    expect(q.sections[0]!.questions[1]!.help).toEqual({ en: 'Think of your last visit' });
    expect(q.sections[0]!.questions[0]!.choices![0]).toEqual({ key: 'counter', names: { en: 'At the counter' } });
    expect(q.elements).toEqual([]);
  });

  it('marks a 5-level list as the scale with parmon_kind, reads columns without a language in the language asked, and puts loose questions in one section', async () => {
    const file = await workbookOf({
      survey: [
        ['type', 'name', 'label', 'required', 'parmon_kind', 'parmon_element', 'parmon_content'],
        ['select_one parmon_sat5', 'polite', 'Staff were polite', 'TRUE', '', 'staff', ''],
        ['select_one five', 'wait', 'The wait', '', '', '', ''],
        ['select_one five', 'forms', 'The forms', '', 'scale5', 'staff', 'satisfaction'],
        ['text', 'anything', 'Anything else?', '', 'long_text', '', 'expectation'],
      ],
      choices: [['list_name', 'name', 'label'], ...sat5, ...['1', '2', '3', '4', '5', 'na'].map((n) => ['five', n, `five ${n}`])],
      settings: [['form_title', 'form_id'], ['Quick poll', 'quick poll 2026']],
    });
    const res = await upload(secretariat, 'poll.xlsx', file, '?owner=H99&language=en');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: 'quick-poll-2026', warnings: [] });
    expect(await stored('quick-poll-2026')).toEqual(
      questionnaireFile.parse({
        code: 'quick-poll-2026',
        names: { en: 'Quick poll' },
        purpose: 'other',
        elements: [{ key: 'staff', names: { en: 'staff' } }],
        sections: [
          {
            key: 'main',
            names: { en: 'Quick poll' },
            questions: [
              { key: 'polite', kind: 'scale5', element: 'staff', required: true, names: { en: 'Staff were polite' } },
              { key: 'wait', kind: 'single', content: 'perception', names: { en: 'The wait' }, choices: ['1', '2', '3', '4', '5', 'na'].map((n) => ({ key: n, names: { en: `five ${n}` } })) },
              { key: 'forms', kind: 'scale5', element: 'staff', names: { en: 'The forms' } },
              { key: 'anything', kind: 'long_text', content: 'expectation', names: { en: 'Anything else?' } },
            ],
          },
        ],
      }),
    );
  });

  it('refuses what cannot be mapped, naming sheet, column and row, and saves nothing', async () => {
    const file = await workbookOf({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['begin_group', 'g1', 'Group one', ''],
        ['select_one yn', 'q1', 'Q one', ''],
        ['begin_group', 'g2', 'Inner', ''],
        ['text', 'inner_q', 'Inside', ''],
        ['end_group', '', '', ''],
        ['text', 'Q_Two', 'Q two', ''],
        ['geopoint', 'where', 'Where?', ''],
        ['select_one missing_list', 'q3', 'Q three', ''],
        ['text', 'q4', 'Q four', "${q1} != 'yes'"],
        ['end_group', '', '', ''],
        ['begin_repeat', 'rep', 'Repeat', ''],
        ['text', 'r1', 'R one', ''],
        ['end_repeat', '', '', ''],
        ['select_one yn', 'q1', 'Again', ''],
        ['text', 'q5', '', ''],
        ['end_group', '', '', ''],
      ],
      choices: [['list_name', 'name', 'label'], ['yn', 'yes', 'Yes'], ['yn', 'No', 'No']],
    });
    const res = await upload(secretariat, 'broken.xlsx', file, '?owner=H99');
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('import_rows_invalid');
    expect((res.json().details.errors as { line: number; field: string; code: string; value: string | null }[]).map((e) => [e.line, e.field, e.code, e.value])).toEqual([
      [4, 'survey!type', 'xlsform_nested_group', 'begin_group'],
      [7, 'survey!name', 'xlsform_name_upper_case', 'Q_Two'],
      [8, 'survey!type', 'xlsform_unsupported_type', 'geopoint'],
      [9, 'survey!type', 'xlsform_list_missing', 'missing_list'],
      [10, 'survey!relevant', 'xlsform_relevant_unsupported', "${q1} != 'yes'"],
      [12, 'survey!type', 'xlsform_repeat', 'begin_repeat'],
      [15, 'survey!name', 'duplicate', 'q1'],
      [16, 'survey!label', 'xlsform_no_label', 'q5'],
      [17, 'survey!type', 'xlsform_unbalanced_group', 'end_group'],
      [3, 'choices!name', 'xlsform_name_upper_case', 'No'],
    ]);
    expect((await send(admin, { method: 'GET', url: '/api/questionnaires/broken' })).statusCode).toBe(404);
  });

  it("checks the result by the questionnaire's rules, each problem on its row", async () => {
    const file = await workbookOf({
      survey: [
        ['type', 'name', 'label::English (en)', 'relevant', 'parmon_element'],
        ['select_one parmon_sat5', 'speed', 'Speed', "${channel} = 'online'", 'access'],
        ['select_one channels', 'channel', 'Channel', '', ''],
        ['select_one channels', 'again', 'Again?', "${channel} = 'fax'", 'access'],
      ],
      choices: [['list_name', 'name', 'label::English (en)'], ...sat5, ['channels', 'online', 'Online'], ['channels', 'counter', 'Counter']],
    });
    const res = await upload(secretariat, 'rules.xlsx', file, '?owner=H99');
    expect(res.statusCode).toBe(422);
    expect((res.json().details.errors as { line: number; field: string; code: string }[]).map((e) => [e.line, e.field, e.code])).toEqual([
      [2, 'survey!relevant', 'condition_not_earlier'],
      [4, 'survey!relevant', 'condition_unknown_choice'],
      [4, 'survey!parmon_element', 'element_on_non_scale'],
    ]);
  });

  it('refuses to export keys XLSForm cannot take as names, and other files on import', async () => {
    const digits: QuestionnaireFile = questionnaireFile.parse({ ...EXAMPLE_QUESTIONNAIRE_INPUT, code: 'DIGITS', sections: EXAMPLE_QUESTIONNAIRE_INPUT.sections.map((s, i) => (i === 2 ? { ...s, key: '2026_service' } : s)) });
    await h.services.surveys.questionnaires.save(SYSTEM_ACTOR, digits, 'H99');
    const res = await send(department, { method: 'GET', url: '/api/questionnaires/DIGITS/export.xlsx' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'xlsform_unsupported', details: { keys: ['2026_service'] } });
    expect((await send(department, { method: 'GET', url: '/api/questionnaires/NOPE/export.xlsx' })).statusCode).toBe(404);
    const pdf = await upload(secretariat, 'form.pdf', '%PDF-1.4', '?owner=H99');
    expect(pdf.json()).toMatchObject({ code: 'invalid_file', details: { reason: 'extension', expected: ['.json', '.xlsx'] } });
    expect((await upload(secretariat, 'form.xlsx', 'not a workbook', '?owner=H99')).json()).toMatchObject({ code: 'invalid_file', details: { reason: 'xlsx' } });
    const json = await upload(secretariat, 'q.json', JSON.stringify({ ...EXAMPLE_QUESTIONNAIRE_INPUT, code: 'FROM-JSON' }), '?owner=H99');
    expect(json.json()).toMatchObject({ code: 'FROM-JSON', version: 1, warnings: [] });
    // An officer reads and exports questionnaires but imports none.
    expect((await upload(department, 'kobo-form.xlsx', await fixture('kobo-form.xlsx'))).statusCode).toBe(403);
  });
});
