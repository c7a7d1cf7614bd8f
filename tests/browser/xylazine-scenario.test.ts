/**
 * "Naloxone isn't enough" (overdose-shelter-xylazine) in real Chromium, from the game's list to the
 * debrief with the keyboard alone: the two-dose variant in English, with the state panel showing
 * his breathing go from slow to none, back to slow after the first spray and to normal after the
 * second while he never responds; and the one-dose variant in Spanish. The variant seed is fixed
 * through the page's crypto, so the golden path's picks (played in Node first) fit what the browser
 * offers; the debrief must agree with the engine run in Node. Each plays some thirty picks: on a
 * loaded machine that takes longer than the browser tests' default timeout.
 */
import { scoredSession } from '../../src/protocols/scored-session.js';
import { describe, expect, inject, it } from 'vitest';
import enUi from '../../locales/en/ui.json';
import esRules from '../../locales/es/rules.json';
import type { ObservableState } from '../../src/engine/index.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { describeState } from '../../src/kit/describe-state.js';

import { readGoldenPaths, type GoldenPath } from '../../src/tooling/golden-paths.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { chromiumForFile, keepScreenshot, openApp } from './helpers/browser.js';
import { activate, playToEnd, readDebrief } from './helpers/game.js';
import { fixSeed } from './helpers/scene-paths.js';
import { expectedReport, playableScenarios } from './helpers/scenarios.js';

const SCENARIO = 'overdose-shelter-xylazine';

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
  /** The breathing after each pick, and before the first. */
  readonly breathing: string[];
  /** The state panel's breathing and responsiveness rows (what the officer has found) after each pick, and before the first. */
  readonly panel: { breathing: string; responsive: string }[];
  readonly dosesNeeded: number;
}

/** The golden path played in Node in `locale`: what the browser must offer and show at each step. */
function nodeRun(path: GoldenPath, locale: string): NodeRun {
  const profile = loadProfile(path.profile);
  if (!profile.ok) throw new Error(`profile ${path.profile} does not load`);
  const seed = path.seed ?? 1;
  const english = scoredSession({ scenario: scenario.bundle, profile: profile.profile, seed, locale: 'en' });
  playPicks(english, parsePicks(path.picks));
  const picks = english.picks().map((p) => p.index);
  const session = scoredSession({ scenario: scenario.bundle, profile: profile.profile, seed, locale });
  const choices: string[][] = [];
  const t = createTranslator(locale);
  const panelOf = (state: ObservableState) => {
    const rows = describeState(state, t);
    const row = (id: string): string => rows.find((r) => r.id === id)?.value ?? '';
    return { breathing: row('breathing'), responsive: row('responsive') };
  };
  const first = session.next().state;
  const breathing: string[] = [first.breathing];
  const panel = [panelOf(first)];
  for (const index of picks) {
    choices.push(session.next().choices.map((c) => c.text.trim()));
    const { state } = session.choose(index);
    breathing.push(state.breathing);
    panel.push(panelOf(state));
  }
  return { seed, picks, choices, breathing, panel, dosesNeeded: session.parameters.dosesNeeded };
}

