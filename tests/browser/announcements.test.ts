/**
 * What assess mode tells a trainee who hesitates, in real Chromium: a change the clock alone brings
 * (the patient dies beside the officer) is announced in the polite status under the narration, and
 * only what the officer has perceived; EMS arriving between picks is heard and captioned as a siren. The browser's clock is Playwright's fake,
 * jumped forward, so minutes on scene take no real time. Also: a scenario not written in the
 * trainee's language says so on its briefing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile, openApp, type WatchedPage } from './helpers/browser.js';
import { activate, startScenario } from './helpers/game.js';

const browser = chromiumForFile();

/** The status region `sayStateChanges` fills, right under the narration. */
const STATUS = '.narration + .state-change[role="status"]';
const SIREN_CAPTION = '.narration .caption[data-sound="sfx:siren"]';
const WAIT = { timeout: 20_000 };

/** The app with the recording fake audio and Playwright's clock, which runs as usual until the test jumps it. */
function openWithFakeClock(): Promise<WatchedPage> {
  return openApp(browser(), `${inject('appUrl')}?audio=fake`, { beforeLoad: (context) => context.clock.install() });
}

const startAssess = (page: Page, scenarioId: string): Promise<void> => startScenario(page, scenarioId, { mode: 'assess', timeFactor: '2' });

/** Real time passes in one jump, as if the trainee sat and thought: the clock sees it at its next tick. */
async function hesitate(page: Page, realSeconds: number): Promise<void> {
  await page.clock.fastForward(realSeconds * 1000);
}

const recordedCues = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { goodCallAudio: { cues: { name: string }[] } }).goodCallAudio.cues.map((c) => c.name));

describe('announcements while the trainee hesitates in assess mode', () => {
  it('says in the status under the narration what the officer beside the patient notices, and nothing they have not seen', async () => {
    const app = await openWithFakeClock();
    const { page } = app;
    await startAssess(page, 'overdose-apartment');
    expect(await page.locator('.clock-status').textContent()).toBe('The clock is running (2× real time).');
    // To his side, and his responsiveness checked: from here the officer would notice him die.
    for (const choice of ['Take in the whole room', 'Pull on nitrile gloves', 'Shout his name']) {
      const picked = await page.locator('.narration .line.pick').count();
      await page.locator('.choice-list button', { hasText: choice }).click();
      await page.waitForFunction((count) => document.querySelectorAll('.narration .line.pick').length > count, picked, WAIT);
    }
    const picks = await page.locator('.narration .line.pick').count();
    expect(await page.locator('[data-state="responsive"] dd').textContent()).toBe('no');

    // Twelve simulated minutes in six of real time at 2x: he stops breathing, then dies.
    await hesitate(page, 200);
    await hesitate(page, 200);
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('The patient shows no signs of life.') ?? false,
      STATUS,
      WAIT,
    );
    // His breathing stopping was never looked at again, so it was never said.
    expect((await page.locator(STATUS).textContent()) ?? '').not.toContain('stopped breathing');
    expect(await page.locator('[data-state="breathing"] dd').textContent()).toBe('no signs of life');
    // Nobody picked anything: the change came from the clock alone.
    expect(await page.locator('.narration .line.pick').count()).toBe(picks);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('plays and captions the siren when EMS arrive between picks, and says they are on scene', async () => {
    const app = await openWithFakeClock();
    const { page } = app;
    await startAssess(page, 'hub-overdose');
    await page.locator('.choice-list button', { hasText: 'Call EMS' }).click();
    expect(await page.locator(SIREN_CAPTION).count()).toBe(0);

    // The fixture's medics are six simulated minutes away: three real minutes at 2x, and a little more.
    await hesitate(page, 190);
    await page.locator(SIREN_CAPTION).waitFor(WAIT);
    expect(await page.locator(SIREN_CAPTION).textContent()).toBe('[Sound: an ambulance siren, coming closer]');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('EMS is on scene.') ?? false,
      STATUS,
      WAIT,
    );
    // Heard once, after the pick that called them, and captioned in the narration's log.
    expect((await recordedCues(page)).filter((name) => name === 'sfx:siren')).toHaveLength(1);
    expect(await page.locator('.narration .batch:last-child .caption[data-sound="sfx:siren"]').count()).toBe(1);

    // EMS staying on scene is not news: the siren is not heard again.
    const clockBefore = await page.locator('[data-state="clock"] dd').textContent();
    await hesitate(page, 60);
    await page.waitForFunction((shown) => document.querySelector('[data-state="clock"] dd')?.textContent !== shown, clockBefore, WAIT);
    expect(await page.locator(SIREN_CAPTION).count()).toBe(1);
    expect((await recordedCues(page)).filter((name) => name === 'sfx:siren')).toHaveLength(1);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

describe('a scenario without the trainee’s language', () => {
  it('says on its briefing which language it plays in', async () => {
    // The fixture hub-overdose is written in English only; every shipped scenario has Spanish too.
    const app = await openApp(browser(), inject('appUrl'), { locale: 'es-MX' });
    const { page } = app;
    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await page.locator('#begin').waitFor();
    expect(await page.locator('.language-note').textContent()).toBe('No disponible en Español: se juega en Inglés (English).');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
