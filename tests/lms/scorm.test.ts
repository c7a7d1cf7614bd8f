import type Scorm12Type from 'scorm-again/scorm12';
import * as scorm12Module from 'scorm-again/scorm12';
import type Scorm2004Type from 'scorm-again/scorm2004';
import * as scorm2004Module from 'scorm-again/scorm2004';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/replay.js';
import { rulesSettledByPick } from '../../src/export/exportable-attempt.js';
import { findScormApi, type WindowLike } from '../../src/lms/find-scorm-api.js';
import { launchFromLms } from '../../src/lms/launch.js';
import { resumePlan } from '../../src/lms/resume-plan.js';
import { recordForLms } from '../../src/lms/lms-recording.js';
import { decodeResume, encodeResume, SCORM12_SUSPEND_LIMIT, type ResumeState } from '../../src/lms/resume-data.js';
import { connectToLms, pickResult, scorm12Timespan, type LmsReporter } from '../../src/lms/scorm-reporter.js';
import { unfinishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { openSession } from '../../src/play/open-session.js';
import { startsPaused } from '../../src/play/start.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

// scorm-again's type declarations name a default export; its ES modules export the classes by name.
const Scorm12API = (scorm12Module as unknown as { Scorm12API: typeof Scorm12Type }).Scorm12API;
const Scorm2004API = (scorm2004Module as unknown as { Scorm2004API: typeof Scorm2004Type }).Scorm2004API;
type Scorm12API = Scorm12Type;
type Scorm2004API = Scorm2004Type;

describe('finding the LMS', () => {
  const api12 = { LMSInitialize: () => 'true' };
  const api2004 = { Initialize: () => 'true' };

  it('walks up the parents, then the opener and its parents', () => {
    const top: WindowLike = { API: api12 };
    const middle: WindowLike = { parent: top };
    const frame: WindowLike = { parent: middle };
    expect(findScormApi(frame)?.version).toBe('1.2');
    const popup: WindowLike = { opener: { parent: { API_1484_11: api2004 } } };
    expect(findScormApi(popup)?.version).toBe('2004');
  });

  it('prefers the version asked for when both are there, and gives up on frames it may not read', () => {
    const both: WindowLike = { API: api12, API_1484_11: api2004 };
    expect(findScormApi(both, '2004')?.version).toBe('2004');
    expect(findScormApi(both)?.version).toBe('1.2');
    const foreign = {
      get API(): unknown {
        throw new DOMException('cross-origin');
      },
    } as WindowLike;
    expect(findScormApi({ parent: foreign })).toBeUndefined();
  });

  it('finds nothing when there is no LMS, and the game runs without one', () => {
    const alone: WindowLike = {};
    expect(findScormApi({ parent: alone, opener: null })).toBeUndefined();
  });
});

describe('resume data', () => {
  const state: ResumeState = {
    scenario: 'overdose-apartment',
    version: 1,
    profile: 'model-policy',
    seed: 7,
    locale: 'es',
    mode: 'assess',
    picks: [
      { index: 0, at: 0 },
      { index: 12, at: 95.25 },
      { index: 3, at: 1234.567 },
    ],
    elapsedSeconds: 1301.004,
  };

  it('round-trips, keeping fractional pick times and the time gone after the last pick', () => {
    const text = encodeResume(state)!;
    expect(text).toMatch(/^gc2\|overdose-apartment\|/);
    expect(decodeResume(text)).toEqual(state);
    const learn: ResumeState = { ...state, mode: 'learn', picks: [{ index: 2 }, { index: 0 }], elapsedSeconds: 40 };
    expect(decodeResume(encodeResume(learn)!)).toEqual(learn);
  });

  it("fits a long attempt in SCORM 1.2's 4,096 characters", () => {
    const long: ResumeState = {
      ...state,
      picks: Array.from({ length: 300 }, (_, i) => ({ index: i % 14, at: i * 40 + 0.125 })),
      elapsedSeconds: 300 * 40 + 12.5,
    };
    const text = encodeResume(long)!;
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(decodeResume(text)).toEqual(long);
  });

  it('coarsens the times of an attempt too long for milliseconds, never giving time back', () => {
    const picks = Array.from({ length: 500 }, (_, i) => ({ index: i % 30, at: i * 997.3 + 0.4 }));
    const long: ResumeState = { ...state, picks, elapsedSeconds: 500 * 997.3 + 0.2 };
    expect(encodeResume(long, Number.MAX_SAFE_INTEGER)!.length).toBeGreaterThan(SCORM12_SUSPEND_LIMIT);
    const text = encodeResume(long)!;
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const back = decodeResume(text)!;
    expect(back.picks.map((p) => p.index)).toEqual(picks.map((p) => p.index));
    back.picks.forEach((p, i) => expect(Math.abs(p.at! - picks[i]!.at)).toBeLessThanOrEqual(0.5));
    expect(back.elapsedSeconds).toBeGreaterThanOrEqual(long.elapsedSeconds);
    expect(back.elapsedSeconds - long.elapsedSeconds).toBeLessThan(1);
  });

  it('still reads what an older package saved (gc1: whole seconds, clock at the last pick)', () => {
    expect(decodeResume('gc1|overdose-apartment|1|model-policy|7|es|assess|0~0.c~2n.3~ya')).toEqual({
      ...state,
      picks: [
        { index: 0, at: 0 },
        { index: 12, at: 95 },
        { index: 3, at: 1234 },
      ],
      elapsedSeconds: 1234,
    });
    expect(decodeResume('gc1|patdown-park-bench|1|model-policy|2|en|learn|0.3')).toMatchObject({
      mode: 'learn',
      picks: [{ index: 0 }, { index: 3 }],
      elapsedSeconds: 0,
    });
  });

  it('refuses what does not fit, and text that is not its own', () => {
    expect(encodeResume({ ...state, picks: Array.from({ length: 2000 }, () => ({ index: 30, at: 99999 })) })).toBeUndefined();
    expect(decodeResume('hello')).toBeUndefined();
    expect(decodeResume('gc1|x|1|p|1|en|sleep|')).toBeUndefined();
    expect(decodeResume('gc2|x|1|p|1|en|assess|7|0|')).toBeUndefined();
    expect(decodeResume('gc2|x|1|p|1|en|assess|1000|zz|0~-1')).toBeUndefined();
  });
});

describe('resuming an assess-mode attempt from the LMS', () => {
  const scenario = loadScenarioDir(resolveScenarioDir('overdose-apartment')).bundle!;
  const start = () => scoredSession({ scenario, profile: profile(), seed: 7, mode: 'assess' });

  /** What the LMS is handed when the attempt is saved: the recording's resume state, through `suspend_data`. */
  function suspendedFrom(session: ReturnType<typeof start>): string {
    let saved: ResumeState | undefined;
    const reporter = { saveProgress: (s: ResumeState) => ((saved = s), true) } as unknown as LmsReporter;
    const facts = { id: 'attempt-1', traineeCode: 'T-1', timeFactor: 1, startedAt: '2026-11-25T10:00:00.000Z' };
    recordForLms(reporter, 'overdose-apartment', 0).onSave(unfinishedAttemptOf(session, facts, [], '2026-11-25T10:05:00.000Z'));
    return encodeResume(saved!)!;
  }

  it('gives no time back: the clock stands where it stood, not at the last pick', () => {
    const first = start();
    for (const [wait, pick] of [
      [7.25, 'act:scene_size_up'],
      [3.5, 'act:don_gloves'],
      [0.125, 'act:check_responsiveness'],
    ] as const) {
      first.elapse(wait);
      playPicks(first, parsePicks(pick));
    }
    first.elapse(41.3);
    const text = suspendedFrom(first);
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);

    const plan = resumePlan('overdose-apartment', decodeResume(text)!, { profileId: 'model-policy', mode: 'assess', timeFactor: 1 });
    const { session: resumed } = openSession(plan, scenario, profile());
    expect(startsPaused(plan.start)).toBe(true);
    const before = first.state().elapsedSeconds;
    const after = resumed.state().elapsedSeconds;
    expect(after).toBeGreaterThanOrEqual(before);
    expect(after - before).toBeLessThan(0.001);
    expect(resumed.picks().map((p) => [p.index, p.at])).toEqual(first.picks().map((p) => [p.index, p.at]));
    expect(resumed.next().choices.map((c) => c.text)).toEqual(first.next().choices.map((c) => c.text));
    expect(resumed.state()).toEqual({ ...first.state(), elapsedSeconds: after });
    // Replaying only the picks, as before, would have handed back the 41 seconds after the last one.
    const picksOnly = start();
    replay(picksOnly, { picks: decodeResume(text)!.picks.map((p) => ({ index: p.index, at: p.at ?? 0 })) });
    expect(before - picksOnly.state().elapsedSeconds).toBeGreaterThan(41);
  });

  it('resumes an attempt whose clock ran before any pick, and hands the app the time gone', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const waited = start();
    waited.elapse(25.5);
    (api as unknown as { loadFromJSON(json: unknown, element: string): void }).loadFromJSON(
      { suspend_data: suspendedFrom(waited), entry: 'resume', completion_status: 'incomplete' },
      'cmi',
    );
    const win: WindowLike = { API_1484_11: api };
    const launched = launchFromLms(win, '?scenario=overdose-apartment', '2004', () => scenario.manifest.version);
    expect(launched?.launch.resume).toMatchObject({ seed: 7, mode: 'assess', picks: [], elapsedSeconds: 25.5 });
  });
});

