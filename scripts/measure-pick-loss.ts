/**
 * `npx tsx scripts/measure-pick-loss.ts [--trials 5] [--delays 0,10,20,40,80]`: how soon after a pick
 * a crash stops losing it. Builds the game, plays the hub fixture in Debian's Chromium with a profile
 * folder of its own, makes a pick, kills the browser process (SIGKILL) the given milliseconds after
 * the key press, starts it again on the same folder and reads what the device kept. A measurement for
 * the README, not a test: tests never time anything.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from '../tests/browser/helpers/browser.js';
import { startScenario } from '../tests/browser/helpers/game.js';
import { serveStatic } from '../tests/browser/helpers/static-server.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '5' },
    delays: { type: 'string', default: '0,10,20,40,80' },
    // Kill at once after the pick's record is committed (readable in IndexedDB), as a screen that waits on saved() would be.
    'after-commit': { type: 'boolean', default: false },
  },
  strict: true,
});
const trials = Number(values.trials);
const delays = values.delays.split(',').map(Number);

/** Chromium started by hand, so that its process can be killed as a crash would. */
async function startChromium(profile: string): Promise<{ process: ChildProcess; browser: Browser }> {
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // A process group of its own, so that a kill takes every process of the browser at once, as a crash does.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found) resolve(found[1]!);
    });
    child.on('exit', () => reject(new Error(`Chromium exited: ${text}`)));
  });
  started.push(child);
  return { process: child, browser: await chromium.connectOverCDP(endpoint) };
}

/** In the page: whether the unfinished attempt on the device holds `picks` picks. */
function savedPicksAre(picks: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const open = indexedDB.open('good-call');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const request = open.result.transaction('attempts').objectStore('attempts').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(
          (request.result as { status: string; picks: unknown[] }[]).some((a) => a.status === 'in-progress' && a.picks.length === picks),
        );
      };
    };
  });
}

async function savedPicks(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('good-call');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const request = open.result.transaction('attempts').objectStore('attempts').getAll();
          request.onerror = () => resolve(0);
          request.onsuccess = () => {
            const attempt = (request.result as { status: string; picks: unknown[] }[]).find((a) => a.status === 'in-progress');
            resolve(attempt?.picks.length ?? 0);
          };
        };
      }),
  );
}

async function openGame(browser: Browser, url: string): Promise<Page> {
  const page = await (browser.contexts()[0] ?? (await browser.newContext())).newPage();
  await page.goto(url);
  await page.locator('h1').first().waitFor();
  return page;
}

/** Every browser started, so that none outlives a trial that failed half way. */
const started: ChildProcess[] = [];

function killGroup(child: ChildProcess): void {
  try {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function trial(url: string, delay: number): Promise<boolean> {
  const profile = mkdtempSync(path.join(tmpdir(), 'good-call-kill-'));
  try {
    const first = await startChromium(profile);
    const page = await openGame(first.browser, url);
    await startScenario(page, 'hub-overdose');
    await page.keyboard.press('3');
    await page.waitForFunction(savedPicksAre, 1);
    await page.keyboard.press('1');
    const pressed = performance.now();
    if (values['after-commit']) await page.waitForFunction(savedPicksAre, 2, { polling: 'raf' });
    while (performance.now() - pressed < delay) await new Promise((resolve) => setImmediate(resolve));
    const exited = new Promise((resolve) => first.process.once('exit', resolve));
    process.kill(-first.process.pid!, 'SIGKILL');
    await exited;
    const second = await startChromium(profile);
    const kept = await savedPicks(await openGame(second.browser, url));
    const closed = new Promise((resolve) => second.process.once('exit', resolve));
    process.kill(-second.process.pid!, 'SIGKILL');
    await closed;
    return kept === 2;
  } finally {
    for (const child of started.splice(0)) killGroup(child);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

const outDir = mkdtempSync(path.join(tmpdir(), 'good-call-kill-app-'));
execFileSync(
  process.execPath,
  [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'e2e', '--outDir', outDir, '--logLevel', 'error'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
const server = await serveStatic(outDir);
try {
  for (const delay of delays) {
    let kept = 0;
    for (let i = 0; i < trials; i++) if (await trial(server.url, delay)) kept++;
    const when = values['after-commit'] ? `${delay} ms after the pick's record was committed` : `${delay} ms after the pick`;
    console.log(`killed ${when}: kept in ${kept} of ${trials}`);
  }
} finally {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
