/**
 * A scenario played in Spanish, in real Chromium, by a browser that prefers Spanish: the list, the
 * briefing, the narration and the choices are in Spanish (and say so with `lang`), the keyboard plays
 * the exemplary golden path to the debrief, and the debrief is in Spanish and agrees with the engine.
 * The bench scenario has no variants, so the golden path's picks fit whatever seed the game draws.
 */
import { describe, expect, it } from 'vitest';
import esRules from '../../locales/es/rules.json';
import { keepScreenshot } from './helpers/browser.js';
import { goldenScenario } from './helpers/golden-in-browser.js';

const scenario = goldenScenario('patdown-park-bench');
const GOLDEN_PATH = 'ask first, he empties his own pockets, card honoured';

describe('a scenario in Spanish', () => {
  it('plays the bench scenario in Spanish from the list to a Spanish debrief, with the keyboard', async () => {
    const run = scenario.nodeRun(GOLDEN_PATH, 'es');
    // The picks fit any seed only because the scenario has no variants; say so if that changes.
    const otherSeed = scenario.nodeRun(GOLDEN_PATH, 'es', 987_654);
    expect({ picks: otherSeed.picks, choices: otherSeed.choices }, `${scenario.id} now has variants: pick another way to play it`).toEqual({
      picks: run.picks,
      choices: run.choices,
    });

    const game = await scenario.open(run, {
      title: 'La banca junto a la camioneta',
      dispatch: 'Usted lleva guantes de nitrilo en el cinturón.',
      drawnSeed: true,
    });
    const { page } = game;
    expect(await page.locator('.narration').textContent()).toContain('Martes, 5:40 de la tarde.');
    await keepScreenshot(page, 'spanish-encounter');

    await game.play();
    expect(await page.locator('.narration').textContent()).toContain('Camina hasta la camioneta con la bolsa de papel bajo el brazo.');

    await game.expectDebrief({
      screenshot: 'spanish-debrief',
      passed: true,
      explained: { 'SH-ASK-FIRST': { verdict: 'met', explanation: esRules['SH-ASK-FIRST'].met } },
    });
    expect(await page.locator('.timeline .pick-head [lang="es"]').first().textContent()).toBe(run.choices[0]?.[run.picks[0] ?? 0]);
    await game.close();
  });
});
