/**
 * Refreshers and progress in the built app, in real Chromium. The dashboard imports a cohort's
 * exports over five months (tests/fixtures/cohort-months) and its progress view shows each family's
 * first attempt against the latest and the time to naloxone month by month, as counted here from
 * the records. On the title screen, an officer whose attempts are on the device, on a fixed clock,
 * is told what is due and why, and the refresher starts the variant it offered. Nothing leaves the page.
 */
import { describe, expect, inject, it } from 'vitest';
import { localized } from '../../src/engine/index.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import {
  cohortAttempts,
  cohortFiles,
  firstAgainstLatest,
  monthlyMedianToNaloxone,
  secondsToNaloxone,
} from '../refresher/cohort-fixture.js';
import { seriousViolations } from './helpers/axe.js';
import { chromiumForFile, keepScreenshot, openApp, UNTIL_STORED } from './helpers/browser.js';
import { activate, openSettings } from './helpers/game.js';
import { playableScenarios } from './helpers/scenarios.js';
import { putAttempts, storedAttempts } from './helpers/device-attempts.js';

const browser = chromiumForFile();
const attempts = cohortAttempts();

function clockText(seconds: number): string {
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

describe("the dashboard's progress view", () => {
  it("shows, from a cohort's exports over months, first against latest per family and the time-to-naloxone trend", async () => {
    const app = await openApp(browser(), `${inject('appUrl')}instructor.html`);
    const { page } = app;
    await page.setInputFiles('#import-files', cohortFiles());
    await page.locator(`#import-status[data-total="${attempts.length}"]`).waitFor();
    await page.locator('#progress-families').waitFor();

    const families = await page.locator('#progress-families tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({
        family: r.getAttribute('data-family') ?? '',
        first: Number(r.getAttribute('data-first')),
        latest: Number(r.getAttribute('data-latest')),
        shown: [...r.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    );
    expect(families.map((f) => f.family)).toContain('naloxone');
    for (const shown of families) {
      const expected = firstAgainstLatest(attempts, shown.family);
      expect(shown.first, shown.family).toBeCloseTo(expected.first, 10);
      expect(shown.latest, shown.family).toBeCloseTo(expected.latest, 10);
      const pct = (rate: number) =>
        new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
      expect(shown.shown.slice(1, 3)).toEqual([pct(expected.first), pct(expected.latest)]);
    }

    const months = await page.locator('#progress-months tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({
        month: r.getAttribute('data-month') ?? '',
        median: r.getAttribute('data-median-naloxone') ?? '',
        label: r.querySelector('th')?.textContent ?? '',
        shown: r.querySelectorAll('td')[2]?.textContent ?? '',
      })),
    );
    const expected = monthlyMedianToNaloxone(attempts);
    expect(months.map((m) => m.month)).toEqual([...expected.keys()].sort());
    for (const m of months) {
      const seconds = expected.get(m.month) ?? null;
      expect(m.median === '' ? null : Number(m.median), m.month).toBe(seconds);
      expect(m.shown).toBe(seconds === null ? '—' : clockText(seconds));
    }
    expect(months[0]?.label).toBe('January 2026');
    // The trend chart draws the same medians.
    const trend = await page
      .locator('#naloxone-trend tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-key'), Number(r.getAttribute('data-value'))]));
    expect(Object.fromEntries(trend)).toEqual(Object.fromEntries([...expected].map(([k, v]) => [k, v ?? 0])));
    await keepScreenshot(page, 'dashboard-progress');
    expect(await seriousViolations(page)).toEqual([]);

    // One officer alone: their attempts in order, with their critical errors and time to naloxone.
    const code = 'IS-ASPEN-11';
    const mine = attempts.filter((a) => a.traineeCode === code).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
    await page.selectOption('#progress-officer', code);
    await page.locator(`.progress-summary[data-officer="${code}"]`).waitFor();
    const rows = await page.locator('#progress-attempts tbody tr').evaluateAll((trs) =>
      trs.map((r) => ({
        id: r.getAttribute('data-attempt'),
        critical: Number(r.getAttribute('data-critical-errors')),
        naloxone: r.getAttribute('data-to-naloxone'),
      })),
    );
    expect(rows).toEqual(
      mine.map((a) => ({ id: a.id, critical: a.report.criticalFailures.length, naloxone: String(secondsToNaloxone(a) ?? '') })),
    );
    let clean = 0;
    while (mine[mine.length - 1 - clean]?.report.criticalFailures.length === 0) clean++;
    const since = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(mine[0]!.finishedAt.slice(0, 10)));
    expect(await page.locator('.progress-summary').textContent()).toBe(
      `${mine.length} attempts since ${since}; no critical errors in the last ${clean}. The latest passed.`,
    );
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});

