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
import { describe, expect, it } from 'vitest';
import esRules from '../../locales/es/rules.json';
import { keepScreenshot } from './helpers/browser.js';
import { goldenScenario, type NodeRun } from './helpers/golden-in-browser.js';

const scenario = goldenScenario('overdose-partner-exposure');

/** The actions (with their targets) of each pick, in English ids. */
function actsOf(run: NodeRun): string[][] {
  return run.picks.map((index, step) =>
    (run.offered[step]?.[index]?.actions ?? []).map((a) => `${a.action}${a.params.target ? ` target=${String(a.params.target)}` : ''}`),
  );
}

describe('my partner touched it, in the browser', () => {
  it('plays the variant where the partner really is poisoned from the list to the debrief with the keyboard', async () => {
    const run = scenario.nodeRun('exemplary, the partner really is poisoned', 'en');
    expect(run.session.storyParameters.partner_variant).toBe(1);
    // He is looked at before he is sprayed: the check comes first, then the dose aimed at him.
    const acts = actsOf(run);
    const checkAt = acts.findIndex((a) => a.includes('check_breathing target=partner'));
    const sprayAt = acts.findIndex((a) => a.includes('naloxone_nasal target=partner'));
    expect(checkAt).toBeGreaterThanOrEqual(0);
    expect(sprayAt).toBeGreaterThan(checkAt);

    const game = await scenario.open(run, { title: 'My partner touched it', dispatch: 'Linden Court Apartments' });
    const { page } = game;
    let sawPinpointPupils = false;
    await game.play(async () => {
      const narration = (await page.locator('.narration').textContent()) ?? '';
      if (narration.includes('His pupils are pinpoints')) sawPinpointPupils = true;
    });
    expect(sawPinpointPupils).toBe(true);
    expect(await page.locator('.narration').textContent()).toContain('I have one. From the pharmacy');
    await keepScreenshot(page, `${scenario.id}-end`);

    await game.expectDebrief({
      passed: true,
      score: 100,
      patient: 'revived',
      verdicts: { 'OD-NALOXONE-PROMPT': 'met', 'OD-REDOSE': 'met', 'FENT-NO-DELAY': 'met' },
    });
    await game.close();
  }, 180_000);

  it('plays the usual variant in Spanish, the partner washed and not sprayed, to a Spanish debrief with the keyboard', async () => {
    const run = scenario.nodeRun('exemplary, one dose', 'es');
    expect(run.session.storyParameters.partner_variant).not.toBe(1);
    expect(actsOf(run).flat()).toContain('wash_skin target=partner');
    expect(actsOf(run).flat()).not.toContain('naloxone_nasal target=partner');

    const game = await scenario.open(run, {
      title: 'Mi compañero lo tocó',
      dispatch: 'Esta noche patrulla con el agente Luke Brandt',
    });
    await game.play();
    const narration = (await game.page.locator('.narration').textContent()) ?? '';
    expect(narration).toContain('eso no es lo que hace un opioide');
    expect(narration).toContain('terminé en Linden Court, quedo disponible');

    await game.expectDebrief({
      screenshot: `${scenario.id}-spanish-debrief`,
      passed: true,
      score: 100,
      explained: { 'FENT-NO-DELAY': { verdict: 'met', explanation: esRules['FENT-NO-DELAY'].met } },
    });
    await game.close();
  }, 180_000);
});
