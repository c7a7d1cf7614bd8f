/**
 * The standalone web build works offline after its first load, in real Chromium: its service worker
 * takes control, the network goes away, the page reloads from the worker's cache, and a trainee
 * plays a shipped scenario to its debrief with the keyboard, the picture and sounds included. The
 * instructor dashboard and the author preview open offline too.
 *
 * The browser tests' shared build (`--mode e2e`) has no service worker (src/pwa/offline-app.ts), so
 * this test builds the app as it ships, into a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './helpers/browser.js';
import { activate, firstUnpicked, playToEnd, readDebrief } from './helpers/game.js';
import { playableScenarios } from './helpers/scenarios.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const scenario = playableScenarios().find((s) => s.shipped);
if (!scenario) throw new Error('no shipped scenario loads');

let browser: Browser;
let outDir = '';
let server: StaticServer;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'good-call-offline-'));
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: ROOT, stdio: 'pipe' },
  );
  server = await serveStatic(outDir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Resolves once the page is controlled by an active service worker, its precache complete. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
  });
}

describe('offline', () => {
  it('after one visit, reloads with no network and plays a scenario to its debrief', async () => {
    const app = await openApp(browser, server.url);
    const { page, context } = app;
    await controlledByServiceWorker(page);

    const failedRequests: string[] = [];
    const fromNetwork: string[] = [];
    const fromWorker: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    // blob: URLs are the sounds the page made itself, read back by howler: not the network.
    page.on('response', (response) => {
      if (!response.url().startsWith('blob:')) (response.fromServiceWorker() ? fromWorker : fromNetwork).push(response.url());
    });
    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.locator('h1').first().waitFor();

    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    await activate(page, `[data-scenario-id="${scenario.id}"] button[data-action="play"]`);
    await page.locator('#briefing-heading').waitFor();
    await activate(page, '#begin');
    let drawn = false;
    const run = await playToEnd(page, firstUnpicked, 'keyboard', async (count) => {
      // The picture's chunk (Phaser) came from the cache too: the scene is drawn, not left as a backdrop.
      if (count === 1)
        drawn = await page.waitForFunction(() => document.getElementById('scene')?.dataset.motion !== undefined).then(() => true);
    });
    expect(drawn).toBe(true);
    expect(run.picks.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const debrief = await readDebrief(page);
    expect(debrief.rules.length).toBeGreaterThan(0);
    expect(await page.locator('#scene-layer.no-picture').count()).toBe(0);
    expect(fromNetwork).toEqual([]);
    expect(fromWorker.some((url) => /\/phaser-[\w-]+\.js$/.test(url))).toBe(true);
    // The worker that makes the sounds came from the cache too.
    expect(fromWorker.some((url) => /\/synth-worker-[\w-]+\.js$/.test(url))).toBe(true);

    // A query string still finds its page in the cache, not the game's.
    for (const [page, heading] of [
      ['instructor.html?class=7', '#dashboard-heading'],
      ['author.html', '#author h1'],
    ] as const) {
      const other = await context.newPage();
      const response = await other.goto(`${server.url}${page}`);
      expect(response?.fromServiceWorker(), page).toBe(true);
      await other.locator(heading).first().waitFor();
      await other.close();
    }

    expect(failedRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.failedResponses).toEqual([]);
    await context.close();
  });
});
