/**
 * "Her phone and her bag" (patdown-robbery-report) in real Chromium, from the game's list to the
 * debrief with the keyboard alone: the exemplary path by the drop-in in English (the report taken at
 * once, no search, the program card honoured: a pass at 100), and in Spanish the officer who takes
 * her syringes "to write them up" and cites her: two major violations by two acts, a fail whatever
 * the score. The variant seed is fixed through the page's crypto, so the story parameters (the
 * drop-in, the warrant, whether she has used) and the golden path's picks, played in Node first, fit
 * what the browser offers; the debrief must agree with the engine run in Node.
 */
import { scoredSession } from '../../src/protocols/scored-session.js';
import { describe, expect, inject, it } from 'vitest';
import esRules from '../../locales/es/rules.json';
import esUi from '../../locales/es/ui.json';

import { readGoldenPaths, type GoldenPath } from '../../src/tooling/golden-paths.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { chromiumForFile, keepScreenshot, openApp } from './helpers/browser.js';
import { activate, playToEnd, readDebrief } from './helpers/game.js';
import { fixSeed } from './helpers/scene-paths.js';
import { expectedReport, playableScenarios } from './helpers/scenarios.js';

const SCENARIO = 'patdown-robbery-report';

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} not found`);
  return value;
}

const scenario = found(
  playableScenarios().find((s) => s.id === SCENARIO),
  `playable scenario ${SCENARIO}`,
);
const goldenPaths = readGoldenPaths(resolveScenarioDir(SCENARIO))?.paths ?? [];
const golden = (name: string): GoldenPath =>
  found(
    goldenPaths.find((p) => p.name === name),
    `golden path "${name}"`,
  );

interface NodeRun {
  readonly seed: number;
  readonly picks: number[];
  /** The choices' texts before each pick. */
  readonly choices: string[][];
  readonly storyParameters: Readonly<Record<string, unknown>>;
}

/** The golden path played in Node in `locale`: what the browser must offer at each step. */
function nodeRun(path: GoldenPath, locale: string): NodeRun {
  const profile = loadProfile(path.profile);
  if (!profile.ok) throw new Error(`profile ${path.profile} does not load`);
  const seed = path.seed ?? 1;
  const english = scoredSession({ scenario: scenario.bundle, profile: profile.profile, seed, locale: 'en' });
  playPicks(english, parsePicks(path.picks));
  const picks = english.picks().map((p) => p.index);
  const session = scoredSession({ scenario: scenario.bundle, profile: profile.profile, seed, locale });
  const choices: string[][] = [];
  for (const index of picks) {
    choices.push(session.next().choices.map((c) => c.text.trim()));
    session.choose(index);
  }
  return { seed, picks, choices, storyParameters: session.storyParameters };
}

const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);

const browser = chromiumForFile();

describe('a person who uses drugs reports a robbery, in the browser', () => {
  it('plays the exemplary path by the drop-in from the list to a passing debrief with the keyboard', async () => {
    const path = golden('exemplary, by the drop-in');
    const run = nodeRun(path, 'en');
    expect(run.storyParameters['at_drop_in']).toBe(1);

    const app = await openApp(browser(), inject('appUrl'), { beforeLoad: (context) => fixSeed(context, run.seed) });
    const { page } = app;
    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    expect(await page.locator(`[data-scenario-id="${SCENARIO}"] h3`).textContent()).toBe('Her phone and her bag');
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await page.locator('#briefing-heading').waitFor();
    expect(await page.locator('.dispatch-text').textContent()).toContain('Eastside Health Outreach drop-in');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    expect(await page.locator('.narration').textContent()).toContain('Outside the Eastside Health Outreach drop-in');

    const played = await playToEnd(
      page,
      (choices, picked) => {
        const step = picked.length;
        expect(choices, `the choices before pick ${step + 1}`).toEqual(run.choices[step]);
        return found(run.picks[step], `pick ${step + 1} of the golden path`);
      },
      'keyboard',
    );
    expect(played.picks).toEqual(run.picks);
    expect(await page.locator('.narration').textContent()).toContain('asks for you by name');
    await keepScreenshot(page, `${SCENARIO}-end`);

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('to-debrief');
    await page.keyboard.press('Enter');
    const debrief = await readDebrief(page);
    expect(debrief.seed).toBe(run.seed);
    expect(debrief.passed).toBe(true);
    expect(debrief.score).toBe(100);
    const verdict = (id: string) => debrief.rules.find((r) => r.id === id)?.verdict;
    expect([verdict('SH-ASK-FIRST'), verdict('SSP-RESPECT'), verdict('LC-SERVICE-SITE'), verdict('REF-VOLUNTARY')]).toEqual([
      'met',
      'met',
      'met',
      'met',
    ]);
    const expected = expectedReport({
      bundle: scenario.bundle,
      profileId: path.profile,
      locale: 'en',
      seed: run.seed,
      picks: played.picks,
    });
    expect(debrief.rules.sort(byId)).toEqual(expected.rules.map((r) => ({ id: r.id, verdict: r.verdict })).sort(byId));
    expect(debrief.score).toBe(expected.score);

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  }, 180_000);

  it('plays the confiscation and citation in Spanish from the list to a failing Spanish debrief with the keyboard', async () => {
    const path = golden('takes the syringes since they have to be written up, and cites her');
    const run = nodeRun(path, 'es');

    const app = await openApp(browser(), inject('appUrl'), { locale: 'es-US', beforeLoad: (context) => fixSeed(context, run.seed) });
    const { page } = app;
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    const card = page.locator(`[data-scenario-id="${SCENARIO}"]`);
    expect(await card.locator('h3').textContent()).toBe('Su teléfono y su bolsa');
    expect(await card.locator('h3').getAttribute('lang')).toBe('es');
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await page.locator('#briefing-heading').waitFor();
    expect(await page.locator('.dispatch-text').getAttribute('lang')).toBe('es');
    expect(await page.locator('.dispatch-text').textContent()).toContain('Usted patrulla sin compañero');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    expect(await page.locator('.choice-list').getAttribute('lang')).toBe('es');

    const played = await playToEnd(
      page,
      (choices, picked) => {
        const step = picked.length;
        expect(choices, `the choices before pick ${step + 1}`).toEqual(run.choices[step]);
        return found(run.picks[step], `pick ${step + 1} of the golden path`);
      },
      'keyboard',
    );
    expect(played.picks).toEqual(run.picks);
    expect(await page.locator('.narration').textContent()).toContain('Yo le hice señas a usted.');

    await page.keyboard.press('Enter');
    const debrief = await readDebrief(page);
    await keepScreenshot(page, `${SCENARIO}-spanish-debrief`);
    expect(await page.locator('#debrief-heading').textContent()).toBe('Informe');
    expect(await page.locator('.result').textContent()).toBe(esUi.debrief.failed);
    expect(debrief.passed).toBe(false);
    const ssp = page.locator('[data-rule-id="SSP-RESPECT"]');
    expect(await ssp.getAttribute('data-verdict')).toBe('violated');
    expect(await ssp.locator('.explanation').textContent()).toBe(esRules['SSP-RESPECT'].violated);
    const expected = expectedReport({
      bundle: scenario.bundle,
      profileId: path.profile,
      locale: 'es',
      seed: debrief.seed,
      picks: played.picks,
    });
    expect(expected.failedConditions).toEqual(['majorViolations', 'passMark']);
    expect(debrief.rules.sort(byId)).toEqual(expected.rules.map((r) => ({ id: r.id, verdict: r.verdict })).sort(byId));
    expect(debrief.score).toBe(expected.score);

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  }, 180_000);
});
