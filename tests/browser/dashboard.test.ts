/**
 * The instructor dashboard in the built app, in real Chromium: a class's exports are imported all at
 * once (with one corrupt file, one over the size limit, one that repeats attempts and one unfinished
 * attempt), and the pass rate, the per-rule violation rates and the outcome totals on screen agree
 * with figures counted here, attempt by attempt, from the records themselves, and so do the mean and
 * median scores and the score distribution, the attempts with a critical failure, the per-trainee
 * summary (sorted from its header by mouse and keyboard) and the training time. A filter changes the
 * figures as it should; an attempt's debrief and a certificate (with its time on task) render and
 * print without controls.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { attemptsJson, MAX_IMPORT_BYTES } from '../../src/export/attempts-json.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { classAttempts, DAYS, TRAINEE_WITHOUT_TIMES, unfinishedClassAttempt } from '../dashboard/class-attempts.js';
import { seriousViolations } from './helpers/axe.js';
import { keepScreenshot, launchChromium, openApp } from './helpers/browser.js';

const attempts = classAttempts();
const half = Math.floor(attempts.length / 2);
let folder = '';
let files: string[] = [];
/** A folder as an instructor keeps it: two exports beside a spreadsheet export. */
let classFolder = '';

/** What the class did, counted here from the records: never with the dashboard's own module. */
interface Expected {
  readonly attempts: number;
  readonly passRate: number;
  readonly rules: ReadonlyMap<string, { applied: number; violated: number; missed: number }>;
  readonly totals: Readonly<Record<string, number>>;
  readonly patients: Readonly<Record<string, number>>;
  readonly meanScore: number;
  readonly medianScore: number;
  /** Attempts per score range, keyed by the range as the table labels it (`0–9` … `90–100`). */
  readonly scoreBins: Readonly<Record<string, number>>;
  readonly withCriticalFailure: number;
  /** Seconds on task over the attempts that kept their pick times; `null` when none did. */
  readonly seconds: number | null;
  readonly notRecorded: number;
}

/** The idle cap README.md states: a real gap over ten minutes counts as ten. */
const IDLE_CAP = 600;

/** An attempt's real seconds on task, gap by gap from its own times; `null` without the time of every pick. */
function attemptSeconds(attempt: FinishedAttempt): number | null {
  const times = attempt.pickTimes;
  if (!times || times.length < attempt.picks.length || times.includes(null)) return null;
  const moments = [attempt.startedAt, ...(times as string[]), attempt.finishedAt].map((at) => Date.parse(at));
  let total = 0;
  for (let i = 1; i < moments.length; i++) total += Math.min(IDLE_CAP, (moments[i]! - moments[i - 1]!) / 1000);
  return Math.round(total);
}

function timeFigures(list: readonly FinishedAttempt[]): { seconds: number | null; notRecorded: number } {
  const known = list.map(attemptSeconds).filter((s): s is number => s !== null);
  return { seconds: known.length === 0 ? null : known.reduce((a, b) => a + b, 0), notRecorded: list.length - known.length };
}

/** Hours and minutes as a training record reads them, to the nearest minute. */
function hoursText(seconds: number, locale: string): string {
  const minutes = Math.round(seconds / 60);
  const unit = (value: number, name: string): string =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const hours = Math.floor(minutes / 60);
  return [hours > 0 ? unit(hours, 'hour') : '', minutes % 60 > 0 || hours === 0 ? unit(minutes % 60, 'minute') : '']
    .filter(Boolean)
    .join(' ');
}

/** The ten ranges of ten points, the last one taking 100 as well. */
function scoreRange(score: number): string {
  const from = Math.min(90, Math.floor(score / 10) * 10);
  return from === 90 ? '90–100' : `${from}–${from + 9}`;
}

