import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { Submission } from '../../src/shared/contracts/reporting.ts';
import { DEMO_COMMITTEE_CODE } from '../../src/server/features/steering/index.ts';
import { readDocx } from '../support/docx.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { downloadOf, latinDigits, typedDate, signedInReading } from './support/pages.ts';
import { startServer } from './support/server.ts';
import { provinceDay } from './support/days.ts';

vi.setConfig({ hookTimeout: 420_000 });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The commune Xã Tân Lập (the `commune` account's unit) is one of the committee's seven key units; `science` follows it. */
const UNIT = 'H99.X05';

/** What each language's page and Word report say (src/web/locales): the form's choice and the report's submissions line. */
const TEXT = {
  vi: { keyUnits: 'Đơn vị trọng điểm của Ban Chỉ đạo', submissionsLine: '7 đơn vị được yêu cầu: 0 đúng hạn, 1 trễ hạn, 6 chưa gửi; 0 đã chấp nhận, 0 bị trả lại.' },
  lo: { keyUnits: 'ຫົວໜ່ວຍຈຸດສຸມຂອງຄະນະຊີ້ນຳ', submissionsLine: '7 ຫົວໜ່ວຍທີ່ຖືກຂໍ: 0 ຕາມກຳນົດ, 1 ຊັກຊ້າ, 6 ຍັງບໍ່ສົ່ງ; 0 ຮັບຮອງ, 0 ສົ່ງຄືນ.' },
} as const;

/** A JSON call from the page with its own session (and CSRF token for a write). */
async function fromPage<T>(page: Page, path: string, method = 'GET', body?: object): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ path, method, body }) => {
      const { csrfToken } = await (await fetch('/api/session')).json();
      const res = await fetch(path, { method, headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
      return { status: res.status, json: await res.json() };
    },
    { path, method, body },
  ) as Promise<{ status: number; json: T }>;
}

/**
 * Issue 14's acceptance, in the browser: a 6-month round over the demo committee's key units
 * is opened through the form; the commune (a key unit) submits with a proposal and a file;
 * the secretariat returns it; the unit resubmits after the deadline, late; the round's status
 * table and the following member's page show it; the consolidated report's Word file counts
 * it. In Vietnamese at a desk, then in Lao with the unit and the member on phones — one
 * server for both (each language its own round).
 */
