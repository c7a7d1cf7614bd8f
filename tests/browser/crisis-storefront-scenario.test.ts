/**
 * "Outside the Food Mart" (patdown-crisis-storefront) in real Chromium, from the game's list to the
 * debrief with the keyboard alone: the exemplary path in English (a warm handoff to the mobile crisis
 * team, REF-VOLUNTARY met by an offer to=crisis), and the walk to the health hub in Spanish. The seed
 * is fixed through the page's crypto, so the story parameters (how long the crisis team takes, the
 * trespass variant) and the golden path's picks, played in Node first, fit what the browser offers;
 * the debrief must agree with the engine run in Node.
 */
import { describe, expect, it } from 'vitest';
import esRules from '../../locales/es/rules.json';
import { keepScreenshot } from './helpers/browser.js';
import { goldenScenario } from './helpers/golden-in-browser.js';

const scenario = goldenScenario('patdown-crisis-storefront');

describe('a man in crisis outside the Food Mart, in the browser', () => {
  it('plays the warm handoff to the crisis team from the list to the debrief with the keyboard', async () => {
    const run = scenario.nodeRun('exemplary: slow down, ask about sharps, a warm handoff to the crisis team', 'en');

    const game = await scenario.open(run, { title: 'Outside the Food Mart', dispatch: 'mobile crisis team' });
    await game.play();
    expect(await game.page.locator('.narration').textContent()).toContain('Handed off to mobile crisis');
    await keepScreenshot(game.page, `${scenario.id}-end`);

    await game.expectDebrief({
      passed: true,
      score: 100,
      verdicts: { 'SH-ASK-FIRST': 'met', 'REF-VOLUNTARY': 'met', 'LC-FORCE': 'met' },
    });
    await game.close();
  }, 180_000);

  it('plays the walk to the health hub in Spanish from the list to a Spanish debrief with the keyboard', async () => {
    const run = scenario.nodeRun('warm handoff on foot to the health hub', 'es');

    const game = await scenario.open(run, { title: 'Afuera del Food Mart', dispatch: 'equipo móvil de crisis' });
    await game.play();
    expect(await game.page.locator('.narration').textContent()).toContain('está con su consejera');

    await game.expectDebrief({
      screenshot: `${scenario.id}-spanish-debrief`,
      passed: true,
      score: 100,
      explained: { 'REF-VOLUNTARY': { verdict: 'met', explanation: esRules['REF-VOLUNTARY'].met } },
    });
    await game.close();
  }, 180_000);
});
