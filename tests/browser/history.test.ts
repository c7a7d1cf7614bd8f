/**
 * The history of every attempt on the device, in real Chromium: attempts survive a reload, a corrupt
 * record is set aside and downloadable while the rest load, re-scoring says what changed, and a
 * database from a newer version of Good Call is shown, never written.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { keepScreenshot, chromiumForFile, openApp } from './helpers/browser.js';
import { activate, firstUnpicked, playToEnd, readDebrief } from './helpers/game.js';

const browser = chromiumForFile();

async function playHubToDebrief(page: Page): Promise<void> {
  await activate(page, '#open-scenarios');
  await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
  await activate(page, '#begin');
  await playToEnd(page, firstUnpicked, 'keyboard');
  await page.keyboard.press('Enter');
  await page.locator('#debrief-heading').waitFor();
}

/** Runs `change` on the app's database in the page, as another build, a bug or a crash might have. */
async function onDatabase(page: Page, version: number | undefined, change: 'put corrupt record' | 'bump version'): Promise<void> {
  await page.evaluate(
    ({ version, change }) =>
      new Promise<void>((resolve, reject) => {
        const open = version === undefined ? indexedDB.open('good-call') : indexedDB.open('good-call', version);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (change === 'bump version') {
            db.close();
            resolve();
            return;
          }
          const tx = db.transaction('attempts', 'readwrite');
          tx.objectStore('attempts').put({
            id: 'attempt-corrupt',
            schemaVersion: 2,
            status: 'finished',
            traineeCode: 'TR-BAD1-BAD1',
            picks: 'lost in a crash',
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { version, change },
  );
}

describe('the history of attempts on this device', () => {
  it('keeps attempts across a reload, sets a corrupt record aside with a download, and re-scores an attempt with nothing changed', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await playHubToDebrief(page);
    const played = await readDebrief(page);
    await onDatabase(page, undefined, 'put corrupt record');

    await page.reload();
    await page.locator('#open-history:not([hidden])').waitFor();
    expect(await page.locator('#open-history').textContent()).toBe('Attempts so far (1)');
    await activate(page, '#open-history');
    await page.locator('#history-heading').waitFor();
    expect(await page.locator('tr[data-attempt]').count()).toBe(1);
    const setAside = page.locator('[data-quarantined="attempt-corrupt"]');
    await setAside.waitFor();
    const problems = await setAside.locator('.problems li').allTextContents();
    expect(problems[0]).toBe('scenario: must be an object');
    expect(problems.at(-1)).toMatch(/^and \d+ more problems$/);

    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, '[data-download="attempt-corrupt"]')]);
    expect(download.suggestedFilename()).toBe('good-call-set-aside-attempt-corrupt.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved).toMatchObject({ attemptKey: 'attempt-corrupt', record: { id: 'attempt-corrupt', picks: 'lost in a crash' } });
    expect(saved.problems).toContain('picks: must be a list');

    await activate(page, 'button[data-rescore]');
    await page.locator('.rescore-unchanged').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rescore-heading');
    const scores = page.locator('.rescore-scores');
    expect(await scores.getAttribute('data-score-then')).toBe(String(played.score));
    expect(await scores.getAttribute('data-score-now')).toBe(String(played.score));
    await keepScreenshot(page, 'history-device');
    expect(await seriousViolations(page)).toEqual([]);

    await activate(page, 'button[data-open]');
    expect(await readDebrief(page)).toEqual(played);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  it('shows a newer database read-only: says so on the title and history screens, lists what it can, and saves nothing', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await playHubToDebrief(page);
    // A newer build opens the database at a higher version; this page's connection steps aside for it.
    await onDatabase(page, 3, 'bump version');

    await page.reload();
    const notice = page.locator('.storage-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/saved by a newer version of Good Call \(storage version 3\)/);
    await activate(page, '#open-history');
    await page.locator('#history-heading').waitFor();
    expect(await page.locator('.storage-notice').textContent()).toMatch(/changes nothing/);
    expect(await page.locator('tr[data-attempt]').count()).toBe(1);

    await page.goto(inject('appUrl'));
    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    await page.keyboard.press('1');
    await page.locator('.save-status:not(:empty)').waitFor();
    expect(await page.locator('.save-status').textContent()).toMatch(/not being saved/);
    expect(await page.locator('.narration .line.pick').count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
