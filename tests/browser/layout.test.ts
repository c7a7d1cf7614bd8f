/**
 * Every page on every academy device, in real Chromium, in English and Spanish: each screen of the
 * game, the dashboard, the author preview, the projector and the console, at 320x640, 390x844,
 * 1024x768, 1366x768 and 1920x1080, reflows without a horizontal scroll and with no control beyond
 * the window's width; during an encounter the narration shows five lines or more and no panel lies
 * over the people the picture draws (where its own layout put them). Screenshots of every screen at
 * 390, 1024 and 1366 px are kept. Then the encounter's menu (restart and quit keep the attempt),
 * pause by key in both modes, and the debrief's order, in English.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { attemptsJson } from '../../src/export/attempts-json.js';
import { classAttempts } from '../dashboard/class-attempts.js';
import { chromiumForFile, keepScreenshot, openApp, UNTIL_STORED } from './helpers/browser.js';
import { activate, lastUnpickedThenFirst, openSettings, startScenario } from './helpers/game.js';
import { coveredPeople, narrationFaults, reflowFaults, resize, SCREENSHOT_WIDTHS, VIEWPORTS, type Viewport } from './helpers/layout.js';
import { storedAttempts } from './helpers/device-attempts.js';

const browser = chromiumForFile();
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCENARIO = 'overdose-apartment';

let folder = '';
let classExport = '';
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'good-call-layout-'));
  classExport = path.join(folder, 'class.json');
  writeFileSync(classExport, attemptsJson(classAttempts()));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The width the encounter picture's stage takes (src/ui/phaser/palette.ts): the people are drawn across it. */
const stageWidth = (viewport: Viewport): number => (viewport.width >= 900 ? Math.round(viewport.width * 0.42) : viewport.width);

/** Once the picture has been laid out again for this window (its people across the new stage). */
async function pictureLaidOut(page: Page, viewport: Viewport): Promise<void> {
  await page.waitForFunction((width) => {
    const probe = (window as unknown as { goodCallPicture?: () => { people: { w: number }[] } | null }).goodCallPicture?.();
    return probe?.people[0]?.w === width;
  }, stageWidth(viewport));
}

/**
 * Resizes the page through every device, collecting what breaks (prefixed with the screen and the
 * size) and keeping the screenshots. `encounter` adds the narration's height and the people's cover.
 */
async function atEverySize(page: Page, screen: string, lang: string, encounter = false): Promise<string[]> {
  const faults: string[] = [];
  for (const viewport of VIEWPORTS) {
    await resize(page, viewport);
    const found = await reflowFaults(page);
    if (encounter) {
      await pictureLaidOut(page, viewport);
      found.push(...(await narrationFaults(page)));
      const covered = await coveredPeople(page);
      found.push(...covered.faults);
    }
    faults.push(...found.map((fault) => `${screen} at ${viewport.width}x${viewport.height}: ${fault}`));
    if (SCREENSHOT_WIDTHS.includes(viewport.width)) await keepScreenshot(page, `layout-${screen}-${lang}-${viewport.width}`);
  }
  return faults;
}

/** Picks until the picture shows people (the first lines may be on the way, in the patrol car). */
async function untilPeopleShow(page: Page): Promise<void> {
  for (let n = 0; n < 10; n++) {
    const people = await page.evaluate(
      () => (window as unknown as { goodCallPicture?: () => { people: unknown[] } | null }).goodCallPicture?.()?.people.length ?? 0,
    );
    if (people > 0) return;
    await page.locator('.choice-list button').first().click();
  }
  throw new Error('the picture never showed the people on scene');
}

async function playOnToDebrief(page: Page): Promise<void> {
  const picked: string[] = [];
  for (let n = 0; n < 200; n++) {
    await page.locator('.choices:not([hidden]) .choice-list button, #to-debrief').first().waitFor();
    if ((await page.locator('#to-debrief').count()) > 0) break;
    const choices = (await page.locator('.choice-list button .text').allTextContents()).map((c) => c.trim());
    const index = lastUnpickedThenFirst(choices, picked);
    picked.push(choices[index] ?? '');
    await page.locator('.choice-list button').nth(index).click();
  }
  await activate(page, '#to-debrief');
  await page.locator('#debrief-heading').waitFor();
}

/** The picks shown in the narration so far. */
const picksShown = (page: Page): Promise<number> => page.locator('.narration .line.pick').count();

