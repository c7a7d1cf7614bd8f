/**
 * Instructor-led mode in real Chromium: the game window on the projector and the instructor console
 * opened from it, two pages of one browser context kept in step over a BroadcastChannel. An inject
 * from the console changes the projector's story and state; a pause stops the clock in both; a note
 * and a class vote end up in the debrief and in the JSON export of the attempt.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { attemptsJson } from '../../src/export/attempts-json.js';
import type { StoredAttempt } from '../../src/storage/attempt-record.js';
import { seriousViolations } from './helpers/axe.js';
import { keepScreenshot, chromiumForFile, openApp } from './helpers/browser.js';
import { activate, firstUnpicked, openSettings } from './helpers/game.js';
import { storedAttempts } from './helpers/device-attempts.js';

const browser = chromiumForFile();

const projectorClock = (page: Page): Promise<string | null> => page.locator('[data-state="clock"] dd').textContent();
const consoleClock = (page: Page): Promise<string | null> => page.locator('[data-clock]').textContent();

/** Plays on from wherever the class is, with the keyboard, until the encounter ends. */
async function playOn(page: Page): Promise<void> {
  const picked: string[] = [];
  for (let n = 0; n < 200; n++) {
    await page.waitForSelector('.choices:not([hidden]) .choice-list button, #to-debrief');
    if ((await page.locator('#to-debrief').count()) > 0) return;
    const choices = (await page.locator('.choice-list button .text').allTextContents()).map((c) => c.trim());
    const index = firstUnpicked(choices, picked);
    picked.push(choices[index] ?? '');
    if (index < 9) await page.keyboard.press(String(index + 1));
    else await page.locator('.choice-list button').nth(index).click();
  }
  throw new Error('the story did not end within 200 picks');
}

/** The game window with a class: the console opened from the title, the apartment encounter begun. */
async function classOnProjector(mode: 'learn' | 'assess') {
  // Both windows on one clock the test can move: time passes as usual until the test runs it on by hand.
  const app = await openApp(browser(), inject('appUrl'), { beforeLoad: (context) => context.clock.install() });
  const { page, context } = app;
  await openSettings(page);
  await page.locator(`#mode-${mode}`).check();
  const [consolePage] = await Promise.all([context.waitForEvent('page'), activate(page, '#run-with-class')]);
  await consolePage.locator('.connection', { hasText: 'Connected to the game window' }).waitFor();
  await activate(page, '#open-scenarios');
  await activate(page, '[data-scenario-id="overdose-apartment"] button[data-action="play"]');
  await activate(page, '#begin');
  await page.locator('.choice-list button').first().waitFor();
  await consolePage.locator('.connection', { hasText: 'Following' }).waitFor();
  return { app, page, context, consolePage };
}

