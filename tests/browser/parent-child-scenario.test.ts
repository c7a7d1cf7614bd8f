/**
 * "Mom won't wake up" (overdose-parent-child-caller) in real Chromium, from the game's list to the
 * debrief with the keyboard alone: the two-dose variant in English, where the grandmother answers
 * and comes for the children, and the variant where she does not and the neighbour upstairs comes
 * down, in Spanish. The variant seed is fixed through the page's crypto, so the golden path's picks
 * (played in Node first) fit what the browser offers; the debrief must agree with the engine run in
 * Node. Each plays some twenty-five picks: on a loaded machine that takes longer than the browser
 * tests' default timeout.
 */
import { describe, expect, it } from 'vitest';
import esRules from '../../locales/es/rules.json';
import { chromiumForFile, keepScreenshot } from './helpers/browser.js';
import {
  enterDebrief,
  expectCleanAndClose,
  expectDebrief,
  goldenScenario,
  openFromList,
  playGoldenPath,
} from './helpers/golden-in-browser.js';

const SCENARIO = 'overdose-parent-child-caller';
const scenario = goldenScenario(SCENARIO);

const browser = chromiumForFile();

describe('a parent overdoses with a child at home, in the browser', () => {
  it('plays the two-dose variant from the list to the debrief with the keyboard, the grandmother coming for the children', async () => {
    const run = scenario.nodeRun(scenario.golden('exemplary, two doses'), 'en');
    expect(run.session.parameters.dosesNeeded).toBe(2);
    expect(run.session.storyParameters['family_variant']).not.toBe(3);

    const game = await openFromList(browser(), run, { title: "Mom won't wake up", dispatch: 'Cedar Court Apartments' });
    const played = await playGoldenPath(game);
    expect(await game.page.locator('.narration').textContent()).toContain('Loretta Greene');
    await keepScreenshot(game.page, `${SCENARIO}-end`);

    const debrief = await enterDebrief(game);
    await expectDebrief(game, debrief, played, {
      passed: true,
      score: 100,
      patient: 'revived',
      verdicts: { 'GS-REASSURE': 'met', 'OD-REDOSE': 'met', 'REF-VOLUNTARY': 'met' },
    });
    await expectCleanAndClose(game);
  }, 180_000);

  it('plays the neighbour-upstairs variant in Spanish from the list to a Spanish debrief with the keyboard', async () => {
    const run = scenario.nodeRun(scenario.golden('exemplary, the neighbour upstairs'), 'es');
    expect(run.session.storyParameters['family_variant']).toBe(3);

    const game = await openFromList(browser(), run, { title: 'Mi mamá no despierta', dispatch: 'lo mantiene en la línea' });
    const played = await playGoldenPath(game);
    const narration = (await game.page.locator('.narration').textContent()) ?? '';
    expect(narration).toContain('Ruth Alvarez');
    expect(narration).toContain('terminé en Alder, quedo disponible');

    const debrief = await enterDebrief(game);
    await keepScreenshot(game.page, `${SCENARIO}-spanish-debrief`);
    await expectDebrief(game, debrief, played, {
      passed: true,
      score: 100,
      explained: { 'GS-REASSURE': { verdict: 'met', explanation: esRules['GS-REASSURE'].met } },
    });
    await expectCleanAndClose(game);
  }, 180_000);
});
