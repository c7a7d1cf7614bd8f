/**
 * The author preview in the built app, in real Chromium: a trainer opens a scenario folder, types a
 * mistake and sees it at its line, fixes it, and plays the scenario to its end with the live verdicts
 * beside it, offline once the page has loaded. The verdicts and the downloaded report agree with the
 * engine run in Node on the same picks. In Spanish the checker's problems read in Spanish at their
 * line, and at a phone's, an old laptop's and a laptop's size the problems' count and first error
 * stay in view beside the editor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { ScoreReport } from '../../src/engine/index.js';
import { seriousViolations } from './helpers/axe.js';
import { keepScreenshot, chromiumForFile, openApp } from './helpers/browser.js';
import { firstUnpicked } from './helpers/game.js';
import { reflowFaults, resize } from './helpers/layout.js';
import { expectedReport, playableScenarios } from './helpers/scenarios.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const scenario = playableScenarios().find((s) => s.id === 'overdose-apartment') ?? playableScenarios().find((s) => s.shipped);
if (!scenario) throw new Error('no shipped scenario loads');
const FOLDER = path.join(ROOT, 'scenarios', scenario.id);
const LOCALE = scenario.bundle.manifest.locales[0] ?? 'en';
const SOURCE = readFileSync(path.join(FOLDER, `${LOCALE}.ink`), 'utf8');

/** The first choice carrying an action: where the test types its mistake, just after the action's id. */
function mistakePlace(): { line: number; offset: number; lineStart: number; action: string } {
  const match = /#act:([a-z_]+)/.exec(SOURCE);
  if (!match) throw new Error(`${scenario!.id} has no #act tag`);
  const offset = match.index + match[0].length;
  const lineStart = SOURCE.lastIndexOf('\n', match.index) + 1;
  return { line: SOURCE.slice(0, offset).split('\n').length, offset, lineStart, action: match[1] ?? '' };
}

async function putCaret(page: Page, offset: number): Promise<void> {
  await page.locator('#editor').focus();
  await page.evaluate((at) => (document.getElementById('editor') as HTMLTextAreaElement).setSelectionRange(at, at), offset);
}

async function errorCount(page: Page): Promise<number> {
  return Number(await page.locator('#problems-summary').getAttribute('data-errors'));
}

const browser = chromiumForFile();