function scoreFigures(list: readonly FinishedAttempt[]): Pick<Expected, 'meanScore' | 'medianScore' | 'scoreBins'> {
  const scores = list.map((a) => a.report.score).sort((a, b) => a - b);
  const n = scores.length;
  const medianScore = n % 2 === 1 ? scores[(n - 1) / 2]! : (scores[n / 2 - 1]! + scores[n / 2]!) / 2;
  const scoreBins: Record<string, number> = {};
  for (let from = 0; from <= 90; from += 10) scoreBins[from === 90 ? '90–100' : `${from}–${from + 9}`] = 0;
  for (const score of scores) scoreBins[scoreRange(score)]! += 1;
  return { meanScore: scores.reduce((sum, s) => sum + s, 0) / n, medianScore, scoreBins };
}

function expectedFor(list: readonly FinishedAttempt[]): Expected {
  const rules = new Map<string, { applied: number; violated: number; missed: number }>();
  const totals: Record<string, number> = {
    arrests: 0,
    citations: 0,
    searches: 0,
    warrantChecks: 0,
    usesOfForce: 0,
    backupCalls: 0,
    referralsOffered: 0,
    referralsAccepted: 0,
    officerInjuries: 0,
  };
  const patients: Record<string, number> = {};
  let passed = 0;
  for (const attempt of list) {
    if (attempt.report.passed) passed++;
    const o = attempt.report.outcome;
    totals.arrests! += o.arrests;
    totals.citations! += o.citations;
    totals.searches! += o.searches;
    totals.warrantChecks! += o.warrantChecks;
    totals.usesOfForce! += o.usesOfForce;
    totals.backupCalls! += o.backupCalls;
    totals.referralsOffered! += o.referralsOffered;
    totals.referralsAccepted! += o.referralsAccepted;
    totals.officerInjuries! += o.officerInjuries.length;
    patients[o.patient] = (patients[o.patient] ?? 0) + 1;
    for (const rule of attempt.report.rules) {
      if (rule.verdict === 'not_applicable') continue;
      const tally = rules.get(rule.id) ?? { applied: 0, violated: 0, missed: 0 };
      tally.applied++;
      if (rule.verdict === 'violated') tally.violated++;
      if (rule.verdict === 'missed') tally.missed++;
      rules.set(rule.id, tally);
    }
  }
  return {
    attempts: list.length,
    passRate: passed / list.length,
    rules,
    totals,
    patients,
    ...scoreFigures(list),
    withCriticalFailure: list.filter((a) => a.report.criticalFailures.length > 0).length,
    ...timeFigures(list),
  };
}

interface OnScreen {
  readonly figures: Record<string, string>;
  readonly passRateText: string;
  readonly rules: {
    id: string;
    applied: number;
    violated: number;
    violatedRate: number;
    missed: number;
    failureRate: number;
    violatedText: string;
  }[];
  readonly totals: Record<string, number>;
  readonly patients: Record<string, number>;
  readonly meanText: string;
  readonly medianText: string;
  readonly timeText: string;
  /** How many attempts in the total did not record their time, as the page says it; '' when none. */
  readonly timeNote: string;
  /** The figures in the order the page shows them. */
  readonly order: string[];
  readonly scoreBins: { label: string; value: number; shown: string }[];
}

/** Waits until the class figures count `attempts` (a filter applied, the figures redrawn). */
async function cohortOf(page: Page, attempts: number): Promise<void> {
  await page.locator(`#cohort [data-figure="attempts"][data-value="${attempts}"]`).waitFor({ state: 'attached' });
}

