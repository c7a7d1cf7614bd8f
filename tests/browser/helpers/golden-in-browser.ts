/**
 * A scenario's golden path played twice: in Node first, to know each pick's index and the choices
 * the engine offers in the trainee's language, then in the browser with the keyboard alone, from the
 * game's scenario list to the debrief, which must agree with the engine on the same picks. The
 * variant seed is fixed through the page's crypto (unless a test lets the game draw it), so the
 * browser plays the same variant as Node.
 */
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import esUi from '../../../locales/es/ui.json';
import type { Choice, ObservableState, ScenarioBundle, ScoreReport, Session } from '../../../src/engine/index.js';
import { scoredSession } from '../../../src/protocols/scored-session.js';
import { readGoldenPaths, type GoldenPath } from '../../../src/tooling/golden-paths.js';
import { loadProfile } from '../../../src/tooling/load-profile.js';
import { resolveScenarioDir } from '../../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../../src/tooling/picks.js';
import { chromiumForFile, keepScreenshot, openApp } from './browser.js';
import { activate, playToEnd, readDebrief, type DebriefOnScreen, type PlayedRun } from './game.js';
import { fixSeed } from './scene-paths.js';
import { expectedReport, playableScenarios } from './scenarios.js';

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} not found`);
  return value;
}

export type Locale = 'en' | 'es';

/** The golden path played in Node in one locale: what the browser must offer at each step. */
export interface NodeRun {
  readonly scenarioId: string;
  readonly bundle: ScenarioBundle;
  readonly path: GoldenPath;
  readonly locale: Locale;
  readonly seed: number;
  /** The index of each pick, as the golden path (written against the English choices) makes them. */
  readonly picks: number[];
  /** The choices offered before each pick, in `locale`. */
  readonly offered: (readonly Choice[])[];
  /** Their texts, as the browser shows them. */
  readonly choices: string[][];
  /** What the officer could observe before the first pick, then after each. */
  readonly states: ObservableState[];
  /** The session at the end: the variant it drew (parameters, story parameters). */
  readonly session: Session;
}

export interface GoldenScenario {
  readonly id: string;
  readonly bundle: ScenarioBundle;
  /** The golden path of that name, played in Node in `locale`, at its own seed unless `seed` is given. */
  nodeRun(pathName: string, locale: Locale, seed?: number): NodeRun;
  /**
   * Opens the game in a browser that prefers the run's language and goes with the keyboard to the
   * scenario list, the scenario's briefing and its first choice. Checks on the way that every screen
   * is in that language and says so with `lang` (the page, the card, the briefing, the narration and
   * the choices), with no note that the scenario is only in another.
   */
  open(run: NodeRun, expected: ListAndBriefing): Promise<GameUnderTest>;
}

export interface ListAndBriefing {
  /** The scenario's title, on its card in the list and as the briefing's heading. */
  readonly title: string;
  /** Words the briefing's dispatch says. */
  readonly dispatch: string;
  /** Let the game draw the variant seed: only for a scenario without variants. */
  readonly drawnSeed?: boolean;
}

/**
 * A scenario whose golden paths a test file plays in the browser: one Chromium is launched for the
 * file (call it at the top of the file, as `chromiumForFile`).
 */
export function goldenScenario(id: string): GoldenScenario {
  const { bundle } = found(
    playableScenarios().find((s) => s.id === id),
    `playable scenario ${id}`,
  );
  const paths = readGoldenPaths(resolveScenarioDir(id))?.paths ?? [];
  const browser = chromiumForFile();
  return {
    id,
    bundle,
    nodeRun(pathName, locale, seed) {
      const path = found(
        paths.find((p) => p.name === pathName),
        `golden path "${pathName}" of ${id}`,
      );
      return nodeRun(id, bundle, path, locale, seed ?? path.seed ?? 1);
    },
    open: (run, expected) => openFromList(browser(), run, expected),
  };
}

function nodeRun(scenarioId: string, bundle: ScenarioBundle, path: GoldenPath, locale: Locale, seed: number): NodeRun {
  const profile = loadProfile(path.profile);
  if (!profile.ok) throw new Error(`profile ${path.profile} does not load`);
  const english = scoredSession({ scenario: bundle, profile: profile.profile, seed, locale: 'en' });
  playPicks(english, parsePicks(path.picks));
  const picks = english.picks().map((p) => p.index);
  const session = scoredSession({ scenario: bundle, profile: profile.profile, seed, locale });
  const offered: (readonly Choice[])[] = [];
  const states: ObservableState[] = [session.next().state];
  for (const index of picks) {
    offered.push(session.next().choices);
    states.push(session.choose(index).state);
  }
  const choices = offered.map((step) => step.map((c) => c.text.trim()));
  return { scenarioId, bundle, path, locale, seed, picks, offered, choices, states, session };
}

export interface DebriefExpectation {
  readonly passed: boolean;
  /** The score, where the test knows it (it is always compared with the engine's). */
  readonly score?: number;
  /** The patient's outcome, where the test knows it (it is always compared with the engine's). */
  readonly patient?: string;
  /** Verdicts the debrief must give, by rule id. */
  readonly verdicts?: Readonly<Record<string, string>>;
  /** Rules whose row must show its verdict and this explanation of it, in the run's language. */
  readonly explained?: Readonly<Record<string, { readonly verdict: string; readonly explanation: string }>>;
  /** The name of a screenshot of the debrief to keep. */
  readonly screenshot?: string;
}

/** The game in a browser, at the first choice of a run Node has played. */
export interface GameUnderTest {
  readonly page: Page;
  /**
   * Plays the run's picks with the keyboard to the ending, checking before each pick that the
   * browser offers the very choices Node was offered. `afterPick` reads the screen after each pick.
   */
  play(afterPick?: (count: number) => Promise<void>): Promise<void>;
  /**
   * From the ending to the debrief with the keyboard (focus waits on the way there, Enter takes it),
   * then checks the debrief: what the test expects of this path, then that it agrees with the engine
   * run in Node on the same scenario, profile, language, seed and picks (every rule's verdict, the
   * score and the patient's outcome). In Spanish, the heading and the result are in Spanish. Returns
   * the engine's report, for what else a test reads in it.
   */
  expectDebrief(expected: DebriefExpectation): Promise<ScoreReport>;
  /** Checks that the page logged no error and asked nothing of another server, and closes it. */
  close(): Promise<void>;
}

const BROWSER_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

async function openFromList(browser: Browser, run: NodeRun, expected: ListAndBriefing): Promise<GameUnderTest> {
  const seedFixed = expected.drawnSeed !== true;
  const app = await openApp(browser, inject('appUrl'), {
    locale: BROWSER_LOCALE[run.locale],
    ...(seedFixed ? { beforeLoad: (context) => fixSeed(context, run.seed) } : {}),
  });
  const { page } = app;
  expect(await page.locator('html').getAttribute('lang')).toBe(run.locale);
  await activate(page, '#open-scenarios');
  await page.locator('#list-heading').waitFor();
  const card = page.locator(`[data-scenario-id="${run.scenarioId}"]`);
  expect(await card.locator('h3').textContent()).toBe(expected.title);
  expect(await card.locator('h3').getAttribute('lang')).toBe(run.locale);
  expect(await card.locator('.language-note').count()).toBe(0);
  await activate(page, `[data-scenario-id="${run.scenarioId}"] button[data-action="play"]`);
  await page.locator('#briefing-heading').waitFor();
  expect(await page.locator('#briefing-heading').textContent()).toBe(expected.title);
  expect(await page.locator('.dispatch-text').getAttribute('lang')).toBe(run.locale);
  expect(await page.locator('.dispatch-text').textContent()).toContain(expected.dispatch);
  await activate(page, '#begin');
  await page.locator('.choice-list button').first().waitFor();
  expect(await page.locator('.narration').getAttribute('lang')).toBe(run.locale);
  expect(await page.locator('.choice-list').getAttribute('lang')).toBe(run.locale);

  let played: PlayedRun | undefined;
  return {
    page,
    async play(afterPick) {
      played = await playToEnd(
        page,
        (choices, picked) => {
          const step = picked.length;
          expect(choices, `the choices before pick ${step + 1}`).toEqual(run.choices[step]);
          const index = run.picks[step];
          if (index === undefined) throw new Error(`the story did not end after the ${step} picks of the golden path`);
          return index;
        },
        'keyboard',
        afterPick,
      );
      expect(played.picks).toEqual(run.picks);
    },
    async expectDebrief(expected) {
      const picks = found(played, 'a played run (call play() first)').picks;
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('to-debrief');
      await page.keyboard.press('Enter');
      const debrief = await readDebrief(page);
      if (expected.screenshot !== undefined) await keepScreenshot(page, expected.screenshot);
      expectAsTheTestSays(debrief, expected, seedFixed ? run.seed : undefined);
      if (run.locale === 'es') {
        expect(await page.locator('#debrief-heading').textContent()).toBe('Informe');
        expect(await page.locator('.result').textContent()).toBe(expected.passed ? 'Aprobado' : esUi.debrief.failed);
      }
      for (const [id, { verdict, explanation }] of Object.entries(expected.explained ?? {})) {
        const row = page.locator(`[data-rule-id="${id}"]`);
        expect(await row.getAttribute('data-verdict')).toBe(verdict);
        expect(await row.locator('.explanation').textContent()).toBe(explanation);
      }
      return expectAsTheEngineSays(debrief, run, picks);
    },
    async close() {
      expect(app.errors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      await app.context.close();
    },
  };
}

function expectAsTheTestSays(debrief: DebriefOnScreen, expected: DebriefExpectation, seed: number | undefined): void {
  if (seed !== undefined) expect(debrief.seed).toBe(seed);
  expect(debrief.passed).toBe(expected.passed);
  if (expected.score !== undefined) expect(debrief.score).toBe(expected.score);
  if (expected.patient !== undefined) expect(debrief.patient).toBe(expected.patient);
  const verdicts = Object.entries(expected.verdicts ?? {});
  expect(verdicts.map(([id]) => ({ id, verdict: debrief.rules.find((r) => r.id === id)?.verdict }))).toEqual(
    verdicts.map(([id, verdict]) => ({ id, verdict })),
  );
}

/** The engine, run in Node on the same scenario, profile, language, seed and picks, gives the same debrief. */
function expectAsTheEngineSays(debrief: DebriefOnScreen, run: NodeRun, picks: readonly number[]): ScoreReport {
  const report = expectedReport({ bundle: run.bundle, profileId: run.path.profile, locale: run.locale, seed: debrief.seed, picks });
  expect(report.locale).toBe(run.locale);
  const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
  expect([...debrief.rules].sort(byId)).toEqual(report.rules.map((r) => ({ id: r.id, verdict: r.verdict })).sort(byId));
  expect(debrief.score).toBe(report.score);
  expect(debrief.patient).toBe(report.outcome.patient);
  return report;
}
