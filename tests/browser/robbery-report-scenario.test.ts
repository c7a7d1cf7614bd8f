/**
 * "Her phone and her bag" (patdown-robbery-report) in real Chromium, from the game's list to the
 * debrief with the keyboard alone: the exemplary path by the drop-in in English (the report taken at
 * once, no search, the program card honoured: a pass at 100), and in Spanish the officer who takes
 * her syringes "to write them up" and cites her: two major violations by two acts, a fail whatever
 * the score. The variant seed is fixed through the page's crypto, so the story parameters (the
 * drop-in, the warrant, whether she has used) and the golden path's picks, played in Node first, fit
 * what the browser offers; the debrief must agree with the engine run in Node.
 */
import { describe, expect, it } from 'vitest';
import esRules from '../../locales/es/rules.json';
import { keepScreenshot } from './helpers/browser.js';
import { goldenScenario } from './helpers/golden-in-browser.js';

const scenario = goldenScenario('patdown-robbery-report');

describe('a person who uses drugs reports a robbery, in the browser', () => {
  it('plays the exemplary path by the drop-in from the list to a passing debrief with the keyboard', async () => {
    const run = scenario.nodeRun('exemplary, by the drop-in', 'en');
    expect(run.session.storyParameters['at_drop_in']).toBe(1);

    const game = await scenario.open(run, { title: 'Her phone and her bag', dispatch: 'Eastside Health Outreach drop-in' });
    expect(await game.page.locator('.narration').textContent()).toContain('Outside the Eastside Health Outreach drop-in');
    await game.play();
    expect(await game.page.locator('.narration').textContent()).toContain('asks for you by name');
    await keepScreenshot(game.page, `${scenario.id}-end`);

    await game.expectDebrief({
      passed: true,
      score: 100,
      verdicts: { 'SH-ASK-FIRST': 'met', 'SSP-RESPECT': 'met', 'LC-SERVICE-SITE': 'met', 'REF-VOLUNTARY': 'met' },
    });
    await game.close();
  }, 180_000);

  it('plays the confiscation and citation in Spanish from the list to a failing Spanish debrief with the keyboard', async () => {
    const run = scenario.nodeRun('takes the syringes since they have to be written up, and cites her', 'es');

    const game = await scenario.open(run, { title: 'Su teléfono y su bolsa', dispatch: 'Usted patrulla sin compañero' });
    await game.play();
    expect(await game.page.locator('.narration').textContent()).toContain('Yo le hice señas a usted.');

    const report = await game.expectDebrief({
      screenshot: `${scenario.id}-spanish-debrief`,
      passed: false,
      explained: { 'SSP-RESPECT': { verdict: 'violated', explanation: esRules['SSP-RESPECT'].violated } },
    });
    expect(report.failedConditions).toEqual(['majorViolations', 'passMark']);
    await game.close();
  }, 180_000);
});