async function readCohort(page: Page): Promise<OnScreen> {
  return page.evaluate(() => {
    const figures: Record<string, string> = {};
    for (const e of document.querySelectorAll('#cohort [data-figure]'))
      figures[e.getAttribute('data-figure') ?? ''] = e.getAttribute('data-value') ?? '';
    const rows = (selector: string): Record<string, number> => {
      const result: Record<string, number> = {};
      for (const row of document.querySelectorAll(`${selector} tbody tr`))
        result[row.getAttribute('data-key') ?? ''] = Number(row.querySelector('td')?.textContent?.replace(/\D/g, ''));
      return result;
    };
    return {
      figures,
      passRateText: document.querySelector('[data-figure="passRate"] dd')?.textContent ?? '',
      meanText: document.querySelector('[data-figure="meanScore"] dd')?.textContent ?? '',
      medianText: document.querySelector('[data-figure="medianScore"] dd')?.textContent ?? '',
      timeText: document.querySelector('[data-figure="trainingTime"] dd:not(.figure-note)')?.textContent ?? '',
      timeNote: document.querySelector('[data-figure="trainingTime"] dd.figure-note')?.textContent ?? '',
      order: [...document.querySelectorAll('#cohort .figures [data-figure]')].map((e) => e.getAttribute('data-figure') ?? ''),
      scoreBins: [...document.querySelectorAll('#score-chart tbody tr')].map((row) => ({
        label: row.querySelector('th')?.textContent ?? '',
        value: Number(row.getAttribute('data-value')),
        shown: row.querySelector('td')?.textContent ?? '',
      })),
      rules: [...document.querySelectorAll('#rule-rates tbody tr')].map((row) => {
        const cell = (kind: string): Element | null => row.querySelector(`td[data-kind="${kind}"]`);
        return {
          id: row.getAttribute('data-rule-id') ?? '',
          applied: Number(row.getAttribute('data-applied')),
          violated: Number(cell('violated')?.getAttribute('data-count')),
          violatedRate: Number(cell('violated')?.getAttribute('data-rate')),
          missed: Number(cell('missed')?.getAttribute('data-count')),
          failureRate: Number(row.getAttribute('data-failure-rate')),
          violatedText: cell('violated')?.textContent ?? '',
        };
      }),
      totals: rows('#outcome-chart'),
      patients: rows('#patient-chart'),
    };
  });
}

function percentText(rate: number): string {
  return new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

function oneDecimalText(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value);
}

