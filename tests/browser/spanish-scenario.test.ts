/**
 * A scenario played in Spanish, in real Chromium, by a browser that prefers Spanish: the list, the
 * briefing, the narration and the choices are in Spanish (and say so with `lang`), the keyboard plays
 * the exemplary golden path to the debrief, and the debrief is in Spanish and agrees with the engine.
 * The bench scenario has no variants, so the golden path's picks fit whatever seed the game draws.
 */
import { describe, expect, it } from 'vitest';
import esRules from '../../locales/es/rules.json';
import { keepScreenshot, chromiumForFile } from './helpers/browser.js';
import {
  enterDebrief,
  expectCleanAndClose,
  expectDebrief,
  goldenScenario,
  openFromList,
  playGoldenPath,
} from './helpers/golden-in-browser.js';

const SCENARIO = 'patdown-park-bench';
const scenario = goldenScenario(SCENARIO);
const golden = scenario.golden('ask first, he empties his own pockets, card honoured');

const browser = chromiumForFile();

describe('a scenario in Spanish', () => {
  it('plays the bench scenario in Spanish from the list to a Spanish debrief, with the keyboard', async () => {
    const run = scenario.nodeRun(golden, 'es');
    // The picks fit any seed only because the scenario has no variants; say so if that changes.
    const otherSeed = scenario.nodeRun(golden, 'es', 987_654);
    expect({ picks: otherSeed.picks, choices: otherSeed.choices }, `${SCENARIO} now has variants: pick another way to play it`).toEqual({
      picks: run.picks,
      choices: run.choices,
    });

    const game = await openFromList(browser(), run, {
      title: 'La banca junto a la camioneta',
      dispatch: 'Usted lleva guantes de nitrilo en el cinturón.',
      drawnSeed: true,
    });
    const { page } = game;
    expect(await page.locator('.narration').textContent()).toContain('Martes, 5:40 de la tarde.');
    await keepScreenshot(page, 'spanish-encounter');

    const played = await playGoldenPath(game);
    expect(await page.locator('.narration').textContent()).toContain('Camina hasta la camioneta con la bolsa de papel bajo el brazo.');

    const debrief = await enterDebrief(game);
    await keepScreenshot(page, 'spanish-debrief');
    await expectDebrief(game, debrief, played, {
      passed: true,
      explained: { 'SH-ASK-FIRST': { verdict: 'met', explanation: esRules['SH-ASK-FIRST'].met } },
    });
    expect(await page.locator('.timeline .pick-head [lang="es"]').first().textContent()).toBe(run.choices[0]?.[run.picks[0] ?? 0]);
    await expectCleanAndClose(game);
  });
});
