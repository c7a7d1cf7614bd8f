/**
 * "My partner touched it" (overdose-partner-exposure) in real Chromium, from the game's list to the
 * debrief with the keyboard alone: in English the one attempt in ten where the partner's exposure is
 * real (he is looked at, his pupils are pinpoint, he gets a spray and the mother's pharmacy box makes
 * it up); in Spanish the usual variant, where the partner's racing heart and fast breathing are panic
 * and he is washed with soap and water, not sprayed. The variant seed is fixed through the page's
 * crypto, so the golden path's picks (played in Node first) fit what the browser offers; the debrief
 * must agree with the engine run in Node. Each plays some twenty-five picks: on a loaded machine that
 * takes longer than the browser tests' default timeout.
 */
import { describe, expect, inject, it } from 'vitest';
import esRules from '../../locales/es/rules.json';
import { scoredSession } from '../../src/protocols/scored-session.js';
import { readGoldenPaths, type GoldenPath } from '../../src/tooling/golden-paths.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { chromiumForFile, keepScreenshot, openApp } from './helpers/browser.js';
import { activate, playToEnd, readDebrief } from './helpers/game.js';
import { fixSeed } from './helpers/scene-paths.js';
import { expectedReport, playableScenarios } from './helpers/scenarios.js';

const SCENARIO = 'overdose-partner-exposure';

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
  /** The actions (with their targets) of each pick, in English ids. */
  readonly acts: string[][];
  readonly partnerVariant: unknown;
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
  const acts: string[][] = [];
  for (const index of picks) {
    const offered = session.next().choices;
    choices.push(offered.map((c) => c.text.trim()));
    acts.push((offered[index]?.actions ?? []).map((a) => `${a.action}${a.params.target ? ` target=${String(a.params.target)}` : ''}`));
    session.choose(index);
  }
  return { seed, picks, choices, acts, partnerVariant: session.storyParameters.partner_variant };
}

const browser = chromiumForFile();

describe('my partner touched it, in the browser', () => {
  it('plays the variant where the partner really is poisoned from the list to the debrief with the keyboard', async () => {
    const path = golden('exemplary, the partner really is poisoned');
    const run = nodeRun(path, 'en');
    expect(run.partnerVariant).toBe(1);
    // He is looked at before he is sprayed: the check comes first, then the dose aimed at him.
    const checkAt = run.acts.findIndex((a) => a.includes('check_breathing target=partner'));
    const sprayAt = run.acts.findIndex((a) => a.includes('naloxone_nasal target=partner'));
    expect(checkAt).toBeGreaterThanOrEqual(0);
    expect(sprayAt).toBeGreaterThan(checkAt);

    const app = await openApp(browser(), inject('appUrl'), { beforeLoad: (context) => fixSeed(context, run.seed) });
    const { page } = app;
    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    expect(await page.locator(`[data-scenario-id="${SCENARIO}"] h3`).textContent()).toBe('My partner touched it');
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await page.locator('#briefing-heading').waitFor();
    expect(await page.locator('.dispatch-text').textContent()).toContain('Linden Court Apartments');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();

    let sawPinpointPupils = false;
    const played = await playToEnd(
      page,
      (choices, picked) => {
        const step = picked.length;
        expect(choices, `the choices before pick ${step + 1}`).toEqual(run.choices[step]);
        return found(run.picks[step], `pick ${step + 1} of the golden path`);
      },
      'keyboard',
      async () => {
        const narration = (await page.locator('.narration').textContent()) ?? '';
        if (narration.includes('His pupils are pinpoints')) sawPinpointPupils = true;
      },
    );
    expect(played.picks).toEqual(run.picks);
    expect(sawPinpointPupils).toBe(true);
    expect(await page.locator('.narration').textContent()).toContain('I have one. From the pharmacy');
    await keepScreenshot(page, `${SCENARIO}-end`);

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('to-debrief');
    await page.keyboard.press('Enter');
    const debrief = await readDebrief(page);
    expect(debrief.seed).toBe(run.seed);
    expect(debrief.passed).toBe(true);
    expect(debrief.score).toBe(100);
    expect(debrief.patient).toBe('revived');
    const verdict = (id: string) => debrief.rules.find((r) => r.id === id)?.verdict;
    expect([verdict('OD-NALOXONE-PROMPT'), verdict('OD-REDOSE'), verdict('FENT-NO-DELAY')]).toEqual(['met', 'met', 'met']);
    const expected = expectedReport({
      bundle: scenario.bundle,
      profileId: path.profile,
      locale: 'en',
      seed: run.seed,
      picks: played.picks,
    });
    const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
    expect(debrief.rules.sort(byId)).toEqual(expected.rules.map((r) => ({ id: r.id, verdict: r.verdict })).sort(byId));
    expect(debrief.score).toBe(expected.score);

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  }, 180_000);

  it('plays the usual variant in Spanish, the partner washed and not sprayed, to a Spanish debrief with the keyboard', async () => {
    const path = golden('exemplary, one dose');
    const run = nodeRun(path, 'es');
    expect(run.partnerVariant).not.toBe(1);
    expect(run.acts.flat()).toContain('wash_skin target=partner');
    expect(run.acts.flat()).not.toContain('naloxone_nasal target=partner');

    const app = await openApp(browser(), inject('appUrl'), { locale: 'es-US', beforeLoad: (context) => fixSeed(context, run.seed) });
    const { page } = app;
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    const card = page.locator(`[data-scenario-id="${SCENARIO}"]`);
    expect(await card.locator('h3').textContent()).toBe('Mi compañero lo tocó');
    expect(await card.locator('h3').getAttribute('lang')).toBe('es');
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await page.locator('#briefing-heading').waitFor();
    expect(await page.locator('.dispatch-text').getAttribute('lang')).toBe('es');
    expect(await page.locator('.dispatch-text').textContent()).toContain('Esta noche patrulla con el agente Luke Brandt');
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
    const narration = (await page.locator('.narration').textContent()) ?? '';
    expect(narration).toContain('eso no es lo que hace un opioide');
    expect(narration).toContain('terminé en Linden Court, quedo disponible');

    await page.keyboard.press('Enter');
    const debrief = await readDebrief(page);
    await keepScreenshot(page, `${SCENARIO}-spanish-debrief`);
    expect(await page.locator('#debrief-heading').textContent()).toBe('Informe');
    expect(await page.locator('.result').textContent()).toBe('Aprobado');
    expect(debrief.passed).toBe(true);
    expect(debrief.score).toBe(100);
    const delay = page.locator('[data-rule-id="FENT-NO-DELAY"]');
    expect(await delay.getAttribute('data-verdict')).toBe('met');
    expect(await delay.locator('.explanation').textContent()).toBe(esRules['FENT-NO-DELAY'].met);
    const expected = expectedReport({
      bundle: scenario.bundle,
      profileId: path.profile,
      locale: 'es',
      seed: debrief.seed,
      picks: played.picks,
    });
    const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
    expect(debrief.rules.sort(byId)).toEqual(expected.rules.map((r) => ({ id: r.id, verdict: r.verdict })).sort(byId));
    expect(debrief.patient).toBe(expected.outcome.patient);

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  }, 180_000);
});
