/**
 * The knowledge check as a trainee takes it, by keyboard: turned on on the title screen, answered
 * before the briefing, the encounter played to its end, answered again, and read beside the score in
 * the debrief with each question's explanation and source.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import enKnowledge from '../../locales/en/knowledge.json';
import esKnowledge from '../../locales/es/knowledge.json';
import { attemptsJson } from '../../src/export/attempts-json.js';
import { chromiumForFile, keepScreenshot, openApp, UNTIL_STORED } from './helpers/browser.js';
import { seriousViolations } from './helpers/axe.js';
import { activate, firstUnpicked, playToEnd, readDebrief, tabTo } from './helpers/game.js';
import { reflowFaults, resize } from './helpers/layout.js';
import { storedAttempts } from './helpers/device-attempts.js';

const browser = chromiumForFile();
const TEXT = { en: enKnowledge, es: esKnowledge } as const;
const OPTIONS = ['a', 'b', 'c', 'd'] as const;

/** Picks an option of one question by keyboard: Tab into its group, Space on the first, arrows down to the one wanted. */
async function answer(page: Page, item: string, option: (typeof OPTIONS)[number]): Promise<void> {
  await tabTo(page, `input[name="knowledge-${item}"]`);
  await page.keyboard.press('Space');
  for (let i = 0; i < OPTIONS.indexOf(option); i++) await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#knowledge-${item}-${option}`).isChecked()).toBe(true);
}

/** Screenshots at a phone's width and a laptop's, checking the screen reflows at each. */
async function keepAtWidths(page: Page, name: string): Promise<void> {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
  ]) {
    await resize(page, viewport);
    expect(await reflowFaults(page)).toEqual([]);
    await keepScreenshot(page, `${name}-${viewport.width}`);
  }
}

describe('the knowledge check', () => {
  it.each(['en', 'es'] as const)(
    '%s: is answered by keyboard before and after the encounter and shown beside the score',
    async (locale) => {
      const text = TEXT[locale];
      const app = await openApp(browser(), inject('appUrl'), { locale });
      const { page } = app;
      // Off by default; turned on with the keyboard.
      expect(await page.locator('#knowledge-check').isChecked()).toBe(false);
      await tabTo(page, '#knowledge-check');
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('#knowledge-check').isChecked()).toBe(true);
      await activate(page, '#open-scenarios');
      await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');

      // Before: the fixture trains naloxone and Good Samaritan law; one answer right, one wrong.
      await page.locator('#knowledge-heading').waitFor();
      expect(await page.locator('#knowledge-heading').textContent()).toBe(text.preHeading);
      expect(await page.locator('fieldset.knowledge-item').evaluateAll((f) => f.map((e) => e.getAttribute('data-item')))).toEqual([
        'naloxone-1',
        'good-samaritan-1',
      ]);
      expect(await page.locator('fieldset.knowledge-item legend .question-text').first().textContent()).toBe(
        text.items['naloxone-1'].question,
      );
      await answer(page, 'naloxone-1', 'c');
      await answer(page, 'good-samaritan-1', 'a');
      expect(await seriousViolations(page)).toEqual([]);
      await keepAtWidths(page, `knowledge-check-pre-${locale}`);
      await activate(page, '#knowledge-submit');

      await page.locator('#briefing-heading').waitFor();
      await activate(page, '#begin');
      await playToEnd(page, firstUnpicked, 'keyboard');
      await activate(page, '#to-debrief');

      // After: the same questions, now both right.
      await page.locator('#knowledge-heading').waitFor();
      expect(await page.locator('#knowledge-heading').textContent()).toBe(text.postHeading);
      expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
      await answer(page, 'naloxone-1', 'c');
      await answer(page, 'good-samaritan-1', 'd');
      await activate(page, '#knowledge-submit');

      const debrief = await readDebrief(page);
      expect(debrief.score).toBeGreaterThanOrEqual(0);
      const summary = page.locator('.result-card .knowledge-summary');
      expect(await summary.textContent()).toBe(
        text.summary.replace('{{pre}}', '1').replace('{{preCount}}', '2').replace('{{post}}', '2').replace('{{postCount}}', '2'),
      );
      const results = await page.locator('.knowledge-results li[data-item]').evaluateAll((items) =>
        items.map((li) => ({
          item: li.getAttribute('data-item'),
          before: li.querySelector('[data-answer="before"]')?.textContent,
          after: li.querySelector('[data-answer="after"]')?.textContent,
          explanation: li.querySelector('.explanation')?.textContent,
          source: li.querySelector('.sources')?.textContent,
        })),
      );
      expect(results.map((r) => r.item)).toEqual(['naloxone-1', 'good-samaritan-1']);
      expect(results[0]).toMatchObject({
        before: `${text.items['naloxone-1'].c} (${text.right})`,
        after: `${text.items['naloxone-1'].c} (${text.right})`,
        explanation: text.items['naloxone-1'].explanation,
      });
      expect(results[1]).toMatchObject({
        before: `${text.items['good-samaritan-1'].a} (${text.wrong})`,
        after: `${text.items['good-samaritan-1'].d} (${text.right})`,
      });
      expect(results[0]!.source).toContain('SAMHSA');
      expect(results[1]!.source).toContain('PDAPS');
      expect(await seriousViolations(page)).toEqual([]);
      await keepAtWidths(page, `knowledge-check-debrief-${locale}`);
      await page.locator('.knowledge-results').scrollIntoViewIfNeeded();
      await keepScreenshot(page, `knowledge-check-results-${locale}-1366`);

      // Kept on the device with the attempt, then exported and read by the instructor dashboard's pre/post view.
      await expect
        .poll(async () => (await storedAttempts(page)).find((a) => a.status === 'finished')?.knowledgeCheck?.post?.correct, UNTIL_STORED)
        .toBe(2);
      const stored = (await storedAttempts(page)).filter((a) => a.status === 'finished');
      expect(stored[0]!.knowledgeCheck?.pre?.correct).toBe(1);
      const dashboard = await app.context.newPage();
      const dashboardErrors: string[] = [];
      dashboard.on('pageerror', (error) => dashboardErrors.push(error.message));
      await dashboard.goto(`${inject('appUrl')}instructor.html`);
      await dashboard.setInputFiles('#import-files', {
        name: 'class.json',
        mimeType: 'application/json',
        buffer: Buffer.from(attemptsJson(stored)),
      });
      await dashboard.locator('#knowledge-families').waitFor();
      const families = await dashboard
        .locator('#knowledge-families tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute('data-family'), Number(r.getAttribute('data-pre')), Number(r.getAttribute('data-post'))]),
        );
      expect(families).toEqual([
        ['naloxone', 1, 1],
        ['good-samaritan', 0, 1],
      ]);
      expect(await seriousViolations(dashboard)).toEqual([]);
      await dashboard.locator('.knowledge-view').scrollIntoViewIfNeeded();
      await keepScreenshot(dashboard, `knowledge-check-dashboard-${locale}-1366`);

      expect(dashboardErrors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      expect(app.errors).toEqual([]);
      await app.context.close();
    },
  );
});
