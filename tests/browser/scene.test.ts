/**
 * The encounter's picture in real Chromium: the chest rises at the rate the engine gives (slow, then
 * normal once naloxone works), reduced motion stills it and writes the rate instead, no light flashes
 * more than three times a second, and every scene is kept as a screenshot at its start and after
 * the patient wakes (or at the end of a pat-down).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { breathCycle } from '../../src/ui/phaser/motion.js';
import { BREATHS_PER_MINUTE } from '../../src/engine/index.js';
import { keepScreenshot, chromiumForFile, openApp, type OpenOptions, type WatchedPage } from './helpers/browser.js';
import { activate } from './helpers/game.js';
import { fixSeed, pickChoice, scriptedPath, settlePicture } from './helpers/scene-paths.js';

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

/** Naloxone, then wait until he wakes: the hub fixture's way from slow breathing to normal. */
async function reviveHub(page: Page): Promise<void> {
  await page.locator('.choice-list button', { hasText: 'naloxone' }).click();
  for (let i = 0; i < 20 && (await page.locator('[data-state="responsive"] dd').textContent()) !== 'yes'; i++) {
    await page.locator('.choice-list button', { hasText: 'Wait' }).click();
  }
  expect(await page.locator('[data-state="breathing"] dd').textContent()).toBe('normal');
  await settlePicture(page);
}

describe('the breathing animation', () => {
  it('raises the chest at the engine’s rate: slow and shallow at first, normal once naloxone has worked', async () => {
    const app = await startHub({ reducedMotion: 'no-preference' });
    const { page } = app;
    expect(await page.locator('[data-state="breathing"] dd').textContent()).toBe('slow and shallow');
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

describe('every scene', () => {
  const scenarios = ['overdose-apartment', 'overdose-public-restroom', 'patdown-park-bench', 'patdown-traffic-stop'];

  it.each(scenarios)(
    '%s: drawn at its start and after the patient wakes (or at the end), with no light flashing more than three times a second',
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

      const moments = new Map<number, string>([[0, '1-start']]);
      if (path.arrivedAfter > 0) moments.set(path.arrivedAfter, '2-arrived');
      moments.set(path.revivedAfter ?? path.picks.length, path.revivedAfter !== undefined ? '3-revived' : '3-end');
      const flashRates: number[] = [];
      for (let n = 0; n <= path.picks.length; n++) {
        const moment = moments.get(n);
        if (moment) {
          await settlePicture(page);
          await keepScreenshot(page, `scene-${id}-${moment}`);
          for (const motion of (await probe(page))?.motions ?? []) if (motion.role !== 'tremor') flashRates.push(1000 / motion.cycleMs);
          if (moment === '3-revived') expect(await page.locator('[data-state="responsive"] dd').textContent()).toBe('yes');
        }
        const next = path.picks[n];
        if (next && n < (path.revivedAfter ?? path.picks.length)) await pickChoice(page, next.index, next.text);
      }
      expect(flashRates.every((rate) => rate <= 3)).toBe(true);
      if (id === 'patdown-traffic-stop') expect(flashRates.length).toBeGreaterThan(0);
      expect(app.errors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      await context.close();
    },
  );
});
