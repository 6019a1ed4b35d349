import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { PositionListSummary, PositionListView } from '../../src/shared/contracts/positions.ts';
import { todayIn } from '../../src/shared/domain/dates.ts';
import { readDocx } from '../support/docx.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { downloadOf, fromApi, shownNumber, signedInReading, typedDate } from './support/pages.ts';
import { startServer } from './support/server.ts';

vi.setConfig({ hookTimeout: 420_000 });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** la-department's department, whose list the Lao demo leaves not started */
const DEPARTMENT = 'LA-MOES.D02';
const MINISTRY = 'ກະຊວງສຶກສາທິການ ແລະ ກິລາ';

const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/positions-journey-${name}.png`, fullPage: true });
};

/** The page's width beyond the window (a phone must not scroll sideways; wide tables scroll inside). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The headline counts of the progress page, as of the day typed in its date field. */
async function progressShown(page: Page, url: string, asOf: string) {
  await page.goto(`${url}/positions`);
  const field = page.getByTestId('positions-as-of');
  await page.getByTestId('positions-progress').waitFor();
  // The page opens on the browser's day; another day typed is asked for, and the figures follow its answer.
  if ((await field.inputValue()) !== typedDate(asOf)) {
    const answered = page.waitForResponse((r) => r.url().includes('/api/positions/progress?') && r.url().includes(`asOf=${asOf}`));
    await field.fill(typedDate(asOf));
    await field.blur();
    await answered;
  }
  await page.getByTestId('positions-progress').waitFor();
  const ids = ['sectors-total', 'sectors-submitted', 'sectors-approved', 'departments-total', 'departments-notStarted', 'departments-draft', 'departments-submitted', 'departments-commented', 'departments-approved', 'positions', 'posts'] as const;
  const shown: Record<string, number> = {};
  for (const id of ids) shown[id] = await shownNumber(page, `positions-${id}`);
  return shown;
}

/** The list's status as the server has it, once it has moved. */
async function waitForStatus(page: Page, id: number, status: string) {
  await expect.poll(async () => (await fromApi<PositionListView>(page, `/api/position-lists/${id}`)).status, { timeout: 15_000 }).toBe(status);
}

/**
 * Issue 16 in Lao, end to end: the Department of Higher Education drafts its job-position list
 * on a phone and submits it; the Ministry of Home Affairs' reviewer comments; the department
 * revises and resubmits; the reviewer starts the technical review and approves it with the signed
 * decision (a PDF); the progress page and the Lao Word summary count it.
 */
describeInBrowser('job positions in Lao', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  it('drafts, submits, comments, revises, approves with a decision file, and counts it', async () => {
    // Every write is dated by the server's day, in the province's time zone.
    const today = todayIn('Asia/Ho_Chi_Minh');
    const reviewer = await signedInReading(env.browser, env.url, 'la-reviewer', 'lo', DESKTOP);
    const r = reviewer.page;
    const before = await progressShown(r, env.url, today);
    expect(before).toEqual({
      'sectors-total': 6,
      'sectors-submitted': 3,
      'sectors-approved': 1,
      'departments-total': 15,
      'departments-notStarted': 3,
      'departments-draft': 2,
      'departments-submitted': 4,
      'departments-commented': 1,
      'departments-approved': 4,
      positions: 108,
      posts: 447,
    });
    const docxRow = async () => {
      const docx = await readDocx((await downloadOf(r, 'positions-docx')).bytes);
      return { docx, row: docx.tables.flat().find((cells) => cells[1] === MINISTRY)!.slice(2) };
    };
    expect((await docxRow()).row).toEqual(['4', '3', '1', '103']);

    // The department, on its phone: starts its list, adds two positions, saves and submits.
    const department = await signedInReading(env.browser, env.url, 'la-department', 'lo', PHONE);
    const d = department.page;
    await d.goto(`${env.url}/positions`);
    await d.getByTestId('positions-create').click();
    await d.getByTestId('positions-create-form-submit').click();
    await d.getByTestId('positions-editor').waitFor();
    const id = Number(/\/positions\/lists\/(\d+)$/.exec(d.url())![1]);
    const row = (i: number) => d.getByTestId(`position-row-${i}`);
    const fill = async (i: number, v: { code: string; title: string; category: string; grade: string; posts: string }) => {
      await d.getByTestId('position-add').click();
      await row(i).getByTestId('position-code').fill(v.code);
      await row(i).getByTestId('position-title').fill(v.title);
      await row(i).getByTestId('position-category').click();
      await d.getByRole('option', { name: v.category, exact: true }).click();
      await row(i).getByTestId('position-grade').fill(v.grade);
      await row(i).getByTestId('position-posts').fill(v.posts);
    };
    await fill(0, { code: 'P01', title: 'ຫົວໜ້າກົມ', category: 'ຕຳແໜ່ງຄຸ້ມຄອງ-ນຳພາ', grade: 'V', posts: '1' });
    await fill(1, { code: 'P02', title: 'ພະນັກງານວິຊາການ ດ້ານການສຶກສາຊັ້ນສູງ', category: 'ຕຳແໜ່ງວິຊາສະເພາະ', grade: 'III', posts: '12' });
    await d.getByTestId('positions-save').click();
    await expect.poll(async () => (await fromApi<PositionListView>(d, `/api/position-lists/${id}`)).posts).toBe(13);
    expect(await overflow(d)).toBe(0);
    await shot(d, 'draft-lo-phone');
    await d.getByTestId('positions-submit').click();
    await waitForStatus(d, id, 'submitted');

    // The reviewer comments on the list as a whole: it is now commented on.
    await r.goto(`${env.url}/positions/lists/${id}`);
    await r.getByTestId('positions-comment-input').fill('ກະລຸນາທົບທວນຈຳນວນອັດຕາພະນັກງານວິຊາການ ໃຫ້ສອດຄ່ອງກັບປະລິມານວຽກ.');
    await r.getByTestId('positions-comment-send').click();
    await waitForStatus(r, id, 'commented');

    // The department revises the posts, saves and resubmits.
    await d.reload();
    await d.getByTestId('positions-comment-text').first().waitFor();
    await row(1).getByTestId('position-posts').fill('10');
    await d.getByTestId('positions-save').click();
    await expect.poll(async () => (await fromApi<PositionListView>(d, `/api/position-lists/${id}`)).posts).toBe(11);
    await d.getByTestId('positions-submit').click();
    await waitForStatus(d, id, 'submitted');
    await d.locator('[data-testid="position-list-status"][data-status="submitted"]').first().waitFor();
    expect(await overflow(d)).toBe(0);
    await shot(d, 'resubmitted-lo-phone');

    // The reviewer starts the technical review and approves it by a decision with its signed file.
    await r.reload();
    await r.getByTestId('positions-review').click();
    await waitForStatus(r, id, 'in_review');
    await r.getByTestId('positions-approve').click();
    const form = r.getByTestId('positions-approve-form');
    await form.getByTestId('positions-approve-number').fill('0530/ພນ');
    const date = form.getByTestId('positions-approve-date');
    await date.fill(typedDate(today));
    await date.blur();
    await form.locator('input[type="file"]').setInputFiles({ name: 'decision-0530.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% the signed decision\n%%EOF\n') });
    await form.getByTestId('positions-approve-form-submit').click();
    await form.waitFor({ state: 'detached' });
    const approved = await fromApi<PositionListView>(r, `/api/position-lists/${id}`);
    expect([approved.status, approved.decision?.number, approved.decision?.date, approved.decision?.fileId !== null, approved.history.map((e) => e.status)]).toEqual([
      'approved',
      '0530/ພນ',
      today,
      true,
      // created, saved, submitted, commented on, revised, resubmitted, reviewed, approved
      ['draft', 'draft', 'submitted', 'commented', 'commented', 'submitted', 'in_review', 'approved'],
    ]);
    await r.getByTestId('positions-decision').waitFor();
    await shot(r, 'approved-lo-desktop');
    const decision = await downloadOf(r, 'positions-decision-file');
    expect([decision.type, decision.bytes.subarray(0, 5).toString()]).toEqual(['application/pdf', '%PDF-']);

    // The progress page counts it: one department fewer not started, one more approved, its positions and posts.
    const after = await progressShown(r, env.url, today);
    expect(after).toEqual({ ...before, 'departments-notStarted': 2, 'departments-approved': 5, positions: 110, posts: 458 });
    const lists = await fromApi<PositionListSummary[]>(r, `/api/position-lists?unit=${DEPARTMENT}`);
    expect(lists.map((l) => [l.unit.code, l.version, l.status, l.positions, l.posts])).toEqual([[DEPARTMENT, 1, 'approved', 2, 11]]);
    await shot(r, 'progress-lo-desktop');

    // The Lao Word summary: the national header, and the ministry's row and the totals with the list counted.
    const { docx, row: ministry } = await docxRow();
    expect(docx.paragraphs.slice(0, 2)).toEqual(['ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ', 'ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ']);
    expect(ministry).toEqual(['4', '4', '2', '114']);
    expect(docx.paragraphs.find((p) => p.includes('ໃນ 15 ກົມ'))).toContain('10 ໃນ 15 ກົມ');

    // The phone reads the same progress without scrolling sideways.
    const phone = await signedInReading(env.browser, env.url, 'la-reviewer', 'lo', PHONE);
    expect(await progressShown(phone.page, env.url, today)).toEqual(after);
    expect(await overflow(phone.page)).toBe(0);
    await shot(phone.page, 'progress-lo-phone');

    expect([...reviewer.problems, ...department.problems, ...phone.problems]).toEqual([]);
  });
});
