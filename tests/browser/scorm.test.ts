/**
 * The SCORM packages under scorm-again acting as the LMS: a host page puts scorm-again's API on the
 * window and launches a packaged SCO in a frame, as Moodle and other LMSs do. A scripted attempt must
 * leave the expected CMI values, and a relaunch from the saved suspend_data must continue at the
 * same choice.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { launchChromium } from './helpers/browser.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';
import { criticallyFailedRun } from '../helpers/critical-failure.js';
import { validateManifest } from '../../src/lms/validate-manifest.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCENARIO = 'patdown-park-bench';

/** The picks of the scenario's first golden path, as 0-based indexes, and what Node's engine reports for them. */
function expectedRun() {
  const load = loadScenarioDir(resolveScenarioDir(SCENARIO));
  const golden = JSON.parse(readFileSync(path.join(ROOT, 'scenarios', SCENARIO, 'paths.json'), 'utf8')) as { paths: { picks: string }[] };
  const profile = loadProfile('model-policy');
  if (!load.bundle || !profile.ok) throw new Error('scenario or profile does not load');
  const session = scoredSession({ scenario: load.bundle, profile: profile.profile, seed: 1 });
  const choicesAt: string[][] = [];
  playPicks(session, parsePicks(golden.paths[0]!.picks), (step) => choicesAt.push(step.choices.map((c) => c.text.trim())));
  return { picks: session.picks().map((p) => p.index), choicesAt, report: session.report() };
}

const HOST = (version: '1.2' | '2004') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="${version === '1.2' ? 'scorm12' : 'scorm2004'}.min.js"></script>
<script src="host.js"></script></head><body></body></html>`;

/**
 * The host: scorm-again's API on the window, loaded with the CMI a test saved, then the SCO in a
 * frame. Every call the SCO makes is logged with what it returned and the error code after it.
 */
const HOST_SCRIPT = `
const params = new URLSearchParams(location.search);
const version = params.get('version');
const make = () => (version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 }));
const api = make();
const saved = params.get('cmi');
if (saved) api.loadFromJSON(JSON.parse(saved), 'cmi');
window.calls = [];
const names = version === '1.2'
  ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']
  : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
for (const name of names) {
  const original = api[name].bind(api);
  api[name] = (...args) => {
    const result = original(...args);
    window.calls.push({ name, args, result: String(result), error: String(api[lastError]()) });
    return result;
  };
}
if (version === '1.2') window.API = api; else window.API_1484_11 = api;
window.cmiJson = () => JSON.parse(JSON.stringify(api.cmi));
/** What the LMS makes of the record afterwards: a fresh API loaded with it, as on the next launch or in a report. */
window.judged = (element, extra) => {
  const again = make();
  again.loadFromJSON({ ...JSON.parse(JSON.stringify(api.cmi)), ...extra }, 'cmi');
  version === '1.2' ? again.LMSInitialize('') : again.Initialize('');
  return version === '1.2' ? again.LMSGetValue(element) : again.GetValue(element);
};
window.closeCourse = () => document.querySelector('iframe').remove();
addEventListener('DOMContentLoaded', () => {
  const frame = document.createElement('iframe');
  frame.title = 'course';
  frame.style.width = '1300px';
  frame.style.height = '700px';
  frame.src = params.get('launch');
  document.body.append(frame);
});
`;

interface Package {
  readonly dir: string;
  readonly launch: string;
}

function buildPackage(version: '12' | '2004', into: string): Package {
  const built = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-scorm.ts'), version, path.join(into, `build-${version}`)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(built.stderr || built.stdout);
  const zip = path.join(into, `good-call-scorm${version}.zip`);
  const dir = path.join(into, 'site', `course-${version}`);
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
  const manifest = readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
  const href = new RegExp(`identifier="sco-${SCENARIO}"[^>]*href="([^"]+)"`).exec(manifest)?.[1]?.replace(/&amp;/g, '&');
  if (!href) throw new Error('the manifest has no SCO for the scenario');
  return { dir, launch: `course-${version}/${href}` };
}