describe('a class run from the instructor console', () => {
  it('injects, pauses both clocks, notes and records a vote, and the debrief and the export keep them', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page, context } = app;
    await openSettings(page);
    await page.locator('#mode-assess').check();

    const [consolePage] = await Promise.all([context.waitForEvent('page'), activate(page, '#run-with-class')]);
    const consoleErrors: string[] = [];
    consolePage.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    consolePage.on('pageerror', (error) => consoleErrors.push(error.message));
    await consolePage.locator('#console-heading').waitFor();
    expect(new URL(consolePage.url()).pathname).toMatch(/\/console\.html$/);
    await consolePage.locator('.connection', { hasText: 'Connected to the game window' }).waitFor();
    expect(await page.evaluate(() => document.body.classList.contains('classroom-projector'))).toBe(true);

    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="overdose-apartment"] button[data-action="play"]');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    // The projector shows no controls but the choices: the console pauses.
    expect(await page.locator('#pause').isVisible()).toBe(false);

    await consolePage.locator('.connection', { hasText: "Following “The roommate's call” (Assess mode)" }).waitFor();
    expect(
      await consolePage.locator('#inject-event option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['caller_left', 'ems_delayed', 'transport_refused', 'bystander_disclosed', 'patient_pulseless']);
    // What the trainees cannot see, and the choices with the actions they carry.
    expect(await consolePage.locator('dd[data-fact="oxygen"]').textContent()).toMatch(/^\d+ s \(brain injury at 240 s, death at 600 s\)$/);
    expect(await consolePage.locator('.console-choices li').first().textContent()).toBe(
      '1. Take in the whole room from the doorway before you step in (looked for hazards)',
    );
    expect(await consolePage.locator('.risk[data-rule-id="OD-EMS-FIRST"] .badge').textContent()).toMatch(/^Open: \d\d:\d\d left$/);

    // An inject: the projector's story and state react at once.
    expect(await page.locator('[data-state="caller"] dd').textContent()).toBe('here, trust low');
    await consolePage.locator('#inject-event').selectOption('caller_left');
    await consolePage.locator('#inject-note').fill('He grabs his jacket and heads for the door');
    await consolePage.locator('#inject').click();
    await page
      .locator('.narration .note', { hasText: '[Instructor: The caller leaves. He grabs his jacket and heads for the door]' })
      .waitFor();
    await page.locator('[data-state="caller"] dd', { hasText: 'has left' }).waitFor();
    await consolePage.locator('dd[data-fact="caller"]', { hasText: 'has left' }).waitFor();
    await consolePage.locator('.console-log .by-instructor', { hasText: 'The caller leaves' }).waitFor();

    // A pause stops simulated time in both windows, which show the same clock.
    const running = await projectorClock(page);
    await page.waitForFunction((shown) => document.querySelector('[data-state="clock"] dd')?.textContent !== shown, running, {
      timeout: 15_000,
    });
    await consolePage.locator('#console-pause').click();
    await page.locator('.class-banner', { hasText: 'Paused by the instructor.' }).waitFor();
    expect(await page.locator('.choices').isHidden()).toBe(true);
    await consolePage.locator('#console-pause', { hasText: 'Resume' }).waitFor();
    const pausedAt = await projectorClock(page);
    expect(await consoleClock(consolePage)).toBe(pausedAt);
    // Five seconds of real time, every timer of both windows fired: a paused clock gives none of it to the patient.
    await page.clock.runFor(5_000);
    expect(await projectorClock(page)).toBe(pausedAt);
    expect(await consoleClock(consolePage)).toBe(pausedAt);
    await page.keyboard.press('1');
    expect(await page.locator('.narration .line.pick').count()).toBe(0);

    await consolePage.locator('#console-pause').click();
    await page.waitForFunction((shown) => document.querySelector('[data-state="clock"] dd')?.textContent !== shown, pausedAt, {
      timeout: 15_000,
    });
    await consolePage.waitForFunction((shown) => document.querySelector('[data-clock]')?.textContent !== shown, pausedAt, {
      timeout: 15_000,
    });
    expect(await page.locator('.choices').isVisible()).toBe(true);

    // A note for the record: in the console's log, not on the projector.
    await consolePage.locator('#note-text').fill('Asked the class why the caller might leave');
    await consolePage.locator('#add-note').click();
    await consolePage.locator('.console-log .by-instructor', { hasText: 'Note: Asked the class why the caller might leave' }).waitFor();
    expect(await page.locator('.narration', { hasText: 'Asked the class' }).count()).toBe(0);

    // A class vote: the projector waits for the instructor to record the class's pick.
    await consolePage.locator('#open-vote').click();
    await page.locator('.class-banner', { hasText: 'Class vote: discuss, then the instructor records your choice.' }).waitFor();
    // The button pressed is hidden by the vote: focus goes on to the first count to enter.
    await consolePage.waitForFunction(() => document.activeElement?.id === 'tally-0');
    await page.keyboard.press('1');
    expect(await page.locator('.narration .line.pick').count()).toBe(0);
    await consolePage.locator('#tally-0').fill('9');
    await consolePage.locator('#tally-1').fill('3');
    expect(await consolePage.locator('#class-pick').inputValue()).toBe('0');
    expect(await seriousViolations(consolePage)).toEqual([]);
    await keepScreenshot(consolePage, 'classroom-console');
    await keepScreenshot(page, 'classroom-projector');
    await consolePage.locator('#record-pick').click();
    await page.locator('.narration .line.pick').first().waitFor();
    expect(await page.locator('.class-banner').textContent()).toBe('');
    // The vote form is gone: focus is back on the control that opens the next vote.
    await consolePage.waitForFunction(() => document.activeElement?.id === 'open-vote');

    await playOn(page);
    // The story itself noticed: the caller the instructor sent away is gone from the scene's prose.
    expect(await page.locator('.narration', { hasText: 'When you glance round, Andre is gone.' }).count()).toBe(1);
    await consolePage.locator('.connection', { hasText: 'has ended' }).waitFor();
    await activate(page, '#to-debrief');
    await page.locator('#debrief-heading').waitFor();

    const inject_ = page.locator('.pick-list .instructor-input[data-instructor="inject"]');
    expect(await inject_.textContent()).toMatch(
      /^\d\d:\d\d Instructor: Raised: The caller leaves \(He grabs his jacket and heads for the door\)$/,
    );
    expect(await page.locator('.pick-list .instructor-input[data-instructor="note"]').textContent()).toMatch(
      /Note: Asked the class why the caller might leave$/,
    );
    expect(await page.locator('.pick[data-pick="0"] .vote-split').textContent()).toBe(
      'Class vote (12 votes): choice 1: 9 (75%), picked; choice 2: 3 (25%)',
    );
    // Injects and notes came before the first pick, so they are listed before it.
    expect(
      await page
        .locator('.pick-list > li')
        .evaluateAll((items) => items.slice(0, 3).map((i) => i.getAttribute('data-instructor') ?? `pick ${i.getAttribute('data-pick')}`)),
    ).toEqual(['inject', 'note', 'pick 0']);

    const attemptId = await page.locator('[data-attempt]').getAttribute('data-attempt');
    const attempt = (await storedAttempts(page)).find((a) => a.id === attemptId);
    expect(attempt?.status).toBe('finished');
    const exported = JSON.parse(attemptsJson(attempt ? [attempt] : [])) as { attempts: StoredAttempt[] };
    const [record] = exported.attempts;
    expect(record?.instructorInputs).toMatchObject([
      { kind: 'inject', event: 'caller_left', note: 'He grabs his jacket and heads for the door', afterPick: 0 },
      { kind: 'note', text: 'Asked the class why the caller might leave', afterPick: 0 },
    ]);
    expect(record?.picks[0]?.vote).toEqual({ 0: 9, 1: 3 });
    expect(record?.status === 'finished' && record.report.log.some((e) => e.source.origin === 'instructor' && e.id === 'caller_left')).toBe(
      true,
    );

    expect(app.errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await context.close();
  });

  it('pauses learn mode from the console, and gives the class its picks back when the console closes or the game window reloads', async () => {
    const { app, page, context, consolePage } = await classOnProjector('learn');
    const picks = page.locator('.narration .line.pick');

    // Learn mode has no clock to stop: the pause holds the trainees' picks.
    await consolePage.locator('#console-pause').click();
    await page.locator('.class-banner', { hasText: 'Paused by the instructor.' }).waitFor();
    expect(await page.locator('.choices').isHidden()).toBe(true);
    await page.keyboard.press('1');
    expect(await picks.count()).toBe(0);
    await consolePage.locator('#console-pause', { hasText: 'Resume' }).click();
    await page.locator('.choices:not([hidden]) .choice-list button').first().waitFor();
    await page.keyboard.press('1');
    await picks.first().waitFor();
    await consolePage.locator('.console-log', { hasText: 'Breathing slowly' }).waitFor();

    // A vote opened and cancelled: focus follows the controls the instructor uses next.
    await consolePage.locator('#open-vote').click();
    await consolePage.waitForFunction(() => document.activeElement?.id === 'tally-0');
    await consolePage.locator('#cancel-vote').click();
    await consolePage.waitForFunction(() => document.activeElement?.id === 'open-vote');

    // The console closed mid-vote: the projector lifts the vote and the class picks again.
    await consolePage.locator('#open-vote').click();
    await page.locator('.class-banner', { hasText: 'Class vote' }).waitFor();
    await page.keyboard.press('1');
    expect(await picks.count()).toBe(1);
    await consolePage.close({ runBeforeUnload: true });
    await page.waitForFunction(() => !document.body.classList.contains('classroom-projector'));
    expect(await page.locator('.class-banner').textContent()).toBe('');
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelectorAll('.narration .line.pick').length === 2);

    // "Reopen the console" on the projector brings one back, following the same encounter.
    const [reopened] = await Promise.all([context.waitForEvent('page'), page.locator('.reopen-console a').click()]);
    await reopened.locator('.connection', { hasText: 'Following' }).waitFor();
    await page.waitForFunction(() => document.body.classList.contains('classroom-projector'));
    // Pressed again, it finds that console window as it is, rather than reloading it or opening a second.
    const pages = context.pages().length;
    await reopened.evaluate(() => ((window as unknown as { untouched?: boolean }).untouched = true));
    await page.locator('.reopen-console a').click();
    await page.locator('.reopen-console a').click();
    expect(context.pages().length).toBe(pages);
    expect(await reopened.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);

    // The game window goes away: the console says so and its controls wait.
    const appUrl = page.url();
    await page.goto('about:blank');
    await reopened.locator('.connection', { hasText: 'The game window is closed or reloading' }).waitFor();
    expect(await reopened.locator('#console-pause').isDisabled()).toBe(true);
    expect(await reopened.locator('#add-note').isDisabled()).toBe(true);
    // Back in the same tab, the game window takes the class up again and the console follows it.
    await page.goto(appUrl);
    await reopened.locator('.connection', { hasText: 'Connected to the game window' }).waitFor();
    await page.waitForFunction(() => document.body.classList.contains('classroom-projector'));
    expect(await page.locator('#run-with-class + .help + [role="status"]').textContent()).toMatch(/The console is open for this class/);

    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('gives the projector its own Pause button back when the console closes during a vote in assess mode', async () => {
    const { app, page, context, consolePage } = await classOnProjector('assess');
    expect(await page.locator('#pause').isVisible()).toBe(false);
    await consolePage.locator('#console-pause').click();
    await consolePage.locator('#console-pause', { hasText: 'Resume' }).waitFor();
    await consolePage.locator('#open-vote').click();
    await page.locator('.class-banner', { hasText: 'Paused by the instructor.' }).waitFor();

    await consolePage.close({ runBeforeUnload: true });
    await page.locator('#pause', { hasText: 'Resume' }).waitFor({ state: 'visible' });
    await activate(page, '#pause');
    await page.locator('.choices:not([hidden]) .choice-list button').first().waitFor();
    await page.keyboard.press('1');
    await page.locator('.narration .line.pick').first().waitFor();

    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('tells a console opened without its class how to open one', async () => {
    const app = await openApp(browser(), `${inject('appUrl')}console.html`);
    expect(await app.page.locator('[role="alert"]').textContent()).toMatch(/choose Run with a class/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
