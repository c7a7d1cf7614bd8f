/** Playing the built game as a trainee does: with the keyboard (or the mouse), reading the screen. */
import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches `selector`, as a keyboard user moves through a page. */
export async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function activate(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

/** Which choice to pick, given the choices' texts and the texts picked so far. */
export type Policy = (choices: readonly string[], picked: readonly string[]) => number;

/** The first choice not picked before, else the first: explores the story and reaches an ending. */
export const firstUnpicked: Policy = (choices, picked) =>
  Math.max(
    0,
    choices.findIndex((c) => !picked.includes(c)),
  );

/** The last choice not picked before, for a while; then as `firstUnpicked`, so that the story ends. */
export const lastUnpickedThenFirst: Policy = (choices, picked) => {
  if (picked.length >= 25) return firstUnpicked(choices, picked);
  for (let i = choices.length - 1; i >= 0; i--) if (!picked.includes(choices[i] ?? '')) return i;
  return 0;
};

export interface PlayedRun {
  /** 0-based indexes among the choices offered, in order. */
  readonly picks: number[];
  readonly texts: string[];
  /** Learn-mode hints seen after picks, in total. */
  readonly hints: number;
}

const MAX_PICKS = 200;

/**
 * Plays the encounter on screen until it ends. With the keyboard: the number key of the choice, or
 * Tab from the first choice and Enter past the ninth. Checks after every pick that focus is back on
 * the first choice.
 */
export async function playToEnd(
  page: Page,
  policy: Policy,
  input: 'keyboard' | 'mouse',
  afterPick?: (count: number) => Promise<void>,
): Promise<PlayedRun> {
  const picks: number[] = [];
  const texts: string[] = [];
  let hints = 0;
  await page.locator('.choice-list button, #to-debrief').first().waitFor();
  for (let n = 0; n < MAX_PICKS; n++) {
    // One look at the screen per pick: a pick is handled synchronously, so the screen is up to date.
    const screen = await page.evaluate(() => ({
      ended: document.getElementById('to-debrief') !== null,
      choices: [...document.querySelectorAll('.choice-list button .text')].map((e) => (e.textContent ?? '').trim()),
      focusOnFirstChoice: document.activeElement === document.querySelector('.choice-list button'),
      picksInLog: document.querySelectorAll('.narration .line.pick').length,
      hints: document.querySelectorAll('.hint p').length,
    }));
    hints += screen.hints;
    if (screen.picksInLog !== picks.length) throw new Error(`the narration shows ${screen.picksInLog} picks, not ${picks.length}`);
    if (screen.ended) return { picks, texts, hints };
    if (screen.choices.length === 0) throw new Error(`no choices and no ending after ${n} picks`);
    if (!screen.focusOnFirstChoice) throw new Error(`focus is not on the first choice before pick ${n + 1}`);
    const index = policy(screen.choices, texts);
    if (input === 'mouse') await page.locator('.choice-list button').nth(index).click();
    else if (index < 9) await page.keyboard.press(String(index + 1));
    else {
      for (let i = 0; i < index; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    }
    picks.push(index);
    texts.push(screen.choices[index] ?? '');
    await afterPick?.(picks.length);
  }
  throw new Error(`the story did not end within ${MAX_PICKS} picks`);
}

export interface DebriefOnScreen {
  readonly passed: boolean;
  readonly score: number;
  readonly seed: number;
  readonly rules: { id: string; verdict: string }[];
  readonly patient: string;
}

export async function readDebrief(page: Page): Promise<DebriefOnScreen> {
  await page.locator('#debrief-heading').waitFor();
  return page.evaluate(() => {
    const result = document.querySelector('.result');
    return {
      passed: result?.getAttribute('data-passed') === 'true',
      score: Number(result?.getAttribute('data-score')),
      seed: Number(document.querySelector('[data-seed]')?.getAttribute('data-seed')),
      rules: [...document.querySelectorAll('.rules [data-rule-id]')].map((e) => ({
        id: e.getAttribute('data-rule-id') ?? '',
        verdict: e.getAttribute('data-verdict') ?? '',
      })),
      patient: document.querySelector('[data-outcome="patient"]')?.getAttribute('data-value') ?? '',
    };
  });
}

export interface StartOptions {
  readonly mode?: 'learn' | 'assess';
  /** The assess clock's speed, as the title screen offers it. */
  readonly timeFactor?: string;
  readonly profile?: string;
}

/**
 * Unfolds the title screen's settings, as a trainee does by choosing "Settings": they are folded
 * once chosen on the device (after a reload, say), and a folded control cannot be used.
 */
export async function openSettings(page: Page): Promise<void> {
  const panel = page.locator('#title-settings');
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await panel.locator('.settings-fields').waitFor();
}

/** From the title screen to the first choice of a scenario, with the keyboard. */
export async function startScenario(page: Page, scenarioId: string, options: StartOptions = {}): Promise<void> {
  if (options.mode || options.timeFactor) await openSettings(page);
  if (options.mode) await page.locator(`#mode-${options.mode}`).check();
  if (options.timeFactor) await page.locator('#time-factor').selectOption(options.timeFactor);
  await activate(page, '#open-scenarios');
  if (options.profile) {
    await page.locator('#list-heading').waitFor();
    await page.locator('#profile').selectOption(options.profile);
  }
  await activate(page, `[data-scenario-id="${scenarioId}"] button[data-action="play"]`);
  await activate(page, '#begin');
  await page.locator('.choice-list button').first().waitFor();
}
