import { describe, expect, it } from 'vitest';
import { countSubmissions, DEFAULT_SECTIONS, isLate, nextState, plainNarrative, reminderKind, sectionsOf, SUBMISSION_ACTIONS, SUBMISSION_STATES } from '../../src/shared/domain/reporting.ts';
import { LOCALES } from '../../src/shared/locales.ts';

describe('reporting submissions', () => {
  it('allows exactly these transitions', () => {
    const table = Object.fromEntries(SUBMISSION_STATES.map((s) => [s, Object.fromEntries(SUBMISSION_ACTIONS.map((a) => [a, nextState(s, a)]))]));
    expect(table).toEqual({
      draft: { edit: 'draft', submit: 'submitted', accept: null, return: null },
      submitted: { edit: null, submit: null, accept: 'accepted', return: 'returned' },
      accepted: { edit: null, submit: null, accept: null, return: null },
      returned: { edit: 'returned', submit: 'submitted', accept: null, return: null },
    });
  });

  it('is late only after the deadline day, and stays late', () => {
    expect(isLate(false, '2026-06-20', '2026-06-20')).toBe(false);
    expect(isLate(false, '2026-06-20', '2026-06-21')).toBe(true);
    expect(isLate(true, '2026-12-31', '2026-06-01')).toBe(true);
  });

  it('counts every asked unit once as on time, late or missing, and the accepted and returned among them', () => {
    const counts = countSubmissions([
      { state: 'draft', late: false, everSubmitted: false },
      { state: 'returned', late: true, everSubmitted: true },
      { state: 'accepted', late: false, everSubmitted: true },
      { state: 'submitted', late: false, everSubmitted: true },
      { state: 'returned', late: false, everSubmitted: true },
    ]);
    expect(counts).toEqual({ asked: 5, onTime: 3, late: 1, missing: 1, accepted: 1, returned: 2 });
    expect(countSubmissions([])).toEqual({ asked: 0, onTime: 0, late: 0, missing: 0, accepted: 0, returned: 0 });
  });

  it('keeps narratives as plain paragraphs: markup reduced to its text, never kept', () => {
    expect(plainNarrative('<p>Kết quả <b>tốt</b></p><p onclick="x()">Đạt 58,82%</p>')).toBe('Kết quả tốt\n\nĐạt 58,82%');
    expect(plainNarrative('<img src=x onerror=alert(1)>a<br>b &lt;script&gt;')).toBe('a\nb <script>');
    expect(plainNarrative('  line one  \r\n\r\n\r\n\r\nline two\u0007 ')).toBe('line one\n\nline two');
    expect(plainNarrative('3 < 5 and 7 > 2')).toBe('3 < 5 and 7 > 2');
  });

  it('asks the four default sections first, named in every language', () => {
    expect(sectionsOf([{ key: 'digital', names: { en: 'Digital' } }]).map((s) => s.key)).toEqual(['results', 'difficulties', 'proposals', 'next_priorities', 'digital']);
    for (const s of DEFAULT_SECTIONS) expect(LOCALES.filter((l) => !s.names[l])).toEqual([]);
  });

  it('reminds of a report still to write in the week before its deadline and after it, never of one submitted', () => {
    expect(reminderKind('draft', '2026-06-20', '2026-06-12')).toBeNull();
    expect(reminderKind('draft', '2026-06-20', '2026-06-13')).toBe('report_due_soon');
    expect(reminderKind('returned', '2026-06-20', '2026-06-20')).toBe('report_due_soon');
    expect(reminderKind('draft', '2026-06-20', '2026-06-21')).toBe('report_overdue');
    expect(reminderKind('returned', '2026-06-20', '2026-07-01')).toBe('report_overdue');
    expect(reminderKind('submitted', '2026-06-20', '2026-07-01')).toBeNull();
    expect(reminderKind('accepted', '2026-06-20', '2026-06-15')).toBeNull();
  });
});
