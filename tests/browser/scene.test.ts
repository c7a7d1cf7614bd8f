/**
 * The encounter's picture in real Chromium: the chest rises at the rate the engine gives (slow, then
 * normal once naloxone works), reduced motion stills it and writes the rate instead, no light flashes
 * more than three times a second, and every shipped scenario is kept as screenshots at four moments
 * (arrival, care, a turning point, the ending) with the people placed as the session's log says.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { breathCycle } from '../../src/ui/phaser/motion.js';
import { BREATHS_PER_MINUTE } from '../../src/engine/index.js';
import { keepScreenshot, chromiumForFile, openApp, type OpenOptions, type WatchedPage } from './helpers/browser.js';
import { activate } from './helpers/game.js';
import { fixSeed, pickChoice, scriptedPath, settlePicture, type ScriptedPath } from './helpers/scene-paths.js';

interface Probe {
  readonly breathingPeriodMs: number;
  readonly chestScale: number;
  readonly breathingLabel: string | null;
  readonly motions: readonly { role: string; cycleMs: number }[];
}

const browser = chromiumForFile();

const probe = (page: Page): Promise<Probe | null> =>
  page.evaluate(() => (window as unknown as { goodCallPicture?: () => Probe | null }).goodCallPicture?.() ?? null);
const breathingPeriod = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.getElementById('scene')?.dataset.breathingPeriod));

async function startHub(options: OpenOptions): Promise<WatchedPage> {
  const app = await openApp(browser(), inject('appUrl'), options);
  await activate(app.page, '#open-scenarios');
  await activate(app.page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
  await activate(app.page, '#begin');
  await app.page.locator('.choice-list button').first().waitFor();
  await settlePicture(app.page);
  return app;
}

/** The picture's description, which a screen reader reads from the canvas. */
const described = (page: Page): Promise<string> => page.evaluate(() => document.getElementById('scene')?.getAttribute('aria-label') ?? '');

/** Naloxone, then wait until he wakes (the picture shows him sitting up): the hub fixture's way from slow breathing to normal. */
async function reviveHub(page: Page): Promise<void> {
  await page.locator('.choice-list button', { hasText: 'naloxone' }).click();
  for (let i = 0; i < 20 && !(await described(page)).includes('awake and sitting up'); i++) {
    await page.locator('.choice-list button', { hasText: 'Wait' }).click();
  }
  expect(await described(page)).toContain('The person is awake and sitting up.');
  await settlePicture(page);
}

