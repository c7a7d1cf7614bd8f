/**
 * Every scenario in the build, played to the debrief with the keyboard alone, in real Chromium: no
 * console error, no request beyond localhost, and a debrief that agrees with the engine run in Node
 * on the same scenario, profile, seed and picks.
 */
import { describe, expect, inject, it } from 'vitest';
import { keepScreenshot, chromiumForFile, openApp } from './helpers/browser.js';
import { activate, firstUnpicked, lastUnpickedThenFirst, playToEnd, readDebrief, tabTo, type Policy } from './helpers/game.js';
import { expectedReport, playableScenarios, unplayableScenarios, type PlayableScenario } from './helpers/scenarios.js';

const playable = playableScenarios();

const browser = chromiumForFile();

/** Which screenshots to keep: the screens every scenario shares once, its own screens for each. */
type Screenshots = 'all' | 'scenario' | 'none';

async function playAndCompare(
  scenario: PlayableScenario,
  policy: Policy,
  input: 'keyboard' | 'mouse',
  screenshots: Screenshots,
): Promise<void> {
  const app = await openApp(browser(), inject('appUrl'));
  const { page } = app;
  const shot = async (name: string, shared = false): Promise<void> => {
    if (screenshots === 'all' || (screenshots === 'scenario' && !shared))
      await keepScreenshot(page, shared ? name : `${scenario.id}-${name}`);
  };
  await shot('title', true);
  await activate(page, '#open-scenarios');
  await page.locator('#list-heading').waitFor();
  await shot('scenario-list', true);
  await activate(page, `[data-scenario-id="${scenario.id}"] button[data-action="play"]`);
  await page.locator('#briefing-heading').waitFor();
  await shot('1-briefing');
  await activate(page, '#begin');
  const run = await playToEnd(page, policy, input, async (count) => {
    if (count === 2) await shot('2-encounter');
  });
  await shot('3-encounter-end');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('to-debrief');
  await page.keyboard.press('Enter');
  const debrief = await readDebrief(page);
  await shot('4-debrief');

  const expected = expectedReport({
    bundle: scenario.bundle,
    profileId: 'model-policy',
    locale: scenario.bundle.manifest.locales[0] ?? 'en',
    seed: debrief.seed,
    picks: run.picks,
  });
  const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
  expect(debrief.rules.sort(byId)).toEqual(expected.rules.map((r) => ({ id: r.id, verdict: r.verdict })).sort(byId));
  expect(debrief.passed).toBe(expected.passed);
  expect(debrief.score).toBe(expected.score);
  expect(debrief.patient).toBe(expected.outcome.patient);
  expect(run.picks.length).toBeGreaterThan(0);
  // Learn mode explains a violated rule right after the pick that broke it.
  if (expected.rules.some((r) => r.verdict === 'violated')) expect(run.hints).toBeGreaterThan(0);

  // The debrief lists every pick with a replay button before its actions: a long run needs more Tabs.
  await tabTo(page, '.screen-debrief .actions button:last-child', 60 + 2 * run.picks.length);
  await page.keyboard.press('Enter');
  await page.locator('#history-heading').waitFor();
  expect(await page.locator('tr[data-attempt]').count()).toBe(1);
  await shot('history', true);

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  expect(app.failedResponses).toEqual([]);
  await app.context.close();
}

describe('every scenario in the build', () => {
  it.each(playable.map((s, i) => [s.id, s, i] as const))(
    '%s is played to the debrief with the keyboard alone, and the debrief agrees with the engine',
    async (_id, scenario, i) => {
      await playAndCompare(scenario, firstUnpicked, 'keyboard', i === 0 ? 'all' : 'scenario');
    },
  );

  it('a scripted path played with the mouse shows the verdicts the engine gives', async () => {
    const scenario = playable.find((s) => s.shipped) ?? playable[0]!;
    await playAndCompare(scenario, lastUnpickedThenFirst, 'mouse', 'none');
  });

  it('lists each shipped scenario that cannot load as unavailable, with its reason, beside the others', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    await activate(app.page, '#open-scenarios');
    await app.page.locator('#list-heading').waitFor();
    for (const scenario of playable) {
      const play = app.page.locator(`[data-scenario-id="${scenario.id}"] button[data-action="play"]`);
      await play.first().waitFor();
      expect(await play.count()).toBe(1);
    }
    for (const { id } of unplayableScenarios()) {
      const card = app.page.locator(`[data-scenario-id="${id}"]`);
      expect(await card.locator('button').count()).toBe(0);
      expect(await card.locator('.problems li').count()).toBeGreaterThan(0);
    }
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