describe('the author preview', () => {
  it('shows a typed mistake at its line, and after the fix plays the scenario to its end with live verdicts', async () => {
    const app = await openApp(browser(), `${inject('appUrl')}author.html`);
    const { page, context } = app;
    await page.setInputFiles('#open-folder', FOLDER);
    await page.locator('.source-status', { hasText: scenario.id }).waitFor();
    // The compile worker may be slow on a loaded machine: wait for its answer, however long it takes.
    await page.locator('#problems-summary[data-errors="0"]').waitFor({ state: 'attached' });
    expect(await page.locator('#file-select').inputValue()).toBe(`${LOCALE}.ink`);
    expect(await page.locator('#editor').inputValue()).toBe(SOURCE);
    expect(await seriousViolations(page)).toEqual([]);

    // Everything the preview needs has loaded: from here on it works without a network.
    await context.setOffline(true);

    const place = mistakePlace();
    await putCaret(page, place.offset);
    await page.keyboard.type('x');
    const problem = page.locator(`.problem.error[data-file="${LOCALE}.ink"][data-line="${place.line}"]`);
    await problem.waitFor();
    expect(await problem.textContent()).toContain(`unknown action "${place.action}x"`);
    expect(await problem.textContent()).toContain(`line ${place.line}`);
    expect(await page.locator(`.backdrop .row[data-line="${place.line}"]`).getAttribute('class')).toContain('error');
    expect(await page.locator('#editor').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#problems-summary').textContent()).toContain(`line ${place.line}`);
    expect(await page.locator('#play-start').isDisabled()).toBe(true);
    await keepScreenshot(page, 'author-preview-error');

    // Choosing the problem takes the caret to the start of its line.
    await putCaret(page, 0);
    await problem.locator('button').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    expect(await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).selectionStart)).toBe(place.lineStart);

    await putCaret(page, place.offset + 1);
    await page.keyboard.press('Backspace');
    await page.locator('#problems-summary[data-errors="0"]').waitFor({ state: 'attached' });
    expect(await errorCount(page)).toBe(0);
    expect(await page.locator('#editor').inputValue()).toBe(SOURCE);
    expect(await page.locator('#editor').getAttribute('aria-invalid')).toBe('false');

    await page.locator('#play-start').click();
    const picks: number[] = [];
    const texts: string[] = [];
    let sawNotYet = false;
    for (let n = 0; n < 200; n++) {
      await page.locator('.author-choices button, .ending[data-ended="true"]').first().waitFor();
      if ((await page.locator('.ending').getAttribute('data-ended')) === 'true') break;
      if (await page.locator('.verdict-table tr[data-verdict="not_yet"]').count()) sawNotYet = true;
      const choices = await page.locator('.author-choices button .text').allTextContents();
      const index = firstUnpicked(choices, texts);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('choice'))).toBe(true);
      if (index < 9) await page.keyboard.press(String(index + 1));
      else await page.locator('.author-choices button').nth(index).click();
      picks.push(index);
      texts.push(choices[index] ?? '');
      await page
        .locator('.author-narration .line.pick')
        .nth(picks.length - 1)
        .waitFor();
      expect(await page.locator('.author-narration .line.pick').count()).toBe(picks.length);
    }
    expect(await page.locator('.ending').getAttribute('data-ended')).toBe('true');
    expect(sawNotYet).toBe(true);
    await keepScreenshot(page, 'author-preview-ended');
    expect(await seriousViolations(page)).toEqual([]);

    // The verdicts shown are the engine's, run in Node on the same picks; none is "not yet" at the end.
    const expected = expectedReport({ bundle: scenario.bundle, profileId: 'model-policy', locale: LOCALE, seed: 1, picks });
    const shown = await page
      .locator('.verdict-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => ({ id: r.getAttribute('data-rule-id'), verdict: r.getAttribute('data-verdict') })));
    const byId = (a: { id: string | null }, b: { id: string | null }): number => (a.id ?? '').localeCompare(b.id ?? '');
    expect(shown.sort(byId)).toEqual(expected.rules.map((r) => ({ id: r.id, verdict: r.verdict })).sort(byId));

    // Each pick lists the actions it recorded; the event log lists every entry.
    const recorded = expected.log.filter((e) => e.kind === 'action').length;
    expect(await page.locator('.pick-actions li[data-action]').count()).toBe(recorded);
    expect(await page.locator('.log-table tbody tr').count()).toBe(expected.log.length);

    const [reportDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#download-report').click()]);
    const downloaded = JSON.parse(readFileSync(await reportDownload.path(), 'utf8')) as { report: ScoreReport; picks: { index: number }[] };
    expect(downloaded.report.score).toBe(expected.score);
    expect(downloaded.report.passed).toBe(expected.passed);
    expect(downloaded.picks.map((p) => p.index)).toEqual(picks);

    const [storyDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`.save-list button[data-file="${LOCALE}.ink"]`).click(),
    ]);
    expect(storyDownload.suggestedFilename()).toBe(`${LOCALE}.ink`);
    expect(readFileSync(await storyDownload.path(), 'utf8')).toBe(SOURCE);

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.failedResponses).toEqual([]);
    await context.close();
  });

  it('plays pasted Ink, and replays the picks on the edited text as the author types', async () => {
    const app = await openApp(browser(), `${inject('appUrl')}author.html`);
    const { page } = app;
    const ink = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'scenarios', 'hub-overdose', 'en.ink'), 'utf8');
    await page.locator('#paste-ink').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.locator('#editor').fill(ink);
    await page.locator('.problems-panel[aria-busy="false"]').waitFor();
    expect(await errorCount(page)).toBe(0);
    expect(await page.locator('#play-start').isEnabled()).toBe(true);

    await page.locator('#play-start').click();
    await page.keyboard.press('1');
    await page.locator('.author-narration .line.pick').first().waitFor();
    expect(await page.locator('.author-narration .line.pick').count()).toBe(1);
    expect(await page.locator('.pick-actions li[data-action="naloxone_nasal"]').count()).toBe(1);

    // An edit to the text the trainee has already passed shows at once, with the pick replayed.
    const offset = ink.indexOf('The spray hisses.') + 'The spray hisses'.length;
    await putCaret(page, offset);
    await page.keyboard.type(' loudly');
    await page.locator('.author-narration', { hasText: 'The spray hisses loudly.' }).waitFor();
    expect(await page.locator('.author-narration .line.pick').count()).toBe(1);
    expect(await page.locator('.author-narration .note').last().textContent()).toContain('replayed');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
  it.each([
    { lang: 'en', locale: 'en-US', unknown: 'unknown action', line: 'line' },
    { lang: 'es', locale: 'es-US', unknown: 'acción desconocida', line: 'línea' },
  ])("tells a typed mistake in the reader's language at its line, kept in view beside the editor ($lang)", async (expected) => {
    const app = await openApp(browser(), `${inject('appUrl')}author.html`, { locale: expected.locale });
    const { page } = app;
    expect(await page.locator('html').getAttribute('lang')).toBe(expected.lang);
    await page.setInputFiles('#open-folder', FOLDER);
    await page.locator('#problems-summary[data-errors="0"]').waitFor({ state: 'attached' });

    const place = mistakePlace();
    await putCaret(page, place.offset);
    await page.keyboard.type('x');
    const problem = page.locator(`.problem.error[data-file="${LOCALE}.ink"][data-line="${place.line}"]`);
    await problem.waitFor();
    // The checker's wording in the reader's language; the action as typed, the file and line as they are.
    expect(await problem.locator('.message').textContent()).toBe(
      expected.lang === 'es'
        ? `acción desconocida "${place.action}x" en "#act:${place.action}x"`
        : `unknown action "${place.action}x" in "#act:${place.action}x"`,
    );
    expect(await problem.locator('.where').textContent()).toBe(`${LOCALE}.ink, ${expected.line} ${place.line}`);
    const summary = page.locator('#problems-summary');
    expect(await summary.textContent()).toContain(`${LOCALE}.ink, ${expected.line} ${place.line}: ${expected.unknown} "${place.action}x"`);

    const faults: string[] = [];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1024, height: 768 },
      { width: 1366, height: 768 },
    ]) {
      await resize(page, viewport);
      // The editor's last row at the window's bottom edge: the list lies below, the count and first error stay in view.
      await page.locator('#editor').evaluate((editor) => editor.scrollIntoView({ block: 'end' }));
      const box = await summary.boundingBox();
      const editorBox = await page.locator('#editor').boundingBox();
      if (!box || box.y < 0 || box.y + box.height > viewport.height + 1)
        faults.push(`${viewport.width}x${viewport.height}: the problems summary is out of view (${JSON.stringify(box)})`);
      if (!editorBox || editorBox.y + editorBox.height < 0 || editorBox.y > viewport.height)
        faults.push(`${viewport.width}x${viewport.height}: the editor is out of view`);
      faults.push(...(await reflowFaults(page)).map((f) => `${viewport.width}x${viewport.height}: ${f}`));
      await keepScreenshot(page, `author-problems-${expected.lang}-${viewport.width}`);
    }
    expect(faults).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // By keyboard: the problem's button takes the caret to the start of its line.
    await problem.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    expect(await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).selectionStart)).toBe(place.lineStart);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