describeInBrowser('a reporting round over the key units, from opening to the consolidated report', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  async function journey(lang: keyof typeof TEXT, round: string, phone: typeof DESKTOP) {
    const year = provinceDay().slice(0, 4);
    // Whole pages from the top (a page left scrolled would draw its sticky header mid-picture).
    const shot = async (page: Page, name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SCREENSHOTS}/reporting-journey-${name}-${lang}.png`, fullPage: true });
    };
    const secretariat = await signedInReading(env.browser, env.url, 'secretariat', lang, DESKTOP);
    const s = secretariat.page;

    // Open: a 6-month round (the form's default period, report:<year>-6M) asking the committee's key units.
    await s.goto(`${env.url}/reporting`);
    await s.getByTestId('reporting-new').click();
    const form = s.getByTestId('reporting-new-form');
    await form.getByTestId('reporting-new-code').fill(round);
    await form.getByTestId(`reporting-names-${lang}`).fill(`${round} · 6M`);
    await form.getByTestId('reporting-new-deadline').fill(typedDate(provinceDay(7)));
    await form.getByTestId('reporting-new-cutoff').fill(typedDate(`${year}-06-14`));
    await form.getByText(TEXT[lang].keyUnits, { exact: true }).click();
    await form.getByTestId('reporting-new-committee').click();
    await s.getByRole('option', { name: new RegExp(`^${DEMO_COMMITTEE_CODE} · `) }).click();
    await form.getByTestId('reporting-new-form-submit').click();
    await s.waitForURL(`**/reporting/rounds/${round}`);
    await s.getByTestId('reporting-status-table').waitFor();
    expect(await s.locator('[data-testid^="reporting-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).toEqual(
      ['H99.05', 'H99.10', 'H99.13', 'H99.19', 'H99.21', 'H99.X01', 'H99.X05'].map((u) => `reporting-row-${u}`),
    );

    // The unit writes its report with a proposal (text, field, addressee) and a file, and submits: on time.
    const commune = await signedInReading(env.browser, env.url, 'commune', lang, phone);
    const u = commune.page;
    const mine = `${env.url}/reporting/rounds/${round}/units/${UNIT}`;
    await u.goto(mine);
    await u.getByTestId('reporting-section-results').fill('Hoàn thành 5/6 nhiệm vụ trọng tâm.');
    await u.getByTestId('reporting-proposal-add').click();
    await u.getByTestId('reporting-proposal-text-0').fill('Bố trí kinh phí số hóa hồ sơ một cửa cấp xã.');
    await u.getByTestId('reporting-proposal-field-0').click();
    await u.getByRole('option').nth(2).click();
    await u.getByTestId('reporting-proposal-addressee-0').fill('UBND tỉnh');
    await u.locator('[data-testid="reporting-attachments"] input[type="file"]').setInputFiles({ name: 'phu-luc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 phụ lục') });
    await u.getByTestId('reporting-attachment-upload').click();
    await u.getByTestId('reporting-attachment').waitFor();
    await u.getByTestId('reporting-submit').click();
    await u.locator('[data-testid="report-state"][data-state="submitted"]').waitFor();
    expect(await u.getByTestId('report-timeliness').getAttribute('data-late')).toBe('false');
    const sent = (await fromPage<Submission>(u, `/api/reporting/rounds/${round}/submissions/${UNIT}`)).json;
    expect([sent.proposals, sent.attachments.map((a) => a.fileName)]).toEqual([[{ text: 'Bố trí kinh phí số hóa hồ sơ một cửa cấp xã.', field: sent.proposals[0]!.field, addressee: 'UBND tỉnh' }], ['phu-luc.pdf']]);
    expect(sent.proposals[0]!.field).not.toBe('other');

    // The secretariat returns it with a reason.
    await s.goto(mine);
    await s.getByTestId('reporting-return').click();
    await s.getByTestId('reporting-return-reason').fill('Bổ sung số liệu hồ sơ trễ hạn.');
    await s.getByTestId('reporting-return-form-submit').click();
    await s.locator('[data-testid="report-state"][data-state="returned"]').waitFor();
    // Then the deadline passes. The server's day is the real one (no clock to wind forward, on
    // purpose: nothing in the product fakes time), so the secretariat moves the round's deadline
    // to yesterday — an audited change the API offers — rather than the test pretending.
    expect((await fromPage(s, `/api/reporting/rounds/${round}`, 'PATCH', { deadline: provinceDay(-1) })).status).toBe(200);

    // The unit reads why, completes and resubmits: late, for good.
    await u.goto(mine);
    expect(await u.getByTestId('reporting-return-reason-shown').innerText()).toContain('Bổ sung số liệu hồ sơ trễ hạn.');
    await u.getByTestId('reporting-section-difficulties').fill('Hạ tầng kết nối chưa đồng bộ.');
    await u.getByTestId('reporting-submit').click();
    await u.locator('[data-testid="report-state"][data-state="submitted"]').waitFor();
    expect(await u.getByTestId('report-timeliness').getAttribute('data-late')).toBe('true');
    await shot(u, 'submission');

    // The round's status table.
    await s.goto(`${env.url}/reporting/rounds/${round}`);
    const row = s.getByTestId(`reporting-row-${UNIT}`);
    await row.waitFor();
    expect([await row.getByTestId('report-state').getAttribute('data-state'), await row.getByTestId('report-timeliness').getAttribute('data-late')]).toEqual(['submitted', 'true']);
    await shot(s, 'round-status');

    // The member who follows the unit sees it on their page: this round's report, late.
    const science = await signedInReading(env.browser, env.url, 'science', lang, phone);
    const m = science.page;
    await m.goto(`${env.url}/steering/followed`);
    const report = m.getByTestId(`followed-${UNIT}`).getByTestId(`latest-report-${round}`);
    await report.waitFor();
    expect([await report.getByTestId('report-state').getAttribute('data-state'), await report.getByTestId('report-timeliness').getAttribute('data-late')]).toEqual(['submitted', 'true']);
    await shot(m, 'followed');

    // The consolidated report of the round: its Word file opens and counts the submissions.
    await s.goto(`${env.url}/consolidated?unit=H99&period=${encodeURIComponent(`report:${year}-6M`)}&round=${round}`);
    await s.getByTestId('consolidated-report').waitFor();
    const docx = await downloadOf(s, 'download-docx');
    expect(docx.type).toContain('wordprocessingml');
    const { paragraphs } = await readDocx(docx.bytes);
    expect(paragraphs.map(latinDigits)).toContain(TEXT[lang].submissionsLine);

    for (const p of [secretariat, commune, science]) {
      expect(p.problems).toEqual([]);
      await p.page.close();
    }
  }

  it('runs in Vietnamese at a desk', { timeout: 300_000 }, () => journey('vi', 'E2E-KU-VI', DESKTOP));
  it('runs in Lao, the unit and the member on phones', { timeout: 300_000 }, () => journey('lo', 'E2E-KU-LO', PHONE));
});
