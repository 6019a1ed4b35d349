import type { Page } from 'playwright-core';

/**
 * Everything a user should never meet on a page, collected while a journey runs: console
 * errors, uncaught exceptions, requests that failed and answers of 400 or above. A journey
 * ends with `expect(problems).toEqual([])`.
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '?';
    // A static file (a font, a script chunk) still loading when the journey moves to the next
    // page is cancelled by Chromium (ERR_ABORTED): the user's navigation, not a failure. Any
    // other failure, and every failed API request, counts.
    if (reason === 'net::ERR_ABORTED' && new URL(request.url()).pathname.startsWith('/assets/')) return;
    problems.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return problems;
}
