/**
 * An unfinished attempt saved on an older version of a scenario is not lost when the scenario
 * changes: the title offers to continue it on the new version, which replays its picks as far as they
 * still apply, says how many were kept, and saves it as a new attempt that then replaces the old one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type Mode } from '../../src/engine/index.js';
import type { UnfinishedAttempt } from '../../src/storage/attempt-record.js';
import { unfinishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { formatClock } from '../../src/kit/format.js';
import { seriousViolations } from './helpers/axe.js';
import { chromiumForFile, openApp, UNTIL_STORED } from './helpers/browser.js';
import { activate } from './helpers/game.js';
import { playableScenarios } from './helpers/scenarios.js';
import { putAttempts, storedAttempts } from './helpers/device-attempts.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const apartment = playableScenarios().find((s) => s.id === 'overdose-apartment')!;
const browser = chromiumForFile();

/** A choice version 1 offered that the shipped version does not. */
const GONE = { index: 40, text: 'Climb in through the bedroom window', actions: [] };

/**
 * The attempt as version 1 left it: three picks, the last of them `GONE` when `loseLast`. Played in
 * Node on the shipped story and then dated back, since version 1 itself is no longer shipped.
 */
function attemptOnVersion1(mode: Mode, loseLast: boolean): { attempt: UnfinishedAttempt; picked: string[] } {
  const loaded = loadProfile('model-policy');
  if (!loaded.ok) throw new Error('model-policy does not load');
  const session = scoredSession({ scenario: apartment.bundle, profile: loaded.profile, seed: 11, mode, locale: 'en' });
  for (let n = 0; n < 3; n++) session.choose(0);
  if (mode === 'assess') session.elapse(12);
  const saved = unfinishedAttemptOf(
    session,
    { id: 'attempt-version-1', traineeCode: 'TR-OLDV-ERSN', timeFactor: mode === 'assess' ? 1 : 0, startedAt: '2025-03-01T10:00:00.000Z' },
    [0, 0, 0],
    '2025-03-01T10:04:00.000Z',
  );
  const picks = loseLast ? [...saved.picks.slice(0, 2), { ...GONE, at: saved.picks[2]!.at }] : saved.picks;
  const version = apartment.bundle.manifest.version - 1;
  const { snapshot } = saved.progress;
  const attempt: UnfinishedAttempt = {
    ...saved,
    scenario: { ...saved.scenario, version },
    picks,
    progress: { ...saved.progress, snapshot: { ...snapshot, scenario: { ...snapshot.scenario, version }, picks } },
  };
  return { attempt, picked: picks.map((p) => p.text.trim()) };
}

interface Kept {
  readonly id: string;
  readonly status: string;
  readonly version: number;
  readonly picks: number;
  readonly replayOf?: { attemptId: string; picksKept: number };
}

async function attemptsOnDevice(page: Page): Promise<Kept[]> {
  return (await storedAttempts(page)).map((a) => ({
    id: a.id,
    status: a.status,
    version: a.scenario.version,
    picks: a.picks.length,
    ...(a.replayOf ? { replayOf: a.replayOf } : {}),
  }));
}

async function openWithPlanted(attempt: UnfinishedAttempt) {
  const app = await openApp(browser(), inject('appUrl'));
  await app.page.locator('#open-scenarios').waitFor();
  // The app creates its database on start; the attempt goes in, and the title reads it on reload.
  await expect
    .poll(() => app.page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'good-call')), UNTIL_STORED)
    .toBe(true);
  // As an older build would have left it.
  await putAttempts(app.page, [attempt]);
  await app.page.reload();
  await app.page.locator(`[data-attempt="${attempt.id}"]`).waitFor();
  return app;
}

describe('an unfinished attempt on a scenario that has changed version', () => {
  it('continues on the new version with the picks that still apply, says how many, and replaces the old record once the new one is saved', async () => {
    const { attempt, picked } = attemptOnVersion1('learn', true);
    const app = await openWithPlanted(attempt);
    const { page } = app;
    const offer = page.locator(`[data-attempt="${attempt.id}"]`);
    expect(await offer.locator('button[data-resume]').count()).toBe(0);
    expect(await offer.locator('button[data-discard]').count()).toBe(1);
    expect(await offer.locator('button[data-continue]').textContent()).toBe('Continue on the new version');
    expect(await offer.textContent()).toContain(`“${apartment.bundle.manifest.title.en}” has changed since this attempt was saved`);
    expect(await seriousViolations(page)).toEqual([]);

    await activate(page, 'button[data-continue]');
    await page.locator('.choice-list button').first().waitFor();
    const picksShown = await page.locator('.narration .line.pick').allTextContents();
    expect(picksShown).toEqual(picked.slice(0, 2).map((text) => `You: ${text}`));
    expect(await page.locator('.narration .note').last().textContent()).toBe(
      `This scenario has changed since the attempt was saved. The first 2 of your 3 picks were played again on the new version, but “${GONE.text}” is no longer offered, so the story carries on from there.`,
    );

    await expect
      .poll(() => attemptsOnDevice(page))
      .toEqual([
        expect.objectContaining({
          status: 'in-progress',
          version: apartment.bundle.manifest.version,
          picks: 2,
          replayOf: { attemptId: attempt.id, picksKept: 2 },
        }),
      ]);
    const [continued] = await attemptsOnDevice(page);
    expect(continued?.id).not.toBe(attempt.id);

    // The new attempt resumes like any other.
    await page.keyboard.press('1');
    await expect.poll(async () => (await attemptsOnDevice(page))[0]?.picks, UNTIL_STORED).toBe(3);
    await page.reload();
    await page.locator('button[data-resume]').waitFor();
    expect(await page.locator('[data-attempt]').count()).toBe(1);
    expect(await page.locator('button[data-continue]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('starts paused in assess mode, with every pick kept and the clock where it stood', async () => {
    const { attempt, picked } = attemptOnVersion1('assess', false);
    const app = await openWithPlanted(attempt);
    const { page } = app;
    await activate(page, 'button[data-continue]');
    await page.locator('#pause').waitFor();
    expect(await page.locator('#pause').textContent()).toBe('Resume');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pause');
    expect(await page.locator('.choices').isHidden()).toBe(true);
    expect(await page.locator('.narration .line.pick').allTextContents()).toEqual(picked.map((text) => `You: ${text}`));
    expect(await page.locator('.narration .note').last().textContent()).toBe(
      'This scenario has changed since the attempt was saved. Your 3 picks were played again on the new version: carry on from here.',
    );
    expect(await page.locator('[data-state="clock"] dd').textContent()).toBe(formatClock(attempt.progress.snapshot.clockMs / 1000));
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
