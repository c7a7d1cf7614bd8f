/**
 * Scripted paths for the scene and sound tests: a shipped scenario's first golden path, played in
 * Node to know each pick's index, when the story reaches its place and when the patient wakes; and
 * the means to play the same run in the browser (the variant seed fixed through the page's crypto).
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type Line } from '../../../src/engine/index.js';
import { readGoldenPaths } from '../../../src/tooling/golden-paths.js';
import { loadProfile } from '../../../src/tooling/load-profile.js';
import { loadScenarioDir, resolveScenarioDir } from '../../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../../src/tooling/picks.js';
import { lastPlace } from '../../../src/ui/scene-picture.js';
import { scoredSession } from '../../../src/protocols/scored-session.js';

export interface ScriptedPath {
  readonly scenarioId: string;
  readonly kind: 'overdose' | 'patdown';
  readonly seed: number;
  readonly picks: readonly { readonly index: number; readonly text: string; readonly actions: readonly string[] }[];
  /** Picks made when the story first shows the place it is set in, after the drive there. */
  readonly arrivedAfter: number;
  /** Picks made when the patient first responds; patdowns have none. */
  readonly revivedAfter: number | undefined;
  /** The lines of the opening, then of each pick, as the narration shows them. */
  readonly batches: readonly (readonly Line[])[];
}

/** The scenario's first golden path under model-policy, or the one named `pathName` (also under model-policy). */
export function scriptedPath(scenarioId: string, pathName?: string): ScriptedPath {
  const dir = resolveScenarioDir(scenarioId);
  const bundle = loadScenarioDir(dir).bundle;
  const golden = readGoldenPaths(dir)?.paths.find(
    (p) => (p.profile ?? 'model-policy') === 'model-policy' && p.locale === undefined && (pathName === undefined || p.name === pathName),
  );
  const profile = loadProfile('model-policy');
  if (!bundle || !golden || !profile.ok)
    throw new Error(`${scenarioId}: no golden path ${pathName === undefined ? '' : `"${pathName}" `}under model-policy`);
  const seed = golden.seed ?? 1;
  const session = scoredSession({ scenario: bundle, profile: profile.profile, seed });
  const picks: { index: number; text: string; actions: string[] }[] = [];
  const batches: Line[][] = [[...session.next().lines]];
  let arrivedAfter: number | undefined;
  let revivedAfter: number | undefined;
  const place = (): string | undefined => lastPlace(session.transcript());
  if (place() !== undefined && place() !== 'patrol_car') arrivedAfter = 0;
  playPicks(session, parsePicks(golden.picks), (step, index) => {
    const choice = step.choices[index];
    picks.push({ index, text: choice?.text.trim() ?? '', actions: choice?.actions.map((a) => a.action) ?? [] });
  });
  // Replay to find the moments, now that the indexes are known.
  const replay = scoredSession({ scenario: bundle, profile: profile.profile, seed });
  picks.forEach(({ index }, n) => {
    const step = replay.choose(index);
    batches.push([...step.lines]);
    const here = lastPlace(replay.transcript());
    if (arrivedAfter === undefined && here !== undefined && here !== 'patrol_car') arrivedAfter = n + 1;
    if (revivedAfter === undefined && bundle.manifest.kind === 'overdose' && step.state.responsive) revivedAfter = n + 1;
  });
  return {
    scenarioId: path.basename(dir),
    kind: bundle.manifest.kind,
    seed,
    picks,
    arrivedAfter: arrivedAfter ?? 0,
    revivedAfter,
    batches,
  };
}

/**
 * Makes the game draw `seed` as the variant seed of the next attempt (src/ui/settings.ts draws it
 * from one random 32-bit value), so the browser plays the same variant as Node.
 */
export async function fixSeed(context: BrowserContext, seed: number): Promise<void> {
  const value = Math.ceil(((seed - 1) * 2 ** 32) / 999_999);
  await context.addInitScript((fixed: number) => {
    const original = crypto.getRandomValues.bind(crypto);
    crypto.getRandomValues = (<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint32Array && array.length === 1) {
        array[0] = fixed;
        return array;
      }
      return original(array as unknown as Uint8Array) as unknown as T;
    }) as Crypto['getRandomValues'];
  }, value);
}

/** Picks the choice at `index`, after checking that the browser offers the text Node expects there. */
export async function pickChoice(page: Page, index: number, text: string): Promise<void> {
  const offered = (await page.locator('.choice-list button .text').nth(index).textContent())?.trim();
  if (offered !== text) throw new Error(`expected choice ${index + 1} to be "${text}", the page offers "${offered}"`);
  await page.locator('.choice-list button').nth(index).click();
}

/** Waits until the picture has drawn what the page last showed it (a few animation frames). */
export async function settlePicture(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('scene')?.dataset.motion !== undefined);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0;
        const tick = (): void => {
          frames++;
          if (frames >= 8) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}