function scriptedAttempt() {
  const scenario = loadScenarioDir(resolveScenarioDir('patdown-park-bench')).bundle!;
  const session = scoredSession({ scenario, profile: profile(), seed: 2 });
  const golden = '1,act:explain_stop,act:ask_about_sharps,text:knife out,text:empty his jacket,act:inspect_ssp_card,act:honor_ssp_card';
  playPicks(session, parsePicks(golden));
  return session;
}

describe.each([
  ['1.2', () => new Scorm12API({ logLevel: 5 })],
  ['2004', () => new Scorm2004API({ logLevel: 5 })],
] as const)('reporting to a SCORM %s LMS (scorm-again)', (version, makeApi) => {
  function connect(api: unknown) {
    return connectToLms(version === '1.2' ? { version, api: api as never } : { version, api: api as never });
  }

  it('leaves status, score, session time and one interaction per pick', () => {
    const api = makeApi();
    const lms = connect(api);
    const session = scriptedAttempt();
    const report = session.report();
    session
      .picks()
      .forEach((pick, n) =>
        lms.recordPick(pick, pickResult(rulesSettledByPick(report, n).map((r) => r.verdict)), new Date('2026-11-25T10:00:00Z')),
      );
    lms.finish(report, 312);
    lms.terminate();
    const get = (e: string) => (version === '1.2' ? (api as Scorm12API).LMSGetValue(e) : (api as Scorm2004API).GetValue(e));
    const cmi = JSON.parse(JSON.stringify((api as { cmi: unknown }).cmi)) as {
      interactions: Record<string, { id: string; result: string }> | { id: string; result: string }[];
    };
    const interactions = Object.values(cmi.interactions);
    expect(interactions.map((i) => i.id)).toEqual(session.picks().map((_, n) => `pick-${n + 1}`));
    const stored = cmi as unknown as Record<string, Record<string, unknown> & { score: Record<string, string> }> & Record<string, unknown>;
    if (version === '1.2') {
      const core = stored.core!;
      expect(core.lesson_status).toBe(report.passed ? 'passed' : 'failed');
      expect(Number(core.score.raw)).toBe(report.score);
      const [h, m, sec] = String(core.session_time).split(':').map(Number);
      expect(h! * 3600 + m! * 60 + sec!).toBe(312);
    } else {
      expect(stored.completion_status).toBe('completed');
      expect(stored.success_status).toBe(report.passed ? 'passed' : 'failed');
      expect(Number((stored.score as unknown as Record<string, string>).scaled)).toBeCloseTo(report.score / 100, 3);
      expect(stored.session_time).toBe('PT5M12S');
    }
    expect(get('cmi.suspend_data')).toBe('');
    expect(interactions.map((i) => i.result)).toContain(version === '1.2' ? 'correct' : 'correct');
    expect(interactions.some((i) => i.result === 'neutral')).toBe(true);
  });

  it('numbers interactions on from those an earlier session of the same LMS attempt left', () => {
    const session = scriptedAttempt();
    const report = session.report();
    const [a, b, c] = session.picks();
    const when = new Date('2026-11-25T10:00:00Z');
    const first = makeApi();
    const earlier = connect(first);
    earlier.recordPick(a!, 'correct', when);
    earlier.recordPick(b!, 'neutral', when);
    earlier.terminate();
    const kept = JSON.parse(JSON.stringify((first as { cmi: unknown }).cmi)) as { interactions: unknown };

    const second = makeApi();
    const resumed =
      version === '1.2'
        ? { interactions: kept.interactions, core: { entry: 'resume', lesson_status: 'incomplete' } }
        : { interactions: kept.interactions, entry: 'resume', completion_status: 'incomplete' };
    (second as { loadFromJSON(json: unknown, element: string): void }).loadFromJSON(resumed, 'cmi');
    const later = connect(second);
    later.recordPick(c!, 'wrong', when);
    later.finish(report, 60);
    const cmi = JSON.parse(JSON.stringify((second as { cmi: unknown }).cmi)) as {
      interactions: Record<string, { id: string; result: string }>;
    };
    expect(Object.values(cmi.interactions).map((i) => [i.id, i.result])).toEqual([
      ['pick-1', 'correct'],
      ['pick-2', 'neutral'],
      ['pick-3', version === '1.2' ? 'wrong' : 'incorrect'],
    ]);
  });

  it('keeps resume data after each pick and hands it back on the next launch', () => {
    const first = makeApi();
    const lms = connect(first);
    const state: ResumeState = {
      scenario: 'patdown-park-bench',
      version: 1,
      profile: 'model-policy',
      seed: 2,
      locale: 'en',
      mode: 'learn',
      picks: [{ index: 0 }, { index: 3 }],
      elapsedSeconds: 30,
    };
    expect(lms.saveProgress(state)).toBe(true);
    // Read back as the LMS would store it: some elements are write-only through the API.
    const stored = JSON.parse(JSON.stringify((first as { cmi: unknown }).cmi)) as {
      suspend_data: string;
      exit?: string;
      core?: { exit: string };
    };
    const saved = stored.suspend_data;
    expect(version === '1.2' ? stored.core?.exit : stored.exit).toBe('suspend');

    const second = makeApi();
    (second as { loadFromJSON(json: unknown, element: string): void }).loadFromJSON(
      version === '1.2'
        ? { suspend_data: saved, core: { entry: 'resume', lesson_status: 'incomplete' } }
        : { suspend_data: saved, entry: 'resume', completion_status: 'incomplete' },
      'cmi',
    );
    expect(connect(second).resume).toEqual(state);
  });
});

describe('SCORM 1.2 time', () => {
  it('writes session time as HHHH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3725.5)).toBe('0001:02:05.50');
  });
});
