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
import { keepScreenshot } from './helpers/browser.js';
import { goldenScenario } from './helpers/golden-in-browser.js';

const scenario = goldenScenario('overdose-parent-child-caller');

describe('a parent overdoses with a child at home, in the browser', () => {
  it('plays the two-dose variant from the list to the debrief with the keyboard, the grandmother coming for the children', async () => {
    const run = scenario.nodeRun('exemplary, two doses', 'en');
    expect(run.session.parameters.dosesNeeded).toBe(2);
    expect(run.session.storyParameters['family_variant']).not.toBe(3);

    const game = await scenario.open(run, { title: "Mom won't wake up", dispatch: 'Cedar Court Apartments' });
    await game.play();
    expect(await game.page.locator('.narration').textContent()).toContain('Loretta Greene');
    await keepScreenshot(game.page, `${scenario.id}-end`);

    await game.expectDebrief({
      passed: true,
      score: 100,
      patient: 'revived',
      verdicts: { 'GS-REASSURE': 'met', 'OD-REDOSE': 'met', 'REF-VOLUNTARY': 'met' },
    });
    await game.close();
  }, 180_000);

  it('plays the neighbour-upstairs variant in Spanish from the list to a Spanish debrief with the keyboard', async () => {
    const run = scenario.nodeRun('exemplary, the neighbour upstairs', 'es');
    expect(run.session.storyParameters['family_variant']).toBe(3);

    const game = await scenario.open(run, { title: 'Mi mamá no despierta', dispatch: 'lo mantiene en la línea' });
    await game.play();
    const narration = (await game.page.locator('.narration').textContent()) ?? '';
    expect(narration).toContain('Ruth Alvarez');
    expect(narration).toContain('terminé en Alder, quedo disponible');

    await game.expectDebrief({
      screenshot: `${scenario.id}-spanish-debrief`,
      passed: true,
      score: 100,
      explained: { 'GS-REASSURE': { verdict: 'met', explanation: esRules['GS-REASSURE'].met } },
    });
    await game.close();
  }, 180_000);
});