describe.each([
  { lang: 'en', locale: 'en-US' },
  { lang: 'es', locale: 'es-US' },
])('every screen on every device ($lang)', ({ lang, locale }) => {
  it('the game: title, scenarios, briefing, encounter and its menu, debrief (in its order) and history', async () => {
    const { page, errors } = await openApp(browser(), inject('appUrl'), { locale });
    const faults: string[] = [];
    faults.push(...(await atEverySize(page, 'title', lang)));
    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    faults.push(...(await atEverySize(page, 'scenarios', lang)));
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await page.locator('#begin').waitFor();
    faults.push(...(await atEverySize(page, 'briefing', lang)));
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    await untilPeopleShow(page);
    faults.push(...(await atEverySize(page, 'encounter', lang, true)));
    await page.locator('#encounter-menu-button').click();
    await page.locator('#encounter-menu[open]').waitFor();
    faults.push(...(await atEverySize(page, 'encounter-menu', lang)));
    await page.keyboard.press('Escape');
    await page.locator('#encounter-menu[open]').waitFor({ state: 'detached' });

    await playOnToDebrief(page);
    faults.push(...(await atEverySize(page, 'debrief', lang)));
    await expectDebriefOrder(page);
    await page.goto(inject('appUrl'));
    await activate(page, '#open-history');
    await page.locator('#history-heading').waitFor();
    faults.push(...(await atEverySize(page, 'history', lang)));
    expect(faults).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the trainer pages: the dashboard (a class, an attempt, a certificate) and the author preview playing', async () => {
    const { page, errors } = await openApp(browser(), `${inject('appUrl')}instructor.html`, { locale });
    const faults: string[] = [];
    faults.push(...(await atEverySize(page, 'dashboard-empty', lang)));
    await page.setInputFiles('#import-files', classExport);
    await page.locator('#import-status[data-total]').waitFor();
    await page.locator('#cohort').waitFor();
    faults.push(...(await atEverySize(page, 'dashboard', lang)));
    await page.locator('#attempt-table button[data-open="debrief"]').first().click();
    await page.locator('#attempt-view').waitFor();
    faults.push(...(await atEverySize(page, 'dashboard-attempt', lang)));
    await page.click('#attempt-view [data-action="back"]');
    await page.locator('#attempt-table button[data-open="certificate"]').first().click();
    await page.locator('.certificate').waitFor();
    faults.push(...(await atEverySize(page, 'dashboard-certificate', lang)));

    await page.goto(`${inject('appUrl')}author.html`);
    await page.locator('h1').first().waitFor();
    await page.setInputFiles('#open-folder', path.join(ROOT, 'scenarios', SCENARIO));
    await page.locator('.source-status', { hasText: SCENARIO }).waitFor();
    await page.locator('#problems-summary[data-errors="0"]').waitFor({ state: 'attached' });
    await page.locator('#play-start').click();
    for (let n = 0; n < 3; n++) {
      await page.locator('.author-choices button').first().waitFor();
      await page.locator('.author-choices button').first().click();
    }
    await page.locator('.log-table tbody tr').first().waitFor();
    faults.push(...(await atEverySize(page, 'author', lang)));
    expect(faults).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a class: the projector during an encounter, and the instructor console following it', async () => {
    const { page, context, errors } = await openApp(browser(), inject('appUrl'), { locale });
    await openSettings(page);
    await page.locator('#mode-assess').check();
    const [consolePage] = await Promise.all([context.waitForEvent('page'), activate(page, '#run-with-class')]);
    await consolePage.locator('.connection').first().waitFor();
    await activate(page, '#open-scenarios');
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    await untilPeopleShow(page);
    await consolePage.locator('[data-clock]').waitFor();
    const faults = [...(await atEverySize(page, 'projector', lang, true)), ...(await atEverySize(consolePage, 'console', lang))];
    expect(faults).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * The debrief leads with what matters: what became of the person, whether the attempt passed and
 * which condition failed, Try again and Print; then the decisions that mattered most; then the rules
 * folded by family; then the timeline and the measures.
 */
async function expectDebriefOrder(page: Page): Promise<void> {
  const order = await page.evaluate(() => {
    const at = (selector: string): number => {
      const found = document.querySelector(selector);
      return found ? [...document.querySelectorAll('*')].indexOf(found) : -1;
    };
    return {
      patient: at('.result-card [data-lead="patient"]'),
      result: at('.result-card .result'),
      failed: at('.result-card .failed-conditions li'),
      passed: document.querySelector('.result')?.getAttribute('data-passed'),
      tryAgain: at('.result-card #try-again'),
      print: at('.result-card #print-debrief'),
      decisions: at('.decisions li[data-pick]'),
      rules: at('.rules .rule-family'),
      timeline: at('.timeline'),
      outcome: at('.outcome'),
      openFamilies: document.querySelectorAll('.rules details.rule-family[open]').length,
      families: document.querySelectorAll('.rules details.rule-family').length,
    };
  });
  // The policy (the last choice not picked before) fails this scene: the failed condition is named at the top.
  expect(order.passed).toBe('false');
  for (const found of [order.patient, order.result, order.failed, order.tryAgain, order.print, order.decisions, order.rules])
    expect(found).toBeGreaterThan(-1);
  expect(order.patient).toBeLessThan(order.result);
  expect(order.result).toBeLessThan(order.failed);
  expect(order.failed).toBeLessThan(order.tryAgain);
  expect(order.tryAgain).toBeLessThan(order.print);
  expect(order.print).toBeLessThan(order.decisions);
  expect(order.decisions).toBeLessThan(order.rules);
  expect(order.rules).toBeLessThan(order.timeline);
  expect(order.timeline).toBeLessThan(order.outcome);
  expect(order.families).toBeGreaterThan(0);
  expect(order.openFamilies).toBe(0);
  expect(await page.locator('.decisions li[data-pick]').count()).toBeLessThanOrEqual(3);
  // Try again is a few Tabs from the heading, not forty.
  await page.locator('#debrief-heading').focus();
  for (let tabs = 1; tabs <= 4; tabs++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'try-again')) return;
  }
  throw new Error('Try again is more than four Tabs from the debrief heading');
}

describe('the encounter controls', () => {
  it('restart and quit from the menu keep the attempt; Resume and Escape close it where it was', async () => {
    const { page, errors } = await openApp(browser(), inject('appUrl'));
    await startScenario(page, SCENARIO, { mode: 'learn' });
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    expect(await picksShown(page)).toBe(2);

    await page.keyboard.press('Escape');
    await page.locator('#encounter-menu[open]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('menu-resume');
    // Nothing is picked behind the menu.
    await page.keyboard.press('1');
    expect(await picksShown(page)).toBe(2);
    await page.keyboard.press('Enter');
    await page.locator('#encounter-menu[open]').waitFor({ state: 'detached' });
    expect(await picksShown(page)).toBe(2);

    await page.locator('#encounter-menu-button').click();
    await page.locator('#menu-restart').click();
    await page.locator('.choice-list button').first().waitFor();
    await expect.poll(() => picksShown(page)).toBe(0);
    await page.keyboard.press('1');
    await expect.poll(() => picksShown(page)).toBe(1);

    await page.keyboard.press('m');
    await page.locator('#menu-quit').click();
    await page.locator('#list-heading').waitFor();
    // Both attempts are on the device, unfinished, with the picks made: the first before its restart, the second before its quit.
    await expect
      .poll(async () => (await storedAttempts(page)).map((a) => `${a.status}:${a.scenario.id}:${a.picks.length}`).sort(), UNTIL_STORED)
      .toEqual([`in-progress:${SCENARIO}:1`, `in-progress:${SCENARIO}:2`]);
    await page.goto(inject('appUrl'));
    await page.locator('#title-heading').waitFor();
    // The offer comes once the device's attempts are read, a moment after the title.
    await page.locator('.resume-offer').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('P pauses and resumes the clock in assess mode; in learn mode, with no clock, it opens the menu', async () => {
    const { page, errors } = await openApp(browser(), inject('appUrl'));
    await startScenario(page, SCENARIO, { mode: 'assess' });
    await page.keyboard.press('p');
    await page.locator('.clock-status', { hasText: 'Paused' }).waitFor();
    expect(await page.locator('#pause').textContent()).toBe('Resume');
    expect(await page.locator('.choices').isHidden()).toBe(true);
    await page.keyboard.press('p');
    await page.locator('.clock-status', { hasText: 'The clock is running' }).waitFor();
    await page.locator('.choices .choice-list button').first().waitFor();
    // The menu is the trainee's own pause: the clock stops while it is open and runs again when it closes.
    await page.keyboard.press('m');
    await page.locator('#encounter-menu[open]').waitFor();
    expect(await page.locator('#encounter-menu').textContent()).toContain('You paused the encounter');
    expect(await page.locator('.clock-status').textContent()).toContain('Paused');
    await page.keyboard.press('Escape');
    await page.locator('.clock-status', { hasText: 'The clock is running' }).waitFor();

    await page.goto(inject('appUrl'));
    await page.locator('#title-heading').waitFor();
    await openSettings(page);
    await page.locator('#mode-learn').check();
    await activate(page, '#open-scenarios');
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    expect(await page.locator('#pause').count()).toBe(0);
    await page.keyboard.press('p');
    await page.locator('#encounter-menu[open]').waitFor();
    await page.keyboard.press('1');
    expect(await picksShown(page)).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('#encounter-menu[open]').waitFor({ state: 'detached' });
    await page.keyboard.press('1');
    await expect.poll(() => picksShown(page)).toBe(1);
    expect(errors).toEqual([]);
  });
});
