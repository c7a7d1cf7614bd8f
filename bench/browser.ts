/**
 * Figures measured in headless Chromium against production builds served on localhost: cold load
 * (beside an empty Phaser game), the work of each of Phaser's steps in the encounter and any long
 * animation frame, pick-to-render latency, heap growth over many playthroughs, and the author
 * preview's feedback after a keystroke.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../src/tooling/paths.js';
import { launchChromium } from '../tests/browser/helpers/browser.js';
import { serveStatic } from '../tests/browser/helpers/static-server.js';
import { median, percentile, round } from './stats.js';

export interface BrowserFigures {
  readonly coldLoadMs: number;
  readonly emptyPhaserColdLoadMs: number;
  readonly coldLoadRatio: number;
  /** CPU time of one Phaser step (update and render) in the animated encounter. */
  readonly stepWorkP50Ms: number;
  readonly stepWorkP95Ms: number;
  readonly steps: number;
  /** Animation frames over 50 ms (the Long Animation Frames API) while the encounter animates. */
  readonly longAnimationFrames: number;
  readonly longestAnimationFrameMs: number;
  readonly pickToRenderP50Ms: number;
  readonly pickToRenderP95Ms: number;
  readonly heapFirstMb: number;
  readonly heapAfter50Mb: number;
  readonly heapGrowthMb: number;
  readonly authorFeedbackP50Ms: number;
  readonly authorFeedbackP95Ms: number;
}

const COLD_LOADS = 5;
const SCENARIO = 'patdown-traffic-stop';

async function freshPage(browser: Browser, motion: 'reduce' | 'no-preference' = 'reduce'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: motion, serviceWorkers: 'block' });
  // tsx names functions with a `__name` helper; the functions this file hands to the page need it there too.
  await context.addInitScript('window.__name = (f) => f');
  return context.newPage();
}

/** Milliseconds from navigation to a performance mark the page sets when it is interactive. */
async function coldLoad(browser: Browser, url: string, mark: string): Promise<number> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
  const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
  await page.context().close();
  return ms;
}

async function startScenario(page: Page): Promise<void> {
  await page.locator('#open-scenarios').click();
  await page.locator(`[data-scenario-id="${SCENARIO}"] button[data-action="play"]`).click();
  await page.locator('#begin').click();
  await page.locator('.choice-list button').first().waitFor();
}

/** Plays to the end with the number keys, measuring each key press to the next line painted. */
async function playMeasuring(page: Page, latencies: number[] | undefined): Promise<void> {
  for (let n = 0; n < 200; n++) {
    if ((await page.locator('#to-debrief').count()) > 0) return;
    const count = await page.locator('.choice-list button').count();
    const key = String(Math.min(9, 1 + (n % Math.max(1, count))));
    if (latencies) {
      await page.evaluate(() => {
        const w = window as unknown as { benchPick?: Promise<number> };
        const log = document.querySelector('.narration') ?? document.body;
        w.benchPick = new Promise((resolve) => {
          let pressed = 0;
          const onKey = (): void => {
            pressed = performance.now();
          };
          document.addEventListener('keydown', onKey, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - pressed));
          });
          // A pick that never shows a line must not hang the bench: it counts as 5 s.
          setTimeout(() => {
            observer.disconnect();
            resolve(5000);
          }, 5000);
          observer.observe(log, { childList: true, subtree: true });
        });
      });
    }
    await page.keyboard.press(key);
    if (latencies) latencies.push(await page.evaluate(() => (window as unknown as { benchPick: Promise<number> }).benchPick));
  }
}

async function heapMb(page: Page): Promise<number> {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };
  await client.detach();
  return usedSize / 1024 / 1024;
}

/** Seconds of the animated encounter over which Phaser's steps and long frames are sampled. */
const SAMPLE_SECONDS = 10;

interface StepSample {
  readonly work: number[];
  readonly longFrames: number[];
}

/** Phaser's step work and the long animation frames while the encounter's picture animates. */
export async function stepWork(browser: Browser, url: string): Promise<StepSample> {
  const page = await freshPage(browser, 'no-preference');
  await page.goto(`${url}?measure=steps`);
  await startScenario(page);
  // The picture is drawn and animating: its first steps (textures, shaders) are not the steady work.
  await page.waitForFunction(() => ((window as unknown as { goodCallStepWork?: number[] }).goodCallStepWork?.length ?? 0) > 24, undefined, {
    timeout: 60_000,
  });
  const sample = await page.evaluate(
    (seconds) =>
      new Promise<StepSample>((resolve) => {
        const w = window as unknown as { goodCallStepWork: number[] };
        const longFrames: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longFrames.push(entry.duration);
        });
        observer.observe({ type: 'long-animation-frame', buffered: false });
        const from = w.goodCallStepWork.length;
        setTimeout(() => {
          observer.disconnect();
          resolve({ work: w.goodCallStepWork.slice(from), longFrames });
        }, seconds * 1000);
      }),
    SAMPLE_SECONDS,
  );
  await page.context().close();
  return sample;
}