/** A list without consecutive repeats: the changes a trainee sees. */
function changesOf(values: readonly string[]): string[] {
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

const browser = chromiumForFile();

describe('naloxone is not enough, in the browser', () => {
  it('plays the two-dose variant from the list to the debrief with the keyboard, the state panel following his breathing', async () => {
    const path = golden('exemplary, two doses');
    const run = nodeRun(path, 'en');
    expect(run.dosesNeeded).toBe(2);
    expect(changesOf(run.breathing)).toEqual(['slow', 'none', 'slow', 'normal']);

    const app = await openApp(browser(), inject('appUrl'), { beforeLoad: (context) => fixSeed(context, run.seed) });
    const { page } = app;
    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    expect(await page.locator(`[data-scenario-id="${SCENARIO}"] h3`).textContent()).toBe("Naloxone isn't enough");
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await page.locator('#briefing-heading').waitFor();
    expect(await page.locator('.dispatch-text').textContent()).toContain('Second Street Navigation Center');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();

    const panel = (row: string) => page.locator(`.state-panel [data-state="${row}"] dd`).textContent();
    const seen: string[] = [(await panel('breathing')) ?? ''];
    const responds: string[] = [(await panel('responsive')) ?? ''];
    const played = await playToEnd(
      page,
      (choices, picked) => {
        const step = picked.length;
        expect(choices, `the choices before pick ${step + 1}`).toEqual(run.choices[step]);
        return found(run.picks[step], `pick ${step + 1} of the golden path`);
      },
      'keyboard',
      async () => {
        if ((await page.locator('#to-debrief').count()) > 0) return;
        seen.push((await panel('breathing')) ?? '');
        responds.push((await panel('responsive')) ?? '');
      },
    );
    expect(played.picks).toEqual(run.picks);
    // The panel shows what the officer found, when they looked: nothing before the first check.
    // Read before the first pick and after every pick but the last (the ending is shown then).
    expect(seen).toEqual(run.panel.slice(0, seen.length).map((p) => p.breathing));
    expect(responds).toEqual(run.panel.slice(0, responds.length).map((p) => p.responsive));
    expect(seen.length).toBe(run.picks.length);
    expect(seen[0]).toBe(enUi.state.notChecked);
    const words = enUi.breathing;
    expect(changesOf(seen.map((s) => s.replace(/ \(checked .*\)$/, '')))).toEqual(
      expect.arrayContaining([enUi.state.notChecked, words.slow, words.normal]),
    );
    expect(new Set(responds.map((s) => s.replace(/ \(checked .*\)$/, '')))).toEqual(new Set([enUi.state.notChecked, enUi.state.no]));
    await keepScreenshot(page, `${SCENARIO}-end`);

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('to-debrief');
    await page.keyboard.press('Enter');
    const debrief = await readDebrief(page);
    expect(debrief.seed).toBe(run.seed);
    expect(debrief.passed).toBe(true);
    expect(debrief.score).toBe(100);
    expect(debrief.patient).toBe('in_ems_care');
    const verdict = (id: string) => debrief.rules.find((r) => r.id === id)?.verdict;
    expect([verdict('OD-REDOSE'), verdict('OD-OXYGEN'), verdict('OD-RECOVERY-POSITION')]).toEqual(['met', 'met', 'met']);
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

  it('plays the one-dose variant in Spanish from the list to a Spanish debrief with the keyboard', async () => {
    const path = golden('exemplary, one dose');
    const run = nodeRun(path, 'es');
    expect(run.dosesNeeded).toBe(1);
    expect(changesOf(run.breathing)).toEqual(['slow', 'none', 'normal']);

    const app = await openApp(browser(), inject('appUrl'), { locale: 'es-US', beforeLoad: (context) => fixSeed(context, run.seed) });
    const { page } = app;
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    const card = page.locator(`[data-scenario-id="${SCENARIO}"]`);
    expect(await card.locator('h3').textContent()).toBe('La naloxona no basta');
    expect(await card.locator('h3').getAttribute('lang')).toBe('es');
    await activate(page, `[data-scenario-id="${SCENARIO}"] button[data-action="play"]`);
    await page.locator('#briefing-heading').waitFor();
    expect(await page.locator('.dispatch-text').getAttribute('lang')).toBe('es');
    expect(await page.locator('.dispatch-text').textContent()).toContain('un albergue de bajo umbral');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    expect(await page.locator('.choice-list').getAttribute('lang')).toBe('es');

    const seen: string[] = [];
    const played = await playToEnd(
      page,
      (choices, picked) => {
        const step = picked.length;
        expect(choices, `the choices before pick ${step + 1}`).toEqual(run.choices[step]);
        return found(run.picks[step], `pick ${step + 1} of the golden path`);
      },
      'keyboard',
      async () => {
        if ((await page.locator('#to-debrief').count()) === 0)
          seen.push((await page.locator('.state-panel [data-state="breathing"] dd').textContent()) ?? '');
      },
    );
    expect(played.picks).toEqual(run.picks);
    // Read after every pick but the last.
    expect(seen).toEqual(run.panel.slice(1, seen.length + 1).map((p) => p.breathing));
    expect(seen.length).toBe(run.picks.length - 1);
    expect(await page.locator('.narration').textContent()).toContain('terminé en la calle Second, quedo disponible');

    await page.keyboard.press('Enter');
    const debrief = await readDebrief(page);
    await keepScreenshot(page, `${SCENARIO}-spanish-debrief`);
    expect(await page.locator('#debrief-heading').textContent()).toBe('Informe');
    expect(await page.locator('.result').textContent()).toBe('Aprobado');
    expect(debrief.passed).toBe(true);
    expect(debrief.score).toBe(100);
    const roll = page.locator('[data-rule-id="OD-RECOVERY-POSITION"]');
    expect(await roll.getAttribute('data-verdict')).toBe('met');
    expect(await roll.locator('.explanation').textContent()).toBe(esRules['OD-RECOVERY-POSITION'].met);
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
