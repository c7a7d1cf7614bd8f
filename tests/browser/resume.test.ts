/**
 * A reload in the middle of a scenario loses nothing: the title offers to resume, and the encounter
 * comes back with the same narration, choices, clock and state panel, in learn and in assess mode.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { keepScreenshot, chromiumForFile, openApp, UNTIL_STORED } from './helpers/browser.js';
import { activate, firstUnpicked, readDebrief, startScenario } from './helpers/game.js';
import { expectedReport, playableScenarios } from './helpers/scenarios.js';

const hub = playableScenarios().find((s) => s.id === 'hub-overdose')!;

const browser = chromiumForFile();

interface Encounter {
  readonly lines: string[];
  readonly choices: string[];
  readonly clock: string;
  readonly state: string[];
}

async function readEncounter(page: Page): Promise<Encounter> {
  return page.evaluate(() => {
    const texts = (selector: string): string[] => [...document.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());
    return {
      lines: texts('.narration .line'),
      choices: texts('.choice-list button .text'),
      clock: document.querySelector('[data-state="clock"] dd')?.textContent ?? '',
      state: texts('.state-row'),
    };
  });
}

/** What the device holds for the unfinished attempt: read straight from IndexedDB, as the app left it. */
async function savedProgress(page: Page): Promise<{ picks: number; clockMs: number } | null> {
  return page.evaluate(
    () =>
      new Promise<{ picks: number; clockMs: number } | null>((resolve, reject) => {
        const open = indexedDB.open('good-call');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('attempts').objectStore('attempts').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            const attempt = (request.result as { status: string; picks: unknown[]; progress?: { snapshot: { clockMs: number } } }[]).find(
              (a) => a.status === 'in-progress',
            );
            resolve(attempt ? { picks: attempt.picks.length, clockMs: attempt.progress?.snapshot.clockMs ?? -1 } : null);
          };
        };
      }),
  );
}

/** Plays on with the keyboard, picking what was not picked before, until the encounter ends. */
async function playOnToEnd(page: Page): Promise<number[]> {
  const picks: number[] = [];
  const texts: string[] = [];
  for (let n = 0; n < 100; n++) {
    if ((await page.locator('#to-debrief').count()) > 0) return picks;
    const choices = (await page.locator('.choice-list button .text').allTextContents()).map((c) => c.trim());
    const index = firstUnpicked(choices, texts);
    await page.keyboard.press(String(index + 1));
    picks.push(index);
    texts.push(choices[index] ?? '');
  }
  throw new Error('the encounter did not end');
}

const startHub = (page: Page, mode: 'learn' | 'assess'): Promise<void> =>
  startScenario(page, 'hub-overdose', mode === 'assess' ? { mode } : {});

describe('resuming after a reload', () => {
  it('comes back in learn mode at the same choice, clock and state, tells the story so far, and plays on to a debrief that agrees with the engine', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await startHub(page, 'learn');
    const firstPicks = [2, 0, 3];
    for (const index of firstPicks) await page.keyboard.press(String(index + 1));
    const before = await readEncounter(page);
    expect(before.lines.filter((l) => l.startsWith('You:'))).toHaveLength(3);
    await expect.poll(() => savedProgress(page), UNTIL_STORED).toMatchObject({ picks: 3 });

    await page.reload();
    await page.locator('h1').first().waitFor();
    const offer = page.locator('button[data-resume]');
    await offer.waitFor();
    expect(await offer.textContent()).toBe(`Resume “${hub.bundle.manifest.title.en}” at pick 4 (${before.clock})`);
    await keepScreenshot(page, 'title-resume');
    expect(await seriousViolations(page)).toEqual([]);
    await activate(page, 'button[data-resume]');
    await page.locator('.choice-list button').first().waitFor();

    expect(await readEncounter(page)).toEqual(before);
    expect(await page.locator('.narration .note').last().textContent()).toBe('Resumed where you left off.');
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.choice-list button'))).toBe(true);

    const rest = await playOnToEnd(page);
    await page.keyboard.press('Enter');
    const debrief = await readDebrief(page);
    const expected = expectedReport({
      bundle: hub.bundle,
      profileId: 'model-policy',
      locale: 'en',
      seed: debrief.seed,
      picks: [...firstPicks, ...rest],
    });
    const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
    expect(debrief.rules.sort(byId)).toEqual(expected.rules.map((r) => ({ id: r.id, verdict: r.verdict })).sort(byId));
    expect(debrief.score).toBe(expected.score);

    await activate(page, '.screen-debrief .actions button:last-child');
    await page.locator('#history-heading').waitFor();
    expect(await page.locator('tr[data-attempt]').count()).toBe(1);
    expect(await page.locator('tr[data-unfinished]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('comes back in assess mode paused at the saved clock, and runs on only when the trainee presses Resume', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await startHub(page, 'assess');
    await page.keyboard.press('3');
    await page.keyboard.press('1');
    await activate(page, '#pause');
    const before = await readEncounter(page);
    // The page being hidden or closed saves where the clock stands.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    const [minutes = 0, seconds = 0] = before.clock.split(':').map(Number);
    await expect
      .poll(async () => Math.floor(((await savedProgress(page))?.clockMs ?? 0) / 1000), UNTIL_STORED)
      .toBe(minutes * 60 + seconds);

    await page.reload();
    await activate(page, 'button[data-resume]');
    await page.locator('#pause').waitFor();
    expect(await page.locator('#pause').textContent()).toBe('Resume');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pause');
    expect(await page.locator('.choices').isHidden()).toBe(true);
    expect(await readEncounter(page)).toEqual(before);

    await page.keyboard.press('Enter');
    expect(await page.locator('.choices').isVisible()).toBe(true);
    expect((await readEncounter(page)).choices).toEqual(before.choices);
    await page.keyboard.press('1');
    expect(await page.locator('.narration .line.pick').count()).toBe(3);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('discards an unfinished attempt only once the trainee confirms', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await startHub(page, 'learn');
    await page.keyboard.press('1');
    await expect.poll(() => savedProgress(page), UNTIL_STORED).toMatchObject({ picks: 1 });
    await page.reload();
    await activate(page, 'button[data-discard]');
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/Discard this unfinished attempt/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('button[data-resume]').count()).toBe(1);
    await activate(page, 'button[data-discard]');
    await page.keyboard.press('Enter');
    expect(await page.locator('button[data-resume]').count()).toBe(0);
    await expect.poll(() => savedProgress(page), UNTIL_STORED).toBeNull();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
