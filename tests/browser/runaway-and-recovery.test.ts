/**
 * Nothing a trainer writes or a record holds can hang, crash or silently lose work, in real Chromium
 * against the built app: a looping, a recursing and a self-tunnelling story stop with a located error
 * in the game (which lists the scenario as unavailable) and in the author preview (the problem list,
 * at the line); the editor's text survives a reload; a hand-corrupted saved attempt is set aside on
 * the first failed Resume, with its download. Every wait is on the page, never on time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile, keepScreenshot, openApp, UNTIL_STORED } from './helpers/browser.js';
import { activate, startScenario } from './helpers/game.js';

const RUNAWAY = path.resolve(import.meta.dirname, '..', 'fixtures', 'runaway');
const browser = chromiumForFile();

/** Each fixture runs away on its first pick, behind a condition the compiler cannot see through. */
const STORIES: [string, number, RegExp][] = [
  ['loop-behind-condition', 8, /runs on in "loop" without offering a choice or reaching an ending/],
  ['recursion-behind-condition', 10, /function "g" calls itself/],
  ['self-tunnel-behind-condition', 8, /tunnel "t" enters itself/],
];

describe('a story that runs away, in the game', () => {
  it.each(STORIES)('%s: the trainee is told plainly where it stopped, and the list marks it unavailable', async (id, line, message) => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await startScenario(page, id);
    await page.keyboard.press('1');
    const stopped = page.locator('.story-stopped[role="alert"]');
    await stopped.waitFor();
    expect(await stopped.textContent()).toContain('not because of anything you did');
    const located = (await stopped.locator('.problems li').allTextContents()).join('\n');
    expect(located).toMatch(new RegExp(`${id}/en\\.ink:${line}: error: `));
    expect(located).toMatch(message);
    expect(await page.locator('.choice-list button').count()).toBe(0);
    if (id === STORIES[0]![0]) await keepScreenshot(page, 'game-story-stopped');

    await activate(page, 'button[data-action="back"]');
    await page.locator('#list-heading').waitFor();
    const card = page.locator(`[data-scenario-id="${id}"]`);
    expect(await card.getAttribute('class')).toContain('unavailable');
    expect(await card.locator('button[data-action="play"]').count()).toBe(0);
    expect(await card.locator('.problems li').allTextContents()).toEqual([expect.stringMatching(new RegExp(`en\\.ink:${line}: error: `))]);
    // The others still play.
    expect(await page.locator('[data-scenario-id="hub-overdose"] button[data-action="play"]').count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

async function pasteInk(page: Page, ink: string): Promise<void> {
  await page.locator('#paste-ink').click();
  await page.locator('#editor').fill(ink);
}

describe('a story that runs away, in the author preview', () => {
  it.each(STORIES)('%s: listed at its line by the trial in the worker; played, it stops there too', async (id, line, message) => {
    const app = await openApp(browser(), `${inject('appUrl')}author.html`);
    const { page } = app;
    await pasteInk(page, readFileSync(path.join(RUNAWAY, id, 'en.ink'), 'utf8'));
    const problem = page.locator(`.problem.error[data-file="en.ink"][data-line="${line}"]`);
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(message);

    // Played on the page, the engine's step budget stops it at the same line; the page goes on answering.
    await page.locator('#play-start:not([disabled])').click();
    await page.locator('.author-choices button').first().click();
    await page.locator('.play-status', { hasText: 'The story stopped' }).waitFor();
    expect(await page.locator('.play-status').textContent()).toMatch(new RegExp(`en\\.ink:${line}: error: `));
    expect(await page.locator(`.problem.error[data-line="${line}"]`).count()).toBe(1);
    // The page still answers: the editor takes the next keystroke.
    await page.locator('#editor').press('End');
    await page.keyboard.type('x');
    expect(await page.locator('#editor').inputValue()).toMatch(/x$/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('keeps the editor’s text through a reload: saved as the trainer types, put back on reopen', async () => {
    const app = await openApp(browser(), `${inject('appUrl')}author.html`);
    const { page } = app;
    await page.locator('#paste-ink').click();
    await page.locator('#editor').focus();
    const typed = 'You arrive at the apartment.\n* [Go in #act:scene_size_up] -> END\n';
    await page.keyboard.type(typed);
    expect(await page.locator('#editor').inputValue()).toBe(typed);

    await page.reload();
    await page.locator('h1').first().waitFor();
    expect(await page.locator('#editor').inputValue()).toBe(typed);
    expect(await page.locator('.source-status').textContent()).toContain('Restored the text you were editing');
    await page.locator('#problems-summary[data-errors="0"]').waitFor({ state: 'attached' });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

/** Rewrites the unfinished attempt on the device as a hand edit would: an Ink state inkjs refuses, which still passes validation. */
async function corruptUnfinished(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('good-call');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('attempts', 'readwrite');
          const store = tx.objectStore('attempts');
          const all = store.getAll();
          let id: string | null = null;
          all.onsuccess = () => {
            const attempt = (all.result as { id: string; status: string; progress: { snapshot: { ink: string } } }[]).find(
              (a) => a.status === 'in-progress',
            );
            if (!attempt) return;
            id = attempt.id;
            attempt.progress.snapshot.ink = '{}';
            store.put(attempt);
          };
          tx.oncomplete = () => {
            db.close();
            resolve(id);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function unfinishedOnDevice(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('good-call');
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('attempts').objectStore('attempts').getAll();
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { status: string }[]).filter((a) => a.status === 'in-progress').length);
          };
        };
      }),
  );
}

describe('a hand-corrupted saved attempt', () => {
  it('is set aside on the first failed Resume, with a plain message and its download, and never offered again', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await startScenario(page, 'hub-overdose');
    await page.keyboard.press('1');
    await expect.poll(() => unfinishedOnDevice(page), UNTIL_STORED).toBe(1);
    // Off the encounter first: leaving it saves the attempt once more, over any hand edit.
    await page.reload();
    await page.locator('button[data-resume]').waitFor();
    const id = await corruptUnfinished(page);
    expect(id).not.toBeNull();

    await page.reload();
    await activate(page, `button[data-resume="${id}"]`);
    const told = page.locator('.resume-set-aside[role="alert"]');
    await told.waitFor();
    expect(await told.textContent()).toContain('could not be resumed, so it has been set aside');
    expect(await told.textContent()).not.toMatch(/ink save format|Cannot read/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-download="${id}"]`).click()]);
    expect(download.suggestedFilename()).toBe(`good-call-set-aside-${id}.json`);
    expect(await unfinishedOnDevice(page)).toBe(0);

    // Reopened: listed among the records set aside, not offered to resume.
    await page.reload();
    await page.locator('#open-history:not([hidden])').waitFor();
    expect(await page.locator('button[data-resume]').count()).toBe(0);
    await activate(page, '#open-history');
    await page.locator(`[data-quarantined="${id}"]`).waitFor();
    expect(await page.locator(`[data-quarantined="${id}"] .problems li`).first().textContent()).toMatch(/could not be resumed/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
