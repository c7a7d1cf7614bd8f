/**
 * Live reload against the real dev server: a trainer plays a scenario in the browser, edits its story
 * on disk, and the running encounter shows the new text without losing the trainee's place; a
 * compile error is shown over the game with its file and line. The test edits a scenario folder of
 * its own under test-artifacts/ (the dev server runs in the `live-reload-test` mode, whose catalogue
 * adds that folder), so the shipped scenarios are never touched.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp, type WatchedPage } from './helpers/browser.js';
import { activate } from './helpers/game.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ID = 'zz-live-reload';
const FOLDER = path.join(ROOT, 'test-artifacts', 'live-reload', ID);
const STORY = path.join(FOLDER, 'en.ink');

const MANIFEST = {
  id: ID,
  version: 1,
  kind: 'overdose',
  title: { en: 'Live reload: the kettle' },
  summary: { en: 'A scenario the live-reload test edits while it is played.' },
  estimatedMinutes: 3,
  locales: ['en'],
  protocols: ['naloxone'],
  parameters: { dosesNeeded: 1, emsEtaMinutes: 6 },
};

/** A small hub; `{kettle}` is the line the test rewrites, `{extra}` a place for a mistake (line 14). */
function story(kettle: string, extra = ''): string {
  return `VAR breathing = "slow"
VAR responsive = false
VAR ems_on_scene = false

Dispatch: a man is not breathing. #speaker:dispatch
-> arrive

=== arrive ===
You arrive at the apartment. #event:on_scene
-> beside_patient

=== beside_patient ===
{ems_on_scene: -> medics}
${extra}
${kettle}
+ [Give him naloxone #act:naloxone_nasal target=patient]
  The spray hisses.
  -> beside_patient
* [Call EMS #act:call_ems]
  -> beside_patient
+ [Wait #act:wait]
  -> beside_patient

=== medics ===
The medics come in. #speaker:ems
* [Hand over to EMS #act:handoff_to_ems]
  -> END
`;
}

/** The scratch folder, its files and the folders above it (the watcher walks down to it). */
function isOnWatchedPath(file: string): boolean {
  const resolved = path.resolve(file);
  return resolved === FOLDER || resolved.startsWith(`${FOLDER}${path.sep}`) || `${FOLDER}${path.sep}`.startsWith(`${resolved}${path.sep}`);
}

let server: ViteDevServer;
let url: string;
// The dev server's optimised dependencies, this run's own: another suite's dev server beside it never invalidates them.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'good-call-live-reload-vite-'));
let browser: Browser;

beforeAll(async () => {
  mkdirSync(FOLDER, { recursive: true });
  writeFileSync(path.join(FOLDER, 'scenario.json'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  writeFileSync(STORY, story('A kettle whistles in the kitchen.'));
  server = await createServer({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    mode: 'live-reload-test',
    logLevel: 'error',
    clearScreen: false,
    cacheDir,
    // Optimised before the page asks: one found only when the game loads it would reload the page mid-test.
    optimizeDeps: { include: ['phaser', 'howler', 'inkjs', 'i18next', 'xstate', 'idb'] },
    // Only the test's own folder is watched: an edit elsewhere in the tree (another engineer at work)
    // would make Vite reload the page and lose the place this test checks is kept.
    server: { host: '127.0.0.1', port: 0, open: false, hmr: true, watch: { ignored: (file: string) => !isOnWatchedPath(file) } },
  });
  await server.listen();
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('the dev server has no local address');
  url = local;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(path.dirname(FOLDER), { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

async function narrationText(app: WatchedPage): Promise<string> {
  return (await app.page.locator('.narration').textContent()) ?? '';
}

describe('live reload under the dev server', () => {
  it('shows an edited story in the running encounter, keeping the trainee’s place, and shows a compile error with its file and line', async () => {
    const app = await openApp(browser, url);
    const { page } = app;
    await activate(page, '#open-scenarios');
    await activate(page, `[data-scenario-id="${ID}"] button[data-action="play"]`);
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    expect(await narrationText(app)).toContain('A kettle whistles');

    // Two picks: a dose of naloxone, then the call to EMS.
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.locator('.narration .line.pick').nth(1).waitFor();
    expect(await page.locator('.narration .line.pick').count()).toBe(2);
    const choicesBefore = await page.locator('.choice-list button .text').allTextContents();

    writeFileSync(STORY, story('A kettle screams on the stove.'));
    await page.locator('.narration', { hasText: 'A kettle screams on the stove.' }).waitFor();
    // The place is kept: the same two picks, replayed, and the same choices now.
    expect(await page.locator('.narration .line.pick').count()).toBe(2);
    expect(await page.locator('.choice-list button .text').allTextContents()).toEqual(choicesBefore);
    expect(await page.locator('.narration .note').last().textContent()).toMatch(/2 choices/);
    expect(await page.locator('[data-state="doses"] dd').textContent()).toBe('1');

    writeFileSync(STORY, story('A kettle screams on the stove.', '+ [Search the kitchen #act:search_kitchen]'));
    const overlay = page.locator('.live-reload-problems');
    await overlay.waitFor();
    expect(await overlay.getAttribute('role')).toBe('alert');
    const problem = (await overlay.locator('li').first().textContent()) ?? '';
    expect(problem).toContain(`test-artifacts/live-reload/${ID}/en.ink:14`);
    expect(problem).toContain('search_kitchen');
    // The game keeps the last version that worked.
    expect(await page.locator('.choice-list button .text').allTextContents()).toEqual(choicesBefore);

    writeFileSync(STORY, story('The kettle falls silent.'));
    await overlay.waitFor({ state: 'detached' });
    await page.locator('.narration', { hasText: 'The kettle falls silent.' }).waitFor();
    expect(await page.locator('.narration .line.pick').count()).toBe(2);

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