async function frameOf(page: Page): Promise<Frame> {
  await page.locator('iframe').waitFor();
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

async function choicesIn(frame: Frame): Promise<string[]> {
  await frame.locator('.choice-list button').first().waitFor();
  return frame
    .locator('.choice-list button .text')
    .allTextContents()
    .then((texts) => texts.map((t) => t.trim()));
}

async function pickInFrame(frame: Frame, index: number): Promise<void> {
  await frame.locator('.choice-list button').nth(index).click();
}

describe('SCORM packages under scorm-again', () => {
  let browser: Browser;
  let server: StaticServer;
  const packages: Partial<Record<'1.2' | '2004', Package>> = {};
  const run = expectedRun();

  beforeAll(async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'good-call-scorm-'));
    packages['1.2'] = buildPackage('12', work);
    packages['2004'] = buildPackage('2004', work);
    const site = path.join(work, 'site');
    for (const file of ['scorm12.min.js', 'scorm2004.min.js'])
      copyFileSync(path.join(ROOT, 'node_modules', 'scorm-again', 'dist', file), path.join(site, file));
    writeFileSync(path.join(site, 'host.js'), HOST_SCRIPT);
    writeFileSync(path.join(site, 'lms-1.2.html'), HOST('1.2'));
    writeFileSync(path.join(site, 'lms-2004.html'), HOST('2004'));
    server = await serveStatic(site);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openLms(version: '1.2' | '2004', cmi?: unknown): Promise<{ page: Page; frame: Frame }> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, reducedMotion: 'reduce' });
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    const query = new URLSearchParams({ version, launch: packages[version]!.launch, ...(cmi ? { cmi: JSON.stringify(cmi) } : {}) });
    await page.goto(`${server.url}lms-${version}.html?${query.toString()}`);
    return { page, frame: await frameOf(page) };
  }

  it.each(['1.2', '2004'] as const)(
    'SCORM %s: the built package carries the schemas in its root, and its manifest validates',
    (version) => {
      const dir = packages[version]!.dir;
      const check = validateManifest(readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8'), version, dir);
      expect(check.output).toContain('validates');
      expect(check.valid).toBe(true);
    },
  );

  it.each(['1.2', '2004'] as const)(
    'SCORM %s: a full scripted attempt leaves status, score and one interaction per pick',
    async (version) => {
      const { page, frame } = await openLms(version);
      await frame.locator('#begin').click();
      for (const [n, index] of run.picks.entries()) {
        expect(await choicesIn(frame)).toEqual(run.choicesAt[n]);
        await pickInFrame(frame, index);
      }
      await frame.locator('#to-debrief').waitFor();
      const cmi = (await page.evaluate('cmiJson()')) as Record<string, unknown> & {
        interactions: Record<string, { id: string }>;
        score: { raw: string; scaled?: string };
      };
      const interactions = Object.values(cmi.interactions);
      expect(interactions).toHaveLength(run.picks.length);
      for (const i of interactions)
        expect(i.id).toMatch(version === '1.2' ? /^patdown-park-bench_v\d+_[A-Za-z0-9_-]+$/ : /^urn:good-call:patdown-park-bench:v\d+:/);
      if (version === '1.2') {
        const core = cmi.core as { lesson_status: string; score: { raw: string } };
        expect(core.lesson_status).toBe(run.report.passed ? 'passed' : 'failed');
        expect(Number(core.score.raw)).toBe(run.report.score);
      } else {
        expect(cmi.completion_status).toBe('completed');
        expect(cmi.success_status).toBe(run.report.passed ? 'passed' : 'failed');
        expect(Number(cmi.score.raw)).toBe(run.report.score);
      }
      await page.context().close();
    },
  );

  it.each(['1.2', '2004'] as const)('SCORM %s: a relaunch from suspend_data continues at the same choice', async (version) => {
    const first = await openLms(version);
    await first.frame.locator('#begin').click();
    const kept = 3;
    for (const index of run.picks.slice(0, kept)) {
      await choicesIn(first.frame);
      await pickInFrame(first.frame, index);
    }
    await choicesIn(first.frame);
    const cmi = (await first.page.evaluate('cmiJson()')) as { suspend_data: string };
    expect(cmi.suspend_data).toMatch(/^gc3\|patdown-park-bench\|/);
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    await first.page.context().close();

    const saved =
      version === '1.2'
        ? { suspend_data: cmi.suspend_data, core: { entry: 'resume', lesson_status: 'incomplete' } }
        : { suspend_data: cmi.suspend_data, entry: 'resume', completion_status: 'incomplete' };
    const second = await openLms(version, saved);
    expect(await choicesIn(second.frame)).toEqual(run.choicesAt[kept]);
    await second.page.context().close();
  });

  interface Call {
    readonly name: string;
    readonly args: string[];
    readonly result: string;
    readonly error: string;
  }
  const callsOf = (page: Page): Promise<Call[]> => page.evaluate('window.calls') as Promise<Call[]>;
  /** Every call returned success: "true" where the call answers so, and error code 0 after each. */
  const refused = (calls: readonly Call[]) => calls.filter((c) => c.error !== '0' || (!/GetValue$/.test(c.name) && c.result !== 'true'));
  const PASSING = { '1.2': { student_data: { mastery_score: '80' } }, '2004': { scaled_passing_score: '0.8' } } as const;

  it.each(['1.2', '2004'] as const)(
    'SCORM %s: a critically failed attempt stays not passed under an LMS passing score of 0.8, every call a success',
    async (version) => {
      const failed = criticallyFailedRun(SCENARIO, 80);
      expect(failed.report.passed).toBe(false);
      expect(failed.report.score).toBeGreaterThanOrEqual(80);
      const { page, frame } = await openLms(version, PASSING[version]);
      await frame.locator('#begin').click();
      for (const [n, index] of failed.picks.entries()) {
        expect(await choicesIn(frame)).toEqual(failed.choicesAt[n]);
        await pickInFrame(frame, index);
      }
      await frame.locator('#to-debrief').waitFor();
      await page.waitForFunction(`window.calls.some((c) => c.name === '${version === '1.2' ? 'LMSFinish' : 'Terminate'}')`);
      const cmi = (await page.evaluate('cmiJson()')) as Record<string, unknown> & {
        objectives: Record<string, { score: { raw: string } }>;
      };
      if (version === '1.2') {
        // scorm-again, like 1.2 LMSs, sets the status from the score and the mastery score at LMSFinish.
        expect((cmi.core as { lesson_status: string }).lesson_status).toBe('failed');
        expect(await page.evaluate(`judged('cmi.core.lesson_status')`)).toBe('failed');
      } else {
        expect(await page.evaluate(`judged('cmi.success_status', { entry: 'resume' })`)).toBe('failed');
        expect(cmi.completion_status).toBe('completed');
      }
      expect(Number(Object.values(cmi.objectives)[0]!.score.raw)).toBe(failed.report.score);
      // The trainee is told what the LMS shows.
      await frame.locator('#lms-status [role="status"]').filter({ hasText: 'not passed' }).waitFor();
      const calls = await callsOf(page);
      expect(calls.length).toBeGreaterThan(20);
      expect(refused(calls)).toEqual([]);
      await page.context().close();
    },
  );

  it.each(['1.2', '2004'] as const)(
    'SCORM %s: closing the course mid-attempt writes the session time, then ends, and nothing is sent after the end',
    async (version) => {
      const { page, frame } = await openLms(version, PASSING[version]);
      await frame.locator('#begin').click();
      for (const index of run.picks.slice(0, 3)) {
        await choicesIn(frame);
        await pickInFrame(frame, index);
      }
      await choicesIn(frame);
      // The LMS closes the course's frame, as it does when the trainee leaves the activity.
      await page.evaluate('closeCourse()');
      const end = version === '1.2' ? 'LMSFinish' : 'Terminate';
      await page.waitForFunction(`window.calls.some((c) => c.name === '${end}')`);
      const calls = await callsOf(page);
      const ended = calls.findIndex((c) => c.name === end);
      expect(ended).toBe(calls.length - 1);
      const before = calls.slice(0, ended);
      const sessionTime = version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time';
      expect(before.some((c) => c.name.endsWith('SetValue') && c.args[0] === sessionTime)).toBe(true);
      expect(
        before.some(
          (c) => c.name.endsWith('SetValue') && c.args[0] === (version === '1.2' ? 'cmi.core.exit' : 'cmi.exit') && c.args[1] === 'suspend',
        ),
      ).toBe(true);
      expect(refused(calls)).toEqual([]);
      const cmi = (await page.evaluate('cmiJson()')) as { interactions: Record<string, unknown>; suspend_data: string };
      expect(Object.values(cmi.interactions)).toHaveLength(3);
      expect(cmi.suspend_data).toMatch(/^gc3\|patdown-park-bench\|/);
      await page.context().close();
    },
  );

  it('plays with no LMS present: a package opened on its own still runs its scenario', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, reducedMotion: 'reduce' });
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${packages['1.2']!.launch}`);
    await page.locator('#begin').click();
    await page.locator('.choice-list button').first().waitFor();
    expect(
      await page
        .locator('.choice-list button .text')
        .allTextContents()
        .then((t) => t.map((x) => x.trim())),
    ).toEqual(run.choicesAt[0]);
    await page.locator('.choice-list button').nth(run.picks[0]!).click();
    await page.locator('.narration .line.pick').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