async function authorFeedback(browser: Browser, url: string): Promise<number[]> {
  const page = await freshPage(browser);
  await page.goto(`${url}author.html`);
  const folder = path.join(REPO_ROOT, 'scenarios', 'overdose-apartment');
  await page.setInputFiles('#open-folder', folder);
  await page.waitForFunction(() => document.getElementById('problems-summary')?.dataset.errors === '0', undefined, { timeout: 60_000 });
  const source = readFileSync(path.join(folder, 'en.ink'), 'utf8');
  const match = /#act:[a-z_]+/.exec(source)!;
  const offset = match.index + match[0].length;
  const samples: number[] = [];
  for (let i = 0; i < 21; i++) {
    const wanted = i % 2 === 0 ? 'error' : 'clean';
    await page.evaluate(
      ({ at, wanted }) => {
        const editor = document.getElementById('editor') as HTMLTextAreaElement;
        editor.focus();
        const caret = wanted === 'error' ? at : at + 1;
        editor.setSelectionRange(caret, caret);
        const summary = document.getElementById('problems-summary')!;
        const w = window as unknown as { benchFeedback?: Promise<number> };
        w.benchFeedback = new Promise((resolve) => {
          let pressed = 0;
          document.addEventListener('keydown', () => (pressed = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const errors = summary.dataset.errors;
            if ((wanted === 'error' && errors !== '0') || (wanted === 'clean' && errors === '0')) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - pressed));
            }
          });
          observer.observe(summary, { attributes: true, childList: true, characterData: true, subtree: true });
        });
      },
      { at: offset, wanted },
    );
    await page.keyboard.press(wanted === 'error' ? 'x' : 'Backspace');
    const ms = await page.evaluate(() => (window as unknown as { benchFeedback: Promise<number> }).benchFeedback);
    if (i > 0) samples.push(ms);
  }
  await page.context().close();
  return samples;
}

export async function measureBrowser(appDir: string, emptyDir: string, playthroughs: number): Promise<BrowserFigures> {
  const app = await serveStatic(appDir);
  const empty = await serveStatic(emptyDir);
  const browser = await launchChromium();
  try {
    const appLoads: number[] = [];
    const emptyLoads: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      appLoads.push(await coldLoad(browser, app.url, 'good-call:interactive'));
      emptyLoads.push(await coldLoad(browser, empty.url, 'empty:interactive'));
    }
    const steps = await stepWork(browser, app.url);

    const page = await freshPage(browser);
    await page.goto(app.url);
    const latencies: number[] = [];
    await startScenario(page);
    await playMeasuring(page, latencies);
    const heapFirst = await heapMb(page);
    for (let run = 1; run < playthroughs; run++) {
      await page.locator('#to-debrief').click();
      await page.locator('#try-again').click();
      await page.locator('#begin').click();
      await page.locator('.choice-list button').first().waitFor();
      await playMeasuring(page, run < 4 ? latencies : undefined);
    }
    const heapAfter = await heapMb(page);
    await page.context().close();

    const feedback = await authorFeedback(browser, app.url);
    const coldLoadMs = median(appLoads);
    const emptyPhaserColdLoadMs = median(emptyLoads);
    return {
      coldLoadMs: round(coldLoadMs),
      emptyPhaserColdLoadMs: round(emptyPhaserColdLoadMs),
      coldLoadRatio: round(coldLoadMs / emptyPhaserColdLoadMs, 2),
      stepWorkP50Ms: round(percentile(steps.work, 50), 2),
      stepWorkP95Ms: round(percentile(steps.work, 95), 2),
      steps: steps.work.length,
      longAnimationFrames: steps.longFrames.length,
      longestAnimationFrameMs: round(Math.max(0, ...steps.longFrames)),
      pickToRenderP50Ms: round(percentile(latencies, 50)),
      pickToRenderP95Ms: round(percentile(latencies, 95)),
      heapFirstMb: round(heapFirst),
      heapAfter50Mb: round(heapAfter),
      heapGrowthMb: round(heapAfter - heapFirst),
      authorFeedbackP50Ms: round(percentile(feedback, 50)),
      authorFeedbackP95Ms: round(percentile(feedback, 95)),
    };
  } finally {
    await browser.close();
    await app.close();
    await empty.close();
  }
}
