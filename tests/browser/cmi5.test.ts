/**
 * The cmi5 course launched as an LMS launches it: the LMS (tests/browser/helpers/cmi5-lms.ts) writes
 * `launched`, serves the launch data and the learner's preferences, hands out a one-time token, and
 * frames the AU, built with the LMS's origin in its CSP, from another origin. The trainee plays to
 * the debrief in Chromium; the LRS (Learning Locker's statement store) then holds the cmi5 defined
 * statements in order, each valid by Learning Locker's own xAPI validator. A second launch of the
 * same registration resumes from the AU's state document.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import validateStatement from '@learninglocker/xapi-validation';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auId, RESUME_STATE_ID } from '../../src/lms/cmi5-course.js';
import { DEFAULT_XAPI_BASE } from '../../src/export/xapi-statements.js';
import { launchChromium } from './helpers/browser.js';
import { SESSION_ID, startCmi5Lms, type Cmi5Lms, type Registration } from './helpers/cmi5-lms.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';
import { criticallyFailedRun } from '../helpers/critical-failure.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCENARIO = 'patdown-park-bench';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

interface Statement {
  id: string;
  verb: { id: string };
  object: { id: string };
  result?: { score?: { scaled?: number }; success?: boolean };
  context?: { registration?: string; contextActivities?: { category?: { id: string }[] }; extensions?: Record<string, unknown> };
}

const isDefined = (s: Statement) => (s.context?.contextActivities?.category ?? []).some((c) => c.id === CMI5);

describe('the cmi5 course under an LMS and a real LRS', () => {
  let lms: Cmi5Lms;
  let au: StaticServer;
  let browser: Browser;
  let courseXml = '';

  beforeAll(async () => {
    lms = await startCmi5Lms();
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'good-call-cmi5-')), 'course');
    const built = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-cmi5.ts'), out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, GOOD_CALL_LRS_ORIGIN: lms.origin },
    });
    if (built.status !== 0) throw new Error(built.stderr || built.stdout);
    courseXml = readFileSync(path.join(out, 'cmi5.xml'), 'utf8');
    au = await serveStatic(out);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await au?.close();
    await lms?.close();
  });

  const auUrlFor = (scenario: string): string => {
    const url = new RegExp(`<au id="${auId(DEFAULT_XAPI_BASE, scenario)}"[^]*?<url>([^<]+)</url>`)
      .exec(courseXml)?.[1]
      ?.replace(/&amp;/g, '&');
    if (!url) throw new Error(`cmi5.xml has no AU for ${scenario}`);
    return `${au.url}${url}`;
  };

  async function open(registration: Registration): Promise<{ page: Page; frame: Frame; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(await lms.launch(registration, auUrlFor(SCENARIO)));
    await page.locator('iframe').waitFor();
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    return { page, frame, errors };
  }

  async function pick(frame: Frame, index: number): Promise<string[]> {
    await frame.locator('.choice-list button').first().waitFor();
    const texts = (await frame.locator('.choice-list button .text').allTextContents()).map((t) => t.trim());
    await frame.locator('.choice-list button').nth(index).click();
    await frame.locator('.narration .line.pick').nth(0).waitFor();
    return texts;
  }

  const statementsOf = async (registration: Registration): Promise<Statement[]> =>
    (await lms.statements(registration)) as unknown as Statement[];

  it('lists one AU per scenario in cmi5.xml', () => {
    const aus = [...courseXml.matchAll(/<au id="([^"]+)" moveOn="(\w+)"/g)].map((m) => m[1]);
    expect(aus).toContain(auId(DEFAULT_XAPI_BASE, SCENARIO));
    expect(new Set(aus).size).toBe(aus.length);
    expect(aus.length).toBeGreaterThanOrEqual(4);
  });

  it('plays a critically failed attempt to the debrief: launched, initialized, failed under the mastery score, completed, terminated, all valid', async () => {
    const run = criticallyFailedRun(SCENARIO, 80);
    const registration = lms.register(auId(DEFAULT_XAPI_BASE, SCENARIO), {
      contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: auId(DEFAULT_XAPI_BASE, SCENARIO) }] } },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.8,
    });
    const { page, frame, errors } = await open(registration);
    await frame.locator('#begin').click();
    for (const [n, index] of run.picks.entries()) expect(await pick(frame, index)).toEqual(run.choicesAt[n]);
    await frame.locator('#to-debrief').waitFor();
    await expect
      .poll(async () => (await statementsOf(registration)).some((s) => s.verb.id === VERB('terminated')), { timeout: 30_000 })
      .toBe(true);
    const statements = await statementsOf(registration);

    for (const statement of statements) expect(validateStatement(statement).map((w) => JSON.stringify(w).slice(0, 300))).toEqual([]);
    const defined = statements.filter(isDefined);
    expect(defined.map((s) => s.verb.id)).toEqual(['launched', 'initialized', 'failed', 'completed', 'terminated'].map(VERB));
    const session = (registration.launchData.contextTemplate as { extensions: Record<string, string> }).extensions[SESSION_ID];
    for (const s of defined) {
      expect(s.context?.registration).toBe(registration.registration);
      expect(s.context?.extensions?.[SESSION_ID]).toBe(session);
      expect(s.object.id).toBe(registration.auId);
    }
    const failed = defined.find((s) => s.verb.id === VERB('failed'))!;
    expect(failed.result?.success).toBe(false);
    // cmi5: a failed statement's score is under the mastery score, though Good Call's own score is higher.
    expect(failed.result?.score?.scaled).toBeLessThan(0.8);
    expect(failed.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    expect((failed.context?.contextActivities?.category ?? []).map((c) => c.id)).toContain(MOVE_ON);
    // Every pick, and the true score, as allowed statements in between.
    const answered = statements.filter((s) => s.verb.id === VERB('answered'));
    expect(answered).toHaveLength(run.picks.length);
    const scored = statements.find((s) => s.verb.id === VERB('scored'))!;
    expect((scored.result?.score as { raw?: number }).raw).toBe(run.report.score);
    expect(statements.filter((s) => !isDefined(s)).every((s) => s.context?.registration === registration.registration)).toBe(true);
    await frame.locator('#lms-status [role="status"]').filter({ hasText: 'passed attempt' }).waitFor();
    expect(lms.refused).toEqual([]);
    // The AU's state document does not exist before the first pick: the LMS's 404 is the answer, which Chromium logs.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('resumes a second launch of the registration from its state document, at the same choice', async () => {
    const registration = lms.register(auId(DEFAULT_XAPI_BASE, SCENARIO), {
      contextTemplate: { contextActivities: {} },
      launchMode: 'Normal',
      moveOn: 'Completed',
    });
    const first = await open(registration);
    await first.frame.locator('#begin').click();
    const offered: string[][] = [];
    for (const index of [0, 0, 0]) offered.push(await pick(first.frame, index));
    await first.frame.locator('.choice-list button').first().waitFor();
    const next = (await first.frame.locator('.choice-list button .text').allTextContents()).map((t) => t.trim());
    await expect
      .poll(() => (lms.state(registration, RESUME_STATE_ID) as { resume?: { picks: unknown[] } } | undefined)?.resume?.picks.length)
      .toBe(3);
    await first.page.evaluate(() => document.querySelector('iframe')?.remove());
    await expect
      .poll(async () => (await statementsOf(registration)).filter((s) => s.verb.id === VERB('terminated')).length, { timeout: 30_000 })
      .toBe(1);
    await first.page.context().close();

    const second = await open(registration);
    await second.frame.locator('.choice-list button').first().waitFor();
    expect((await second.frame.locator('.choice-list button .text').allTextContents()).map((t) => t.trim())).toEqual(next);
    const statements = await statementsOf(registration);
    expect(statements.filter(isDefined).map((s) => s.verb.id)).toEqual(
      ['launched', 'initialized', 'terminated', 'launched', 'initialized'].map(VERB),
    );
    for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
    expect(lms.refused).toEqual([]);
    await second.page.context().close();
  }, 180_000);
});