function expectCohort(screen: OnScreen, expected: Expected): void {
  expect(Number(screen.figures.attempts)).toBe(expected.attempts);
  expect(Number(screen.figures.meanScore)).toBeCloseTo(expected.meanScore, 10);
  expect(Number(screen.figures.medianScore)).toBe(expected.medianScore);
  expect(screen.meanText).toBe(oneDecimalText(expected.meanScore));
  expect(screen.medianText).toBe(oneDecimalText(expected.medianScore));
  expect(Object.fromEntries(screen.scoreBins.map((bin) => [bin.label, bin.value]))).toEqual(expected.scoreBins);
  for (const bin of screen.scoreBins) expect(bin.shown).toBe(String(bin.value));
  expect(Number(screen.figures.passRate)).toBeCloseTo(expected.passRate, 10);
  expect(screen.passRateText).toBe(percentText(expected.passRate));
  expect(screen.rules.map((r) => r.id).sort()).toEqual([...expected.rules.keys()].sort());
  for (const rule of screen.rules) {
    const wanted = expected.rules.get(rule.id)!;
    expect({ id: rule.id, applied: rule.applied, violated: rule.violated, missed: rule.missed }).toEqual({ id: rule.id, ...wanted });
    expect(rule.violatedRate).toBeCloseTo(wanted.violated / wanted.applied, 10);
    expect(rule.violatedText).toBe(`${wanted.violated} (${percentText(wanted.violated / wanted.applied)})`);
  }
  // Worst first: the rules the class gets wrong most lead the table.
  const failure = (id: string): number => {
    const r = expected.rules.get(id)!;
    return (r.violated + r.missed) / r.applied;
  };
  for (let i = 1; i < screen.rules.length; i++)
    expect(failure(screen.rules[i - 1]!.id)).toBeGreaterThanOrEqual(failure(screen.rules[i]!.id));
  // The pass rate and the attempts with a critical failure sit right beside the mean.
  expect(Number(screen.figures.withCriticalFailure)).toBe(expected.withCriticalFailure);
  const mean = screen.order.indexOf('meanScore');
  expect(screen.order.slice(mean, mean + 3)).toEqual(['meanScore', 'passRate', 'withCriticalFailure']);
  expect(screen.figures.trainingTime).toBe(expected.seconds === null ? '' : String(expected.seconds));
  expect(screen.timeText).toBe(expected.seconds === null ? 'not recorded' : hoursText(expected.seconds, 'en'));
  const notRecorded = expected.notRecorded === 1 ? '1 attempt not recorded' : `${expected.notRecorded} attempts not recorded`;
  expect(screen.timeNote).toBe(expected.seconds !== null && expected.notRecorded > 0 ? notRecorded : '');
  expect(screen.totals).toEqual(expected.totals);
  for (const [kind, n] of Object.entries(expected.patients)) expect(screen.patients[kind], kind).toBe(n);
  expect(Object.values(screen.patients).reduce((a, b) => a + b, 0)).toBe(expected.attempts);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  folder = mkdtempSync(path.join(tmpdir(), 'good-call-class-'));
  const write = (name: string, text: string): string => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  };
  const huge = write('everything-2025.json', '');
  // Sparse: the size is over the limit, and no one reads it.
  truncateSync(huge, MAX_IMPORT_BYTES + 1);
  files = [
    write('monday.json', attemptsJson(attempts.slice(0, half))),
    write('tuesday.json', attemptsJson([...attempts.slice(half), unfinishedClassAttempt()])),
    write('monday-again.json', attemptsJson(attempts.slice(0, 5))),
    write('corrupt.json', attemptsJson(attempts.slice(0, 3)).slice(0, 900)),
    huge,
  ];
  classFolder = path.join(folder, 'class-7');
  mkdirSync(classFolder);
  copyFileSync(files[0]!, path.join(classFolder, 'monday.json'));
  copyFileSync(files[1]!, path.join(classFolder, 'tuesday.json'));
  writeFileSync(path.join(classFolder, 'attempts.csv'), 'attempt_id,score\n');
});
afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the instructor dashboard', () => {
  it('imports a class at once, names the bad files, and shows the figures the records give', async () => {
    const app = await openApp(browser, `${inject('appUrl')}instructor.html`);
    const { page } = app;
    await page.setInputFiles('#import-files', files);
    await page.locator(`#import-status[data-total="${attempts.length + 1}"]`).waitFor();

    const problems = await page
      .locator('#import-problems li')
      .evaluateAll((items) => items.map((li) => ({ file: li.getAttribute('data-file'), text: li.textContent ?? '' })));
    expect(problems.map((p) => p.file).sort()).toEqual(['corrupt.json', 'everything-2025.json']);
    expect(problems.find((p) => p.file === 'corrupt.json')?.text).toMatch(/^corrupt\.json .*not valid JSON/);
    expect(problems.find((p) => p.file === 'everything-2025.json')?.text).toMatch(/^everything-2025\.json .*50 MB/);
    // Read out once, as the import ends.
    expect(await page.locator('#import-problems').getAttribute('role')).toBe('alert');
    const status = await page.locator('#import-status').textContent();
    expect(status).toContain('5 attempts were already imported and count once.');
    expect(status).toContain(`${attempts.length + 1} attempts imported in all, 1 of them unfinished.`);

    const screen = await readCohort(page);
    expect(Number(screen.figures.unfinished)).toBe(1);
    expect(Number(screen.figures.trainees)).toBe(new Set(attempts.map((a) => a.traineeCode)).size);
    expectCohort(screen, expectedFor(attempts));
    expect(await page.locator('#attempt-table tbody tr').count()).toBe(attempts.length);
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, 'dashboard-class');

    // One scenario only: every figure is the scenario's own.
    const scenarioId = attempts[attempts.length - 1]!.scenario.id;
    await page.focus('#filter-scenario');
    await page.selectOption('#filter-scenario', scenarioId);
    await page.locator('#cohort-heading', { hasText: 'filtered' }).waitFor();
    const ofScenario = attempts.filter((a) => a.scenario.id === scenarioId);
    expect(ofScenario.length).toBeLessThan(attempts.length);
    expectCohort(await readCohort(page), expectedFor(ofScenario));
    expect(await page.locator('#attempt-table tbody tr').count()).toBe(ofScenario.length);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-scenario');
    // Still listed, but a filter change does not read the problems out again.
    expect(await page.locator('#import-problems li').count()).toBe(2);
    expect(await page.locator('#import-problems').getAttribute('role')).toBeNull();

    // And one profile within it.
    const profileId = ofScenario.find((a) => a.profileId !== 'model-policy')?.profileId ?? 'model-policy';
    await page.selectOption('#filter-profile', profileId);
    const both = ofScenario.filter((a) => a.profileId === profileId);
    await cohortOf(page, both.length);
    expectCohort(await readCohort(page), expectedFor(both));
    await page.click('#filter-reset');
    await cohortOf(page, attempts.length);

    // One day: the attempts finished on it.
    const day = DAYS[1]!;
    await page.fill('#filter-from', day);
    await page.fill('#filter-to', day);
    const ofDay = attempts.filter((a) => a.finishedAt.startsWith(day));
    await cohortOf(page, ofDay.length);
    expectCohort(await readCohort(page), expectedFor(ofDay));
    expect(await page.locator('.filter-summary').textContent()).toContain(day);
    await page.click('#filter-reset');
    await cohortOf(page, attempts.length);

    // Printed, the class debrief keeps its figures and drops its controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#cohort').isVisible()).toBe(true);
    expect(await page.locator('#import').isVisible()).toBe(false);
    expect(await page.locator('#print-class').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // In Spanish, a problem with a whole file is worded in Spanish, still without a new alert.
    await page.selectOption('#dashboard-language', 'es');
    await page.locator('#dashboard-heading', { hasText: 'Panel del instructor' }).waitFor();
    expect(await page.locator('#import-problems li[data-file="corrupt.json"]').textContent()).toMatch(
      /^corrupt\.json no es un JSON válido \(.+\), así que no se leyó ningún intento/,
    );
    expect(await page.locator('#import-problems li[data-file="everything-2025.json"]').textContent()).toMatch(/supera el límite de 50 MB/);
    expect(await page.locator('#import-problems').getAttribute('role')).toBeNull();

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.failedResponses).toEqual([]);
    await app.context.close();
  });

  it("imports a folder, and opens an attempt's debrief and a passed attempt's certificate, both ready to print", async () => {
    const app = await openApp(browser, `${inject('appUrl')}instructor.html`);
    const { page } = app;
    await page.setInputFiles('#import-folder', classFolder);
    await page.locator(`#import-status[data-total="${attempts.length + 1}"]`).waitFor();
    expect(await page.locator('#import-status').textContent()).toContain('1 file in the folder is not a JSON file and was left unread.');
    expect(await page.locator('#import-problems').count()).toBe(0);

    const failed = attempts.find((a) => !a.report.passed && a.report.criticalFailures.length > 0)!;
    await page.click(`tr[data-attempt="${failed.id}"] button[data-open="debrief"]`);
    await page.locator('#attempt-view').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('attempt-heading');
    expect(await page.locator('#attempt-view .result').getAttribute('data-score')).toBe(String(failed.report.score));
    const shown = await page
      .locator('#attempt-view .rule-list [data-rule-id]')
      .evaluateAll((items) => items.map((e) => `${e.getAttribute('data-rule-id')}:${e.getAttribute('data-verdict')}`));
    // Critical failures lead, as in the game's debrief.
    expect(failed.report.criticalFailures).toContain(shown[0]?.split(':')[0]);
    expect([...shown].sort()).toEqual(
      failed.report.rules
        .filter((r) => r.verdict !== 'not_applicable')
        .map((r) => `${r.id}:${r.verdict}`)
        .sort(),
    );
    expect(await page.locator('#attempt-view .pick').count()).toBe(failed.picks.length);
    expect(await page.locator('#attempt-view [data-outcome="arrests"]').textContent()).toBe(String(failed.report.outcome.arrests));
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#attempt-view [data-action="print"]').isVisible()).toBe(false);
    expect(await page.locator('#attempt-view .rule-list').isVisible()).toBe(true);
    await keepScreenshot(page, 'dashboard-debrief-print');
    await page.emulateMedia({ media: 'screen' });
    await page.click('#attempt-view [data-action="back"]');
    await page.locator('#cohort').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-attempt'))).toBe(failed.id);

    const passed = attempts.find((a) => a.report.passed)!;
    expect(await page.locator(`tr[data-attempt="${failed.id}"] button[data-open="certificate"]`).count()).toBe(0);
    await page.click(`tr[data-attempt="${passed.id}"] button[data-open="certificate"]`);
    const certificate = page.locator('.certificate');
    await certificate.waitFor();
    expect(await certificate.locator('[data-field="trainee"]').textContent()).toBe(passed.traineeCode);
    expect(await certificate.locator('[data-field="scenario"]').textContent()).toBe(
      loadScenarioDir(resolveScenarioDir(passed.scenario.id)).manifest?.title.en,
    );
    // The real time on task, as the CSV counts it, for the agency's in-service record.
    const passedSeconds = attemptSeconds(passed);
    expect(passedSeconds).not.toBeNull();
    expect(await certificate.locator('[data-field="timeOnTask"]').getAttribute('data-seconds')).toBe(String(passedSeconds));
    expect(await certificate.locator('[data-field="timeOnTask"]').textContent()).toBe(
      `Time on task: ${hoursText(passedSeconds!, 'en')} of real time in the encounter.`,
    );
    const terms = (await certificate.locator('[data-field="terms"]').textContent()) ?? '';
    expect(terms).toContain(`a score of ${passed.report.score} out of 100`);
    expect(terms).toContain(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(passed.finishedAt)));
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#certificate-view [data-action="print"]').isVisible()).toBe(false);
    expect(await page.locator('.dashboard-head').isVisible()).toBe(false);
    expect(await certificate.isVisible()).toBe(true);
    await keepScreenshot(page, 'dashboard-certificate-print');
    await page.emulateMedia({ media: 'screen' });

    // An older record kept no pick times: its certificate says so, rather than a time of zero.
    await page.click('#certificate-view [data-action="back"]');
    const older = attempts.find((a) => a.report.passed && a.traineeCode === TRAINEE_WITHOUT_TIMES)!;
    await page.click(`tr[data-attempt="${older.id}"] button[data-open="certificate"]`);
    await page.locator(`.certificate[data-attempt="${older.id}"]`).waitFor();
    expect(await page.locator('.certificate [data-field="timeOnTask"]').getAttribute('data-seconds')).toBe('');
    expect(await page.locator('.certificate [data-field="timeOnTask"]').textContent()).toMatch(/^Time on task: not recorded/);

    expect(app.errors).toEqual([]);
    expect(app.failedResponses).toEqual([]);
    await app.context.close();
  });

  it('sums up each trainee, sorts the summary from its header by mouse and keyboard, and fits every width in both languages', async () => {
    const app = await openApp(browser, `${inject('appUrl')}instructor.html`);
    const { page } = app;
    await page.setInputFiles('#import-files', files.slice(0, 2));
    await page.locator(`#import-status[data-total="${attempts.length + 1}"]`).waitFor();

    type Row = Record<string, string> & { trainee: string };
    const readRows = (): Promise<Row[]> =>
      page.locator('#trainee-summary tbody tr').evaluateAll((rows) =>
        rows.map((row) => {
          const cells: Record<string, string> = {};
          for (const cell of row.querySelectorAll('[data-column]')) {
            cells[cell.getAttribute('data-column') ?? ''] = cell.getAttribute('data-value') ?? '';
            cells[`${cell.getAttribute('data-column')}Text`] = cell.textContent ?? '';
          }
          return cells as Row;
        }),
      );
    const sortState = (): Promise<Record<string, string>> =>
      page
        .locator('#trainee-summary thead th')
        .evaluateAll((ths) =>
          Object.fromEntries(ths.map((th) => [th.getAttribute('data-column') ?? '', th.getAttribute('aria-sort') ?? ''])),
        );

    // Counted here, trainee by trainee, from the records.
    const codes = [...new Set(attempts.map((a) => a.traineeCode))];
    const expected = new Map(
      codes.map((code) => {
        const own = attempts.filter((a) => a.traineeCode === code);
        const latest = [...own].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))[0]!;
        return [
          code,
          {
            attempts: own.length,
            passed: own.filter((a) => a.report.passed).length,
            best: Math.max(...own.map((a) => a.report.score)),
            latest: latest.report.score,
            critical: own.filter((a) => a.report.criticalFailures.length > 0).length,
            ...timeFigures(own),
          },
        ];
      }),
    );
    const rows = await readRows();
    expect(rows.map((r) => r.trainee)).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
    for (const row of rows) {
      const want = expected.get(row.trainee)!;
      expect(
        { attempts: row.attempts, passed: row.passed, best: row.best, latest: row.latest, critical: row.critical, time: row.time },
        row.trainee,
      ).toEqual({
        attempts: String(want.attempts),
        passed: String(want.passed),
        best: String(want.best),
        latest: String(want.latest),
        critical: String(want.critical),
        time: want.seconds === null ? '' : String(want.seconds),
      });
      if (want.seconds === null) expect(row.timeText).toBe('not recorded');
      else {
        const missing = want.notRecorded === 1 ? '1 attempt not recorded' : `${want.notRecorded} attempts not recorded`;
        expect(row.timeText).toBe(`${hoursText(want.seconds, 'en')}${want.notRecorded > 0 ? missing : ''}`);
      }
    }
    expect(rows.find((r) => r.trainee === TRAINEE_WITHOUT_TIMES)?.timeText).toBe('not recorded');
    expect(await sortState()).toMatchObject({ trainee: 'ascending', best: 'none', time: 'none' });

    // A click on "Best score" sorts by it; a second click reverses it.
    const bestOrder = (direction: 1 | -1): string[] =>
      [...codes].sort((a, b) => direction * (expected.get(a)!.best - expected.get(b)!.best) || a.localeCompare(b));
    await page.click('#sort-trainees-best');
    await page.locator('#trainee-summary th[data-column="best"][aria-sort="ascending"]').waitFor();
    expect((await readRows()).map((r) => r.trainee)).toEqual(bestOrder(1));
    expect(await sortState()).toMatchObject({ trainee: 'none', best: 'ascending' });
    await page.click('#sort-trainees-best');
    await page.locator('#trainee-summary th[data-column="best"][aria-sort="descending"]').waitFor();
    expect((await readRows()).map((r) => r.trainee)).toEqual(bestOrder(-1));

    // By keyboard: Tab to "Training time", Enter sorts by it, Space reverses it; focus stays on the button.
    await page.focus('#sort-trainees-critical');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sort-trainees-time');
    await page.keyboard.press('Enter');
    await page.locator('#trainee-summary th[data-column="time"][aria-sort="ascending"]').waitFor();
    const recordedCodes = codes.filter((c) => expected.get(c)!.seconds !== null);
    const notRecordedCodes = codes.filter((c) => expected.get(c)!.seconds === null).sort((a, b) => a.localeCompare(b));
    const byTime = (direction: 1 | -1): string[] => [
      ...[...recordedCodes].sort((a, b) => direction * (expected.get(a)!.seconds! - expected.get(b)!.seconds!) || a.localeCompare(b)),
      ...notRecordedCodes,
    ];
    expect((await readRows()).map((r) => r.trainee)).toEqual(byTime(1));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sort-trainees-time');
    await page.keyboard.press('Space');
    await page.locator('#trainee-summary th[data-column="time"][aria-sort="descending"]').waitFor();
    expect((await readRows()).map((r) => r.trainee)).toEqual(byTime(-1));
    expect(await seriousViolations(page)).toEqual([]);

    // Over one day, the training time is that day's.
    const day = DAYS[2]!;
    await page.fill('#filter-from', day);
    await page.fill('#filter-to', day);
    const ofDay = attempts.filter((a) => a.finishedAt.startsWith(day));
    await cohortOf(page, ofDay.length);
    const dayTime = timeFigures(ofDay);
    expect(await page.locator('#cohort [data-figure="trainingTime"]').getAttribute('data-value')).toBe(String(dayTime.seconds));
    const dayRows = await readRows();
    expect(dayRows.map((r) => r.trainee).sort()).toEqual([...new Set(ofDay.map((a) => a.traineeCode))].sort());
    for (const row of dayRows) {
      const own = timeFigures(ofDay.filter((a) => a.traineeCode === row.trainee));
      expect(row.time, row.trainee).toBe(own.seconds === null ? '' : String(own.seconds));
    }
    await page.click('#filter-reset');
    await cohortOf(page, attempts.length);

    // The charts, figures and summary at a phone's, an old laptop's and a wide laptop's width, in both languages.
    for (const lang of ['en', 'es'] as const) {
      await page.selectOption('#dashboard-language', lang);
      await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      for (const [width, height] of [
        [390, 844],
        [1024, 768],
        [1366, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${lang} ${width}`).toBe(true);
        // No chart label runs past its drawing (or its column) or over another label, and none is shrunk below 12 px.
        const clipped = await page.evaluate(() => {
          const faults: string[] = [];
          for (const drawing of document.querySelectorAll<HTMLElement>('#cohort .chart-drawing')) {
            const chart = drawing.closest('figure')?.id ?? '';
            const box = drawing.getBoundingClientRect();
            const labels = [...drawing.querySelectorAll<HTMLElement>('.bar-label, .bar-value')]
              .map((e) => ({ e, text: e.textContent ?? '', r: e.getBoundingClientRect() }))
              .filter(({ r }) => r.width > 0);
            for (const { e, text, r } of labels) {
              const column = e.closest('.column')?.getBoundingClientRect() ?? box;
              if (r.left < column.left - 0.5 || r.right > column.right + 0.5 || e.scrollWidth > e.clientWidth + 1)
                faults.push(`${chart}: "${text}" cut off`);
              if (parseFloat(getComputedStyle(e).fontSize) < 12) faults.push(`${chart}: "${text}" too small`);
            }
            for (let i = 0; i < labels.length; i++)
              for (let j = i + 1; j < labels.length; j++) {
                const p = labels[i]!.r;
                const q = labels[j]!.r;
                if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5)
                  faults.push(`${chart}: "${labels[i]!.text}" over "${labels[j]!.text}"`);
              }
          }
          return faults;
        });
        expect(clipped, `${lang} ${width}`).toEqual([]);
        // No word in a table's headings is split over two lines (words with a hyphen or a slash may break there).
        const splitWords = await page.evaluate(() => {
          const split: string[] = [];
          for (const cell of document.querySelectorAll('#cohort table th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const word of (node.textContent ?? '').matchAll(/[^\s\-/]+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                if (lines.size > 1) split.push(word[0]);
              }
            }
          }
          return split;
        });
        expect(splitWords, `${lang} ${width}`).toEqual([]);
        for (const [part, selector] of [
          ['figures', '#cohort .figures'],
          ['scores', '#score-chart'],
          ['patients', '#patient-chart'],
          ['trainees', '#trainees'],
        ] as const) {
          await page.locator(selector).evaluate((e) => e.scrollIntoView({ block: 'start' }));
          await keepScreenshot(page, `dashboard-${part}-${width}-${lang}`);
        }
      }
    }

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  it('speaks Spanish when asked, and the start screen links to it', async () => {
    const app = await openApp(browser, inject('appUrl'));
    const { page } = app;
    await page.click('a[href="instructor.html"]');
    await page.locator('#dashboard-heading').waitFor();
    expect(await page.locator('#dashboard-heading').textContent()).toBe('Instructor dashboard');
    await page.focus('#dashboard-language');
    await page.selectOption('#dashboard-language', 'es');
    await page.locator('#dashboard-heading', { hasText: 'Panel del instructor' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.activeElement?.id])).toEqual(['es', 'dashboard-language']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