describe('your refresher on the title screen', () => {
  it("says what is due and why from the officer's attempts on the device, and starts the variant it offers", async () => {
    const code = 'IS-ASPEN-11';
    const mine = attempts.filter((a) => a.traineeCode === code).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
    const last = mine.at(-1)!;
    const app = await openApp(browser(), inject('appUrl'), {
      // Four days after the officer's last attempt, on the device's clock.
      beforeLoad: (context) => context.clock.setFixedTime(new Date(Date.parse(last.finishedAt) + 4 * 86_400_000)),
    });
    const { page } = app;
    await putAttempts(page, mine);
    await page.reload();
    await openSettings(page);
    await page.locator('#trainee-code').fill(code);
    await page.locator('#trainee-code').press('Tab');
    await page.locator(`#refresher-progress tbody tr[data-attempt="${last.id}"]`).waitFor({ state: 'attached' });

    // The last two overdose attempts met every naloxone rule: the family is next due thirty days after the latest.
    const naloxoneMet = (a: FinishedAttempt) =>
      a.report.rules.filter((r) => r.family === 'naloxone' && r.verdict !== 'not_applicable').every((r) => r.verdict === 'met');
    expect(mine.slice(-2).every(naloxoneMet)).toBe(true);
    expect(naloxoneMet(mine.at(-3)!)).toBe(false);
    const dueDay = new Date(Date.parse(last.finishedAt.slice(0, 10)) + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(await page.locator('.refresher-later li[data-family="naloxone"]').getAttribute('data-due-day')).toBe(dueDay);

    // This officer has never played a pat-down: a rule of one is due, with an encounter of that kind.
    const manifests = playableScenarios()
      .filter((s) => s.shipped && s.bundle.manifest.kind === 'patdown')
      .map((s) => ({ id: s.id, title: { en: localized(s.bundle.manifest.title, 'en', []) } }));
    const item = page.locator('.refresher-due li').filter({ hasText: 'in a pat-down' }).first();
    const scenarioId = (await item.getAttribute('data-scenario')) ?? '';
    expect(manifests.map((m) => m.id)).toContain(scenarioId);
    expect(await item.locator('.refresher-reason').textContent()).toMatch(/^You have not yet met [A-Z]+-[A-Z-]+ \(.+\) in a pat-down\.$/);
    expect(await item.locator('.refresher-variant').textContent()).toMatch(/^A variant you have not played/);
    const seed = Number(await item.getAttribute('data-seed'));
    await keepScreenshot(page, 'title-refresher');
    expect(await seriousViolations(page)).toEqual([]);

    const family = (await item.getAttribute('data-family')) ?? '';
    await activate(page, `.refresher-due li[data-scenario="${scenarioId}"][data-family="${family}"] button[data-refresher]`);
    await page.locator('#briefing-heading').waitFor();
    expect(await page.locator('#briefing-heading').textContent()).toBe(manifests.find((m) => m.id === scenarioId)?.title.en);
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    await page.keyboard.press('1');
    await expect
      .poll(
        async () =>
          (await storedAttempts(page))
            .filter((r) => !mine.some((a) => a.id === r.id))
            .map((r) => ({ id: r.id, seed: r.seed, scenario: r.scenario.id })),
        UNTIL_STORED,
      )
      .toEqual([expect.objectContaining({ scenario: scenarioId, seed })]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