describe('the breathing animation', () => {
  it('raises the chest at the engine’s rate: slow and shallow at first, normal once naloxone has worked', async () => {
    const app = await startHub({ reducedMotion: 'no-preference' });
    const { page } = app;
    // The panel does not give the breathing away before the officer checks; the chest shows it to whoever looks.
    expect(await page.locator('[data-state="breathing"] dd').textContent()).toBe('not checked yet');
    const slow = await breathingPeriod(page);
    expect(slow).toBe(breathCycle(BREATHS_PER_MINUTE.slow)?.periodMs);
    // The chest really moves: it rises from rest within one breath.
    await page.waitForFunction(
      () => ((window as unknown as { goodCallPicture: () => Probe }).goodCallPicture()?.chestScale ?? 1) > 1.05,
      undefined,
      { timeout: 20_000 },
    );
    expect((await probe(page))?.breathingLabel).toBeNull();

    await reviveHub(page);
    const normal = await breathingPeriod(page);
    expect(normal).toBe(breathCycle(BREATHS_PER_MINUTE.normal)?.periodMs);
    expect(normal).toBeLessThan(slow);
    await page.waitForFunction(
      () => ((window as unknown as { goodCallPicture: () => Probe }).goodCallPicture()?.chestScale ?? 1) > 1.05,
      undefined,
      { timeout: 20_000 },
    );
    const motions = (await probe(page))?.motions ?? [];
    expect(motions.filter((m) => m.role === 'breathing').map((m) => m.cycleMs)).toEqual([normal]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('stops under reduced motion: a still chest, with the rate written beside it', async () => {
    const app = await startHub({ reducedMotion: 'reduce', beforeLoad: (context) => context.clock.install() });
    const { page } = app;
    expect(await page.evaluate(() => document.getElementById('scene')?.dataset.motion)).toBe('reduced');
    expect(await breathingPeriod(page)).toBe(0);
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      samples.push((await probe(page))?.chestScale ?? NaN);
      // A third of a second of animation frames, run by hand: a chest that moved at all would show it.
      await page.clock.runFor(300);
    }
    expect(samples).toEqual([1, 1, 1, 1, 1]);
    const still = await probe(page);
    expect(still?.motions).toEqual([]);
    expect(still?.breathingLabel).toBe('Chest rises 5 times a minute');
    await reviveHub(page);
    expect(await breathingPeriod(page)).toBe(0);
    expect((await probe(page))?.breathingLabel).toBe('Chest rises 14 times a minute');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

/** The first pick (1-based) at or after `from` whose choice carries one of `actions`. */
function firstPickWith(path: ScriptedPath, actions: readonly string[], from = 1): number | undefined {
  const found = path.picks.findIndex((pick, n) => n + 1 >= from && pick.actions.some((a) => actions.includes(a)));
  return found < 0 ? undefined : found + 1;
}

/**
 * Four moments of a scripted path, as picks made: arrival on scene, care (breaths for the patient;
 * at a pat-down, the person asked to empty their pockets), a turning point (the patient wakes or the
 * medics take over; the program card), and the ending.
 */
function moments(path: ScriptedPath): Map<number, string> {
  const overdose = path.kind === 'overdose';
  const arrival = path.arrivedAfter;
  const care = overdose
    ? (firstPickWith(path, ['rescue_breathing', 'cpr'], arrival + 1) ?? firstPickWith(path, ['naloxone_nasal'], arrival + 1))
    : firstPickWith(path, ['have_person_remove_items'], arrival + 1);
  const turn = overdose
    ? (path.revivedAfter ?? firstPickWith(path, ['handoff_to_ems']))
    : firstPickWith(path, ['inspect_ssp_card', 'honor_ssp_card']);
  const found = new Map<number, string>([[arrival, '1-arrival']]);
  if (care !== undefined) found.set(care, '2-care');
  if (turn !== undefined) found.set(turn, '3-turn');
  found.set(path.picks.length, '4-ending');
  return found;
}

describe('every scene', () => {
  const scenarios = [
    'overdose-apartment',
    'overdose-public-restroom',
    'overdose-shelter-xylazine',
    'patdown-park-bench',
    'patdown-traffic-stop',
  ];

  it.each(scenarios)(
    '%s: kept as screenshots at arrival, care, a turning point and the ending, the people placed as the log says, no light flashing more than three times a second',
    async (id) => {
      const path = scriptedPath(id);
      // Emergency lights and the chest move in two of them; the others are kept still, and quicker to play.
      const moving = id === 'patdown-traffic-stop' || id === 'overdose-apartment';
      const app = await openApp(browser(), inject('appUrl'), { reducedMotion: moving ? 'no-preference' : 'reduce' });
      const { page, context } = app;
      await fixSeed(context, path.seed);
      await page.reload();
      await page.locator('h1').first().waitFor();
      await activate(page, '#open-scenarios');
      await activate(page, `[data-scenario-id="${id}"] button[data-action="play"]`);
      await activate(page, '#begin');
      await page.locator('.choice-list button').first().waitFor();

      const wanted = moments(path);
      expect(new Set(wanted.values()).size, `four distinct moments in ${id}`).toBe(4);
      const flashRates: number[] = [];
      for (let n = 0; n <= path.picks.length; n++) {
        const moment = wanted.get(n);
        if (moment) {
          await settlePicture(page);
          await keepScreenshot(page, `scene-${id}-${moment}`);
          for (const motion of (await probe(page))?.motions ?? [])
            if (motion.role === 'lights' || motion.role === 'glow') flashRates.push(1000 / motion.cycleMs);
          const words = await described(page);
          if (moment === '1-arrival' && path.kind === 'overdose') expect(words).toContain('An officer stands at the door.');
          if (moment === '2-care' && path.kind === 'overdose')
            expect(words).toMatch(/breathing for them through a face shield|chest compressions|An officer is beside them/);
          if (moment === '3-turn' && path.revivedAfter !== undefined)
            expect(await page.locator('[data-state="responsive"] dd').textContent()).toBe('yes');
          if (moment === '2-care' && path.kind === 'patdown') expect(words).toContain('They take things out of their pockets.');
        }
        const next = path.picks[n];
        if (next) await pickChoice(page, next.index, next.text);
      }
      expect(flashRates.every((rate) => rate <= 3)).toBe(true);
      if (id === 'patdown-traffic-stop') expect(flashRates.length).toBeGreaterThan(0);
      expect(app.errors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
