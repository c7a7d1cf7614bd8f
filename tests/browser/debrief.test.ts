/**
 * The debrief in real Chromium against the built app: a replay from a chosen pick, and a failing
 * golden path played in learn mode, with its hint on the encounter screen and its verdicts after.
 * The verdicts expected here are fixed from docs/protocols.md, not computed by the engine under test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile, openApp } from './helpers/browser.js';
import { firstUnpicked, playToEnd, readDebrief, startScenario as startFromTitle, tabTo, type Policy } from './helpers/game.js';
import { fixSeed, pickChoice, scriptedPath } from './helpers/scene-paths.js';

const browser = chromiumForFile();

const RULE_TEXT = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', 'locales', 'en', 'rules.json'), 'utf8')) as Record<
  string,
  { title: string; violated: string }
>;

const pickTexts = (page: Page): Promise<string[]> => page.locator('.narration .line.pick span').allTextContents();
const offeredChoices = (page: Page): Promise<string[]> =>
  page
    .locator('.choice-list button .text')
    .allTextContents()
    .then((texts) => texts.map((t) => t.trim()));
const focusIsOnFirstChoice = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement !== null && document.activeElement === document.querySelector('.choice-list button'));

const startScenario = (page: Page, scenarioId: string): Promise<void> =>
  startFromTitle(page, scenarioId, { mode: 'learn', profile: 'model-policy' });

describe('replay from a pick', () => {
  it('starts the encounter again with exactly the picks before it, the next choices offered and focus on the first', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await startScenario(page, 'hub-overdose');
    // What the encounter offered before each pick, to compare with what the replay offers.
    const offered: string[][] = [];
    const recording: Policy = (choices, picked) => {
      offered.push([...choices]);
      return firstUnpicked(choices, picked);
    };
    const run = await playToEnd(page, recording, 'keyboard');
    expect(run.picks.length).toBeGreaterThan(2);
    await page.keyboard.press('Enter');
    await readDebrief(page);

    const replayFromThird = page.locator('[data-replay="2"]');
    expect((await replayFromThird.textContent())?.trim()).toBe('Replay from choice 3');
    await tabTo(page, '[data-replay="2"]', 300);
    await page.keyboard.press('Enter');

    await page.locator('.choice-list button').first().waitFor();
    expect(await pickTexts(page)).toEqual(run.texts.slice(0, 2));
    expect(await page.locator('.narration .note').allTextContents()).toContain('Replayed 2 earlier picks. Carry on from here.');
    expect(await offeredChoices(page)).toEqual(offered[2]);
    await page.waitForFunction(
      () => document.activeElement !== null && document.activeElement === document.querySelector('.choice-list button'),
    );
    expect(await focusIsOnFirstChoice(page)).toBe(true);
    expect(await page.locator('.hint p').count()).toBe(0);

    // The replay goes on from there: the next pick is the third.
    await page.keyboard.press('1');
    expect(await pickTexts(page)).toEqual([...run.texts.slice(0, 2), offered[2]![0]!]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});

describe('a failing golden path in learn mode', () => {
  // scenarios/overdose-apartment/paths.json: an arrest for possession after a good rescue.
  const scripted = scriptedPath('overdose-apartment', 'arresting Danny for possession fails under the model policy');
  const arrestPick = scripted.picks.findIndex((p) => p.text.startsWith('Arrest Danny for possession'));

  it('explains the broken rules right after the arrest, and the debrief shows them violated and the attempt not passed', async () => {
    expect(arrestPick).toBeGreaterThan(0);
    const app = await openApp(browser(), inject('appUrl'));
    const { page, context } = app;
    await fixSeed(context, scripted.seed);
    await page.reload();
    await page.locator('h1').first().waitFor();
    await startScenario(page, 'overdose-apartment');

    const hints: string[] = [];
    for (const { index, text } of scripted.picks) {
      if (await page.locator('#to-debrief').count()) break;
      await pickChoice(page, index, text);
      hints.push(((await page.locator('.hint').textContent()) ?? '').trim());
    }

    // docs/protocols.md: under model-policy the patient is protected for possession (GS-NO-ARREST) and the
    // agency overlay forbids any arrest at the scene (NA-NO-ARREST); both are critical.
    const noArrest = RULE_TEXT['NA-NO-ARREST']!;
    const goodSamaritan = RULE_TEXT['GS-NO-ARREST']!;
    const hint = hints[arrestPick] ?? '';
    expect(hint).toContain(`Hint: ${noArrest.violated}`);
    // The text around what the profile decides (the immunity kind, worded through a nested key).
    for (const part of goodSamaritan.violated.split(/\$t\([^)]*\)|\{\{\w+\}\}/)) expect(hint).toContain(part);
    for (const earlier of hints.slice(0, arrestPick)) {
      expect(earlier).not.toContain(noArrest.violated);
      expect(earlier).not.toContain(goodSamaritan.violated.split(/\$t\(|\{\{/)[0]);
    }

    await page.locator('#to-debrief').waitFor();
    await page.locator('#to-debrief').click();
    const debrief = await readDebrief(page);
    expect(debrief.passed).toBe(false);
    expect(await page.locator('.result').textContent()).toBe('Not passed');
    for (const id of ['GS-NO-ARREST', 'NA-NO-ARREST']) {
      expect(await page.locator(`.rules [data-rule-id="${id}"][data-verdict="violated"]`).count()).toBe(1);
      expect(await page.locator('.critical li').allTextContents()).toContain(RULE_TEXT[id]!.title);
    }
    expect(await page.locator('[data-rule-id="NA-NO-ARREST"] .explanation').textContent()).toBe(noArrest.violated);
    expect(await page.locator('[data-outcome="arrests"]').getAttribute('data-value')).toBe('1');
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await context.close();
  });
});
