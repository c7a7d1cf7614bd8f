/**
 * Sound in real Chromium. With the recording fake (`?audio=fake`, e2e builds only): a scripted path
 * plays exactly the cues the story calls for, each captioned in the narration; mute and volume work
 * from the title screen and during play without restarting the encounter. With the real player: the
 * sounds are made on the device by the game's own worker (the same samples as in Node) and decoded
 * by howler under the page's CSP, and nothing is made while sound is off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { captionOf, followStorySounds } from '../../src/ui/audio/story-sounds.js';
import { synthesiseWav } from '../../src/ui/audio/synth/synthesise.js';
import { soundFingerprint } from '../../scripts/sound-fingerprint.js';
import { chromiumForFile, openApp } from './helpers/browser.js';
import { activate, openSettings } from './helpers/game.js';
import { fixSeed, pickChoice, scriptedPath } from './helpers/scene-paths.js';

interface RecordedCue {
  readonly name: string;
  readonly audible: boolean;
}

const browser = chromiumForFile();

const recorded = (page: Page): Promise<RecordedCue[]> =>
  page.evaluate(() => [...(window as unknown as { goodCallAudio: { cues: RecordedCue[] } }).goodCallAudio.cues]);
const captionsShown = (page: Page): Promise<{ cue: string; text: string }[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('.narration .caption')].map((e) => ({
      cue: e.getAttribute('data-sound') ?? '',
      text: e.textContent ?? '',
    })),
  );

async function openScenario(page: Page, id: string): Promise<void> {
  await activate(page, '#open-scenarios');
  await activate(page, `[data-scenario-id="${id}"] button[data-action="play"]`);
  await activate(page, '#begin');
  await page.locator('.choice-list button').first().waitFor();
}

describe('the sounds of a scripted path, recorded by the fake', () => {
  it('plays every cue the story calls for, in order, each with its caption in the narration', async () => {
    const path = scriptedPath('overdose-public-restroom');
    const app = await openApp(browser(), `${inject('appUrl')}?audio=fake`);
    const { page, context } = app;
    await fixSeed(context, path.seed);
    await page.reload();
    await page.locator('h1').first().waitFor();
    await openScenario(page, path.scenarioId);
    for (const { index, text } of path.picks) await pickChoice(page, index, text);

    const hear = followStorySounds(path.kind);
    const expected = path.batches.flatMap((lines) => hear(lines).flat());
    const t = createTranslator('en');
    const cues = await recorded(page);
    expect(cues.map((c) => c.name)).toEqual(expected.map((cue) => `${cue.kind}:${cue.id}`));
    expect(cues.every((c) => c.audible)).toBe(true);
    expect(await captionsShown(page)).toEqual(expected.map((cue) => captionOf(cue, t)));
    for (const name of [
      'ambience:patrol_car',
      'ambience:restroom',
      'sfx:radio_dispatch',
      'sfx:door_knock',
      'sfx:snoring',
      'sfx:naloxone_spray',
      'sfx:cough',
    ]) {
      expect(cues.map((c) => c.name)).toContain(name);
    }
    expect(await captionsShown(page)).toContainEqual({ cue: 'sfx:naloxone_spray', text: '[Sound: the click and hiss of the nasal spray]' });
    // Leaving the encounter stops every sound.
    await page.locator('#to-debrief').click();
    await page.locator('#debrief-heading').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { goodCallAudio: { ambience: string | null; stops: number } }).goodCallAudio),
    ).toMatchObject({ ambience: null, stops: 1 });
    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('mutes from the title screen and unmutes during play, with the volume, and the encounter goes on', async () => {
    const app = await openApp(browser(), `${inject('appUrl')}?audio=fake`);
    const { page } = app;
    await openSettings(page);
    await page.locator('#sound').uncheck();
    await page.locator('#volume').fill('30');
    expect(await page.evaluate(() => (window as unknown as { goodCallAudio: { preferences: unknown } }).goodCallAudio.preferences)).toEqual(
      { muted: true, volume: 0.3 },
    );
    await openScenario(page, 'hub-overdose');
    expect(await page.locator('#encounter-sound').isChecked()).toBe(false);
    expect(await page.locator('#encounter-volume').inputValue()).toBe('30');
    await page.locator('.choice-list button', { hasText: 'naloxone' }).click();
    expect((await recorded(page)).at(-1)).toEqual({ name: 'sfx:naloxone_spray', audible: false });

    await page.locator('#encounter-sound').check();
    await page.locator('#encounter-volume').fill('100');
    // The same encounter, not a new one: the pick is still in the narration.
    expect(await page.locator('.narration .line.pick').count()).toBe(1);
    await page.locator('.choice-list button', { hasText: 'naloxone' }).click();
    expect((await recorded(page)).at(-1)).toEqual({ name: 'sfx:naloxone_spray', audible: true });
    expect(await page.locator('.narration .caption[data-sound="sfx:naloxone_spray"]').count()).toBe(2);
    expect(await page.locator('#encounter-volume').getAttribute('aria-valuetext')).toBe('100%');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

interface SoundLoad {
  readonly cue: string;
  readonly loaded: boolean;
  readonly error?: string;
}

const soundLoads = (page: Page): Promise<SoundLoad[]> =>
  page.evaluate(() => [...((window as unknown as { goodCallSoundLoads?: SoundLoad[] }).goodCallSoundLoads ?? [])]);

describe('the real player', () => {
  it('makes the scene’s ambience and the story’s sounds on the device, and howler decodes them', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await openScenario(page, 'hub-overdose');
    await page.locator('.choice-list button', { hasText: 'naloxone' }).click();
    await expect
      .poll(async () => (await soundLoads(page)).map((l) => `${l.cue} ${l.loaded ? 'loaded' : `failed: ${l.error}`}`).sort(), {
        timeout: 20_000,
      })
      .toEqual(['ambience:apartment loaded', 'sfx:naloxone_spray loaded']);
    const workers = app.requests.filter((url) => /\/assets\/synth-worker-[\w-]+\.js$/.test(url));
    expect(workers).toHaveLength(1);
    expect(app.requests.filter((url) => /\.(ogg|mp3|wav)$/.test(url))).toEqual([]);

    // The built worker, in Chromium, makes the very samples the recipe makes in Node.
    const checksum = await page.evaluate(async (url) => {
      const worker = new Worker(url, { type: 'module' });
      const wav = await new Promise<ArrayBuffer>((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<{ wav?: ArrayBuffer; error?: string }>) =>
          data.wav ? resolve(data.wav) : reject(new Error(data.error));
        worker.postMessage({ id: 1, sound: 'naloxone-spray' });
      });
      worker.terminate();
      const digest = await crypto.subtle.digest('SHA-256', wav.slice(44));
      return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    }, workers[0]!);
    expect(checksum.slice(0, 16)).toBe(soundFingerprint(synthesiseWav('naloxone-spray')).checksum);
    expect(app.foreignRequests).toEqual([]);
    expect(app.failedResponses).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('makes no sound at all while sound is off', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await openSettings(page);
    await page.locator('#sound').uncheck();
    await openScenario(page, 'hub-overdose');
    await page.locator('.choice-list button', { hasText: 'naloxone' }).click();
    await page.locator('.narration .caption[data-sound="sfx:naloxone_spray"]').waitFor();
    expect(app.requests.filter((url) => /synth-worker|howler/.test(url))).toEqual([]);
    expect(await soundLoads(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
