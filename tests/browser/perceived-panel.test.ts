/**
 * The encounter's "On scene" panel in real Chromium, in both overdose scenarios: breathing and
 * responsiveness read "not checked yet" until the trainee checks them, then what the check found,
 * which is the patient's true state at that moment (the console and the debrief keep the truth all
 * along). The apartment is played in English, the public restroom in Spanish; the variant seed is
 * fixed so the browser plays the run Node played.
 */
import { describe, expect, inject, it } from 'vitest';
import type { ObservableState } from '../../src/engine/index.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { describeState } from '../../src/kit/describe-state.js';
import { scoredSession } from '../../src/protocols/scored-session.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { chromiumForFile, openApp } from './helpers/browser.js';
import { activate } from './helpers/game.js';
import { fixSeed, pickChoice, scriptedPath } from './helpers/scene-paths.js';

const browser = chromiumForFile();

interface Step {
  readonly index: number;
  readonly text: string;
  readonly actions: readonly string[];
  /** The panel's rows after this pick, as Node words them. */
  readonly breathing: string;
  readonly responsive: string;
  /** The patient's true state after this pick, in the panel's words. */
  readonly trueBreathing: string;
  readonly trueResponsive: string;
}

/** The scripted path up to one pick after both checks, played in Node in `locale`. */
function nodeSteps(scenarioId: string, locale: 'en' | 'es'): { seed: number; before: Step; steps: Step[] } {
  const path = scriptedPath(scenarioId);
  const bundle = loadScenarioDir(resolveScenarioDir(scenarioId)).bundle!;
  const profile = loadProfile('model-policy');
  if (!profile.ok) throw new Error('model-policy does not load');
  const session = scoredSession({ scenario: bundle, profile: profile.profile, seed: path.seed, locale });
  const t = createTranslator(locale);
  const words = (state: ObservableState, truth: boolean): [string, string] => {
    const rows = describeState(state, t, [], { truth });
    return [rows.find((r) => r.id === 'breathing')!.value, rows.find((r) => r.id === 'responsive')!.value];
  };
  const stepOf = (state: ObservableState, index: number, text: string, actions: readonly string[]): Step => {
    const [breathing, responsive] = words(state, false);
    const [trueBreathing, trueResponsive] = words(state, true);
    return { index, text, actions, breathing, responsive, trueBreathing, trueResponsive };
  };
  const before = stepOf(session.next().state, -1, '', []);
  const lastCheck = Math.max(
    path.picks.findIndex((p) => p.actions.includes('check_breathing')),
    path.picks.findIndex((p) => p.actions.includes('check_responsiveness')),
  );
  const steps = path.picks.slice(0, lastCheck + 2).map((pick) => {
    const text = session.next().choices[pick.index]!.text.trim();
    return stepOf(session.choose(pick.index).state, pick.index, text, pick.actions);
  });
  return { seed: path.seed, before, steps };
}

describe('the On scene panel shows what the officer has found', () => {
  it.each([
    ['overdose-apartment', 'en', 'en-US'],
    ['overdose-public-restroom', 'es', 'es-US'],
  ] as const)(
    '%s (%s): "not checked yet" until the trainee checks, then what the check found',
    async (scenarioId, locale, browserLocale) => {
      const run = nodeSteps(scenarioId, locale);
      const t = createTranslator(locale);
      const notChecked = t('ui.state.notChecked');
      expect([run.before.breathing, run.before.responsive]).toEqual([notChecked, notChecked]);

      const app = await openApp(browser(), inject('appUrl'), {
        locale: browserLocale,
        beforeLoad: (context) => fixSeed(context, run.seed),
      });
      const { page } = app;
      await activate(page, '#open-scenarios');
      await activate(page, `[data-scenario-id="${scenarioId}"] button[data-action="play"]`);
      await activate(page, '#begin');
      await page.locator('.choice-list button').first().waitFor();
      const panel = async (): Promise<[string, string]> => [
        (await page.locator('.state-panel [data-state="breathing"] dd').textContent()) ?? '',
        (await page.locator('.state-panel [data-state="responsive"] dd').textContent()) ?? '',
      ];
      // At arrival the patient is not breathing normally and does not respond: the panel says neither.
      expect(run.before.trueBreathing).not.toBe(notChecked);
      expect(await panel()).toEqual([notChecked, notChecked]);

      let breathingChecked = false;
      let responsivenessChecked = false;
      for (const step of run.steps) {
        const picked = await page.locator('.narration .line.pick').count();
        await pickChoice(page, step.index, step.text);
        // The pick is drawn (its line in the narration) before the panel is read.
        await page.waitForFunction((count) => document.querySelectorAll('.narration .line.pick').length > count, picked);
        breathingChecked ||= step.actions.includes('check_breathing');
        responsivenessChecked ||= step.actions.includes('check_responsiveness');
        const shown = await panel();
        expect(shown, `after "${step.text}"`).toEqual([step.breathing, step.responsive]);
        if (!breathingChecked) expect(shown[0]).toBe(notChecked);
        if (!responsivenessChecked) expect(shown[1]).toBe(notChecked);
        // The pick that checks shows the truth of that moment.
        if (step.actions.includes('check_breathing')) expect(shown[0]).toBe(step.trueBreathing);
        if (step.actions.includes('check_responsiveness')) expect(shown[1]).toBe(step.trueResponsive);
      }
      expect([breathingChecked, responsivenessChecked]).toEqual([true, true]);
      expect(app.errors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      await app.context.close();
    },
    120_000,
  );
});
