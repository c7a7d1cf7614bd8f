/**
 * "Naloxone isn't enough" (overdose-shelter-xylazine) in real Chromium, from the game's list to the
 * debrief with the keyboard alone: the two-dose variant in English, with the state panel showing
 * his breathing go from slow to none, back to slow after the first spray and to normal after the
 * second while he never responds; and the one-dose variant in Spanish. The variant seed is fixed
 * through the page's crypto, so the golden path's picks (played in Node first) fit what the browser
 * offers; the debrief must agree with the engine run in Node. Each plays some thirty picks: on a
 * loaded machine that takes longer than the browser tests' default timeout.
 */
import { describe, expect, it } from 'vitest';
import enUi from '../../locales/en/ui.json';
import esRules from '../../locales/es/rules.json';
import { createTranslator } from '../../src/i18n/translator.js';
import { describeState } from '../../src/kit/describe-state.js';
import { keepScreenshot } from './helpers/browser.js';
import { goldenScenario, type NodeRun } from './helpers/golden-in-browser.js';

const scenario = goldenScenario('overdose-shelter-xylazine');

/** The state panel's breathing and responsiveness rows (what the officer has found) before the first pick, then after each. */
function panelOf(run: NodeRun): { breathing: string; responsive: string }[] {
  const t = createTranslator(run.locale);
  return run.states.map((state) => {
    const rows = describeState(state, t);
    const row = (id: string): string => rows.find((r) => r.id === id)?.value ?? '';
    return { breathing: row('breathing'), responsive: row('responsive') };
  });
}

/** A list without consecutive repeats: the changes a trainee sees. */
function changesOf(values: readonly string[]): string[] {
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

describe('naloxone is not enough, in the browser', () => {
  it('plays the two-dose variant from the list to the debrief with the keyboard, the state panel following his breathing', async () => {
    const run = scenario.nodeRun('exemplary, two doses', 'en');
    expect(run.session.parameters.dosesNeeded).toBe(2);
    expect(changesOf(run.states.map((s) => s.breathing))).toEqual(['slow', 'none', 'slow', 'normal']);

    const game = await scenario.open(run, { title: "Naloxone isn't enough", dispatch: 'Second Street Navigation Center' });
    const { page } = game;
    const panel = (row: string) => page.locator(`.state-panel [data-state="${row}"] dd`).textContent();
    const seen: string[] = [(await panel('breathing')) ?? ''];
    const responds: string[] = [(await panel('responsive')) ?? ''];
    await game.play(async () => {
      if ((await page.locator('#to-debrief').count()) > 0) return;
      seen.push((await panel('breathing')) ?? '');
      responds.push((await panel('responsive')) ?? '');
    });
    // The panel shows what the officer found, when they looked: nothing before the first check.
    // Read before the first pick and after every pick but the last (the ending is shown then).
    const expectedPanel = panelOf(run);
    expect(seen).toEqual(expectedPanel.slice(0, seen.length).map((p) => p.breathing));
    expect(responds).toEqual(expectedPanel.slice(0, responds.length).map((p) => p.responsive));
    expect(seen.length).toBe(run.picks.length);
    expect(seen[0]).toBe(enUi.state.notChecked);
    const words = enUi.breathing;
    expect(changesOf(seen.map((s) => s.replace(/ \(checked .*\)$/, '')))).toEqual(
      expect.arrayContaining([enUi.state.notChecked, words.slow, words.normal]),
    );
    expect(new Set(responds.map((s) => s.replace(/ \(checked .*\)$/, '')))).toEqual(new Set([enUi.state.notChecked, enUi.state.no]));
    await keepScreenshot(page, `${scenario.id}-end`);

    await game.expectDebrief({
      passed: true,
      score: 100,
      patient: 'in_ems_care',
      verdicts: { 'OD-REDOSE': 'met', 'OD-OXYGEN': 'met', 'OD-RECOVERY-POSITION': 'met' },
    });
    await game.close();
  }, 180_000);

  it('plays the one-dose variant in Spanish from the list to a Spanish debrief with the keyboard', async () => {
    const run = scenario.nodeRun('exemplary, one dose', 'es');
    expect(run.session.parameters.dosesNeeded).toBe(1);
    expect(changesOf(run.states.map((s) => s.breathing))).toEqual(['slow', 'none', 'normal']);

    const game = await scenario.open(run, { title: 'La naloxona no basta', dispatch: 'un albergue de bajo umbral' });
    const { page } = game;
    const seen: string[] = [];
    await game.play(async () => {
      if ((await page.locator('#to-debrief').count()) === 0)
        seen.push((await page.locator('.state-panel [data-state="breathing"] dd').textContent()) ?? '');
    });
    // Read after every pick but the last.
    expect(seen).toEqual(
      panelOf(run)
        .slice(1, seen.length + 1)
        .map((p) => p.breathing),
    );
    expect(seen.length).toBe(run.picks.length - 1);
    expect(await page.locator('.narration').textContent()).toContain('terminé en la calle Second, quedo disponible');

    await game.expectDebrief({
      screenshot: `${scenario.id}-spanish-debrief`,
      passed: true,
      score: 100,
      explained: { 'OD-RECOVERY-POSITION': { verdict: 'met', explanation: esRules['OD-RECOVERY-POSITION'].met } },
    });
    await game.close();
  }, 180_000);
});
