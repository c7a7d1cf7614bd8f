import path from 'node:path';
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
import { noticeText } from '../../src/lms/lms-status-panel.js';
import { sha256, traineeCodeForLearner } from '../../src/lms/pseudonym.js';
import { scorm12InteractionId, scorm2004InteractionId } from '../../src/export/choice-ids.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { criticallyFailedRun } from '../helpers/critical-failure.js';
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
    const text = encodeResume({ ...state, firstInteraction: 7 })!;
    expect(text).toMatch(/^gc3\|overdose-apartment\|/);
    expect(decodeResume(text)).toEqual({ ...state, firstInteraction: 7 });
    const learn: ResumeState = { ...state, mode: 'learn', picks: [{ index: 2 }, { index: 0 }], elapsedSeconds: 40 };
    expect(decodeResume(encodeResume(learn)!)).toEqual({ ...learn, firstInteraction: 0 });
  });

  it("fits a long attempt in SCORM 1.2's 4,096 characters", () => {
    const long: ResumeState = {
      ...state,
      picks: Array.from({ length: 300 }, (_, i) => ({ index: i % 14, at: i * 40 + 0.125 })),
      elapsedSeconds: 300 * 40 + 12.5,
    };
    const text = encodeResume(long)!;
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(decodeResume(text)).toEqual({ ...long, firstInteraction: 0 });
  });

  it('keeps a learn-mode pick to one character, so 2,000 picks still fit in SCORM 1.2', () => {
    const learn: ResumeState = {
      ...state,
      mode: 'learn',
      picks: Array.from({ length: 2000 }, (_, i) => ({ index: i % 7 })),
      elapsedSeconds: 60_000,
    };
    const text = encodeResume(learn)!;
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(decodeResume(text)?.picks).toEqual(learn.picks);
  });

  it('still reads what the previous package saved (gc2: picks joined by dots)', () => {
    expect(decodeResume('gc2|overdose-apartment|1|model-policy|7|es|assess|1000|12w5|0~0.c~2n8h')).toMatchObject({
      picks: [
        { index: 0, at: 0 },
        { index: 12, at: 123.425 },
      ],
      elapsedSeconds: 50.405,
    });
  });

  it('coarsens the times of an attempt too long for milliseconds, never giving time back', () => {
    const picks = Array.from({ length: 1200 }, (_, i) => ({ index: i % 30, at: i * 997.3 + 0.4 }));
    const long: ResumeState = { ...state, picks, elapsedSeconds: 1200 * 997.3 + 0.2 };
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
    expect(encodeResume({ ...state, picks: Array.from({ length: 2000 }, (_, i) => ({ index: 30, at: i * 99999 })) })).toBeUndefined();
    expect(decodeResume('hello')).toBeUndefined();
    expect(decodeResume('gc1|x|1|p|1|en|sleep|')).toBeUndefined();
    expect(decodeResume('gc2|x|1|p|1|en|assess|7|0|')).toBeUndefined();
    expect(decodeResume('gc2|x|1|p|1|en|assess|1000|zz|0~-1')).toBeUndefined();
    expect(decodeResume('gc3|x|1|p|1|en|assess|1000|0|0|A')).toBeUndefined();
    expect(decodeResume('gc3|x|1|p|1|en|learn|1000|0|0|A!')).toBeUndefined();
  });
});

describe('resuming an assess-mode attempt from the LMS', () => {
  const scenario = loadScenarioDir(resolveScenarioDir('overdose-apartment')).bundle!;
  const start = () => scoredSession({ scenario, profile: profile(), seed: 7, mode: 'assess' });

  /** What the LMS is handed when the attempt is saved: the recording's resume state, through `suspend_data`. */
  function suspendedFrom(session: ReturnType<typeof start>): string {
    let saved: ResumeState | undefined;
    const reporter = {
      version: '1.2',
      saveProgress: (s: ResumeState) => ((saved = s), true),
      recordPick: () => undefined,
      ended: () => false,
      onProblem: () => () => undefined,
    } as unknown as LmsReporter;
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

type AnyApi = Record<string, (...args: string[]) => string> & { cmi: unknown };
const SCENARIO = { id: 'patdown-park-bench', version: 1 };

/** What an LMS that sets a passing score and names the learner starts the SCO with. */
const LMS_SET_UP = {
  '1.2': { student_data: { mastery_score: '50' }, core: { student_id: 'lms-1' } },
  '2004': { scaled_passing_score: '0.5', learner_id: 'lms-1' },
};

/** scorm-again with every call logged, with the error code the LMS gave for it. */
function loggedLms(version: '1.2' | '2004', cmi: unknown = LMS_SET_UP[version]) {
  const api = (version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 })) as unknown as AnyApi;
  if (cmi) (api as unknown as { loadFromJSON(json: unknown, element: string): void }).loadFromJSON(cmi, 'cmi');
  const calls: { name: string; args: string[]; result: string; error: string }[] = [];
  const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
  const names =
    version === '1.2'
      ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']
      : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
  const wrapped: Record<string, unknown> = { ...Object.fromEntries(Object.entries(api)) };
  for (const name of [
    ...names,
    lastError,
    version === '1.2' ? 'LMSGetErrorString' : 'GetErrorString',
    version === '1.2' ? 'LMSGetDiagnostic' : 'GetDiagnostic',
  ]) {
    const original = (api[name] as (...args: string[]) => string).bind(api);
    wrapped[name] = names.includes(name)
      ? (...args: string[]) => {
          const result = original(...args);
          calls.push({ name, args, result: String(result), error: String((api[lastError] as () => string).call(api)) });
          return result;
        }
      : original;
  }
  const connect = () => connectToLms(version === '1.2' ? { version, api: wrapped as never } : { version, api: wrapped as never });
  const stored = () =>
    JSON.parse(JSON.stringify(api.cmi)) as Record<string, unknown> & { interactions: Record<string, Record<string, string>> };
  return { api, calls, connect, stored };
}

function recordAll(lms: LmsReporter, session: ReturnType<typeof scriptedAttempt>, when: Date) {
  session.picks().forEach((pick, n) => lms.recordPick(SCENARIO, 'en', n, pick, when));
}

function finishInput(session: ReturnType<typeof scriptedAttempt>, report = session.report()) {
  return {
    scenario: SCENARIO,
    locale: 'en',
    report,
    picks: session.picks(),
    results: session.picks().map((_, n) => pickResult(rulesSettledByPick(report, n).map((r) => r.verdict))),
    sessionSeconds: 312,
    notes: [],
    now: new Date('2026-11-25T10:05:00Z'),
  };
}

describe.each(['1.2', '2004'] as const)('reporting to a SCORM %s LMS (scorm-again)', (version) => {
  it('writes each pick as an interaction when it is made, then the result, score and session time, every call accepted', () => {
    const lms = loggedLms(version);
    const reporter = lms.connect();
    const session = scriptedAttempt();
    const when = new Date('2026-11-25T10:00:00.25Z');
    recordAll(reporter, session, when);
    // Before the end: the interactions are there, not yet judged.
    const during = Object.values(lms.stored().interactions);
    expect(during).toHaveLength(session.picks().length);
    expect(during.every((i) => (i.result ?? '') === '')).toBe(true);
    const report = session.report();
    reporter.finish(finishInput(session, report));
    const cmi = lms.stored();
    const interactions = Object.values(cmi.interactions);
    if (version === '1.2') {
      for (const i of interactions) {
        expect(i.id).toMatch(/^patdown-park-bench_v1_[A-Za-z0-9_-]+$/);
        expect(i.student_response).toMatch(/^[0-9a-z]$/);
        expect(i.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d\d$/);
      }
      const core = cmi.core as { lesson_status: string; score: { raw: string }; session_time: string };
      expect(core.lesson_status).toBe(report.passed ? 'passed' : 'failed');
      expect(Number(core.score.raw)).toBe(report.score);
    } else {
      for (const i of interactions) {
        expect(i.id).toMatch(/^urn:good-call:patdown-park-bench:v1:\w+:[\w.]+$/);
        expect(i.learner_response).not.toBe('');
        expect(i.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d([+-]\d\d:\d\d)$/);
        expect(Date.parse(i.timestamp!)).toBe(when.getTime() - (when.getTime() % 10));
      }
      expect(cmi.completion_status).toBe('completed');
      expect(cmi.success_status).toBe(report.passed ? 'passed' : 'failed');
      expect(cmi.session_time).toBe('PT5M12S');
    }
    expect(interactions.map((i) => i.result)).toContain('correct');
    expect(interactions.some((i) => i.result === 'neutral')).toBe(true);
    expect(lms.calls.filter((c) => c.error !== '0' || (!c.name.endsWith('GetValue') && c.result !== 'true'))).toEqual([]);
    expect(reporter.problems()).toEqual([]);
    expect(lms.calls.at(-1)?.name).toBe(version === '1.2' ? 'LMSFinish' : 'Terminate');
  });

  it('names a choice the same in every attempt, whatever else was picked before it', () => {
    const first = scriptedAttempt();
    const ask = (s: ReturnType<typeof scriptedAttempt>) => s.picks().find((p) => p.actions.includes('ask_about_sharps'))!;
    const scenario = loadScenarioDir(resolveScenarioDir('patdown-park-bench')).bundle!;
    const other = scoredSession({ scenario, profile: profile(), seed: 2 });
    playPicks(other, parsePicks('1,act:ask_about_sharps'));
    expect(ask(first).path).toBeDefined();
    const id = (s: ReturnType<typeof scriptedAttempt>) =>
      (version === '1.2' ? scorm12InteractionId : scorm2004InteractionId)(SCENARIO, ask(s), s.picks().indexOf(ask(s)));
    expect(first.picks().indexOf(ask(first))).not.toBe(other.picks().indexOf(ask(other)));
    expect(id(first)).toBe(id(other));
  });

  it('keeps a critically failed attempt failed under an LMS passing score of 80, with its true score beside it', () => {
    const run = criticallyFailedRun('patdown-park-bench', 80);
    const cmi =
      version === '1.2'
        ? { student_data: { mastery_score: '80' }, core: { student_id: 'lms-7' } }
        : { scaled_passing_score: '0.8', learner_id: 'lms-7' };
    const lms = loggedLms(version, cmi);
    const reporter = lms.connect();
    expect(reporter.passingScore).toBe(80);
    expect(reporter.learnerId).toBe('lms-7');
    const scenario = loadScenarioDir(resolveScenarioDir('patdown-park-bench')).bundle!;
    const session = scoredSession({ scenario, profile: profile(), seed: 1 });
    for (const index of run.picks) session.choose(index);
    const report = session.report();
    expect(report.passed).toBe(false);
    expect(report.score).toBeGreaterThanOrEqual(80);
    const outcome = reporter.finish({ ...finishInput(session, report), notes: ['true score kept'] });
    expect(outcome).toEqual({ passed: false, reportedScore: 79, lowered: true, trueScore: report.score });
    const stored = lms.stored();
    const objective = Object.values(stored.objectives as Record<string, { score: { raw: string } }>)[0]!;
    expect(Number(objective.score.raw)).toBe(report.score);
    if (version === '1.2') {
      // scorm-again applies the mastery score at LMSFinish, as 1.2 LMSs do: the status must survive it.
      expect((stored.core as { lesson_status: string }).lesson_status).toBe('failed');
      expect((stored.core as { score: { raw: string } }).score.raw).toBe('79');
      expect(stored.comments).toContain('true score kept');
    } else {
      // What the LMS makes of the record: scorm-again judges success by the scaled score against its passing score.
      const relaunched = new Scorm2004API({ logLevel: 5 });
      (relaunched as unknown as { loadFromJSON(json: unknown, element: string): void }).loadFromJSON(
        { ...stored, scaled_passing_score: '0.8', entry: 'resume' },
        'cmi',
      );
      relaunched.Initialize('');
      expect(relaunched.GetValue('cmi.success_status')).toBe('failed');
      expect(Number((stored.score as { scaled: string }).scaled)).toBeLessThan(0.8);
      expect(JSON.stringify(stored.comments_from_learner)).toContain('true score kept');
    }
    expect(reporter.problems()).toEqual([]);
  }, 120_000);

  it('ends a suspended session with its session time, and sends nothing after the end', () => {
    const lms = loggedLms(version);
    const reporter = lms.connect();
    const session = scriptedAttempt();
    const state: ResumeState = {
      scenario: 'patdown-park-bench',
      version: 1,
      profile: 'model-policy',
      seed: 2,
      locale: 'en',
      mode: 'learn',
      picks: session.picks().map((p) => ({ index: p.index })),
      elapsedSeconds: 30,
    };
    expect(reporter.saveProgress(state)).toBe(true);
    reporter.suspend(61.999);
    const ended = lms.calls.length;
    reporter.recordPick(SCENARIO, 'en', 9, session.picks()[0]!, new Date());
    expect(reporter.saveProgress(state)).toBe(false);
    reporter.note('late', 'en', new Date());
    expect(lms.calls).toHaveLength(ended);
    expect(lms.calls.at(-1)?.name).toBe(version === '1.2' ? 'LMSFinish' : 'Terminate');
    const setValues = lms.calls.filter((c) => c.name.endsWith('SetValue')).map((c) => c.args);
    expect(setValues).toContainEqual(version === '1.2' ? ['cmi.core.session_time', '0000:01:02.00'] : ['cmi.session_time', 'PT1M2S']);
    expect(setValues).toContainEqual([version === '1.2' ? 'cmi.core.exit' : 'cmi.exit', 'suspend']);
    expect(lms.calls.every((c) => c.error === '0')).toBe(true);
  });

  it('keeps a refused call, with its error code and the LMS words, instead of dropping it', () => {
    const lms = loggedLms(version);
    const reporter = lms.connect();
    const session = scriptedAttempt();
    const pick = { ...session.picks()[0]!, path: 'bad path with spaces' };
    reporter.recordPick({ id: 'x', version: 1 }, 'en', 0, pick, new Date('not a date'));
    const problems = reporter.problems();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ call: version === '1.2' ? 'LMSSetValue' : 'SetValue' });
    expect(problems[0]!.code).toBeGreaterThan(0);
    expect(problems[0]!.message).not.toBe('');
  });

  it('numbers interactions on from those an earlier session of the same LMS attempt left', () => {
    const session = scriptedAttempt();
    const [a, b, c] = session.picks();
    const when = new Date('2026-11-25T10:00:00Z');
    const first = loggedLms(version);
    const earlier = first.connect();
    earlier.recordPick(SCENARIO, 'en', 0, a!, when);
    earlier.recordPick(SCENARIO, 'en', 1, b!, when);
    earlier.saveProgress({
      scenario: 'patdown-park-bench',
      version: 1,
      profile: 'model-policy',
      seed: 2,
      locale: 'en',
      mode: 'learn',
      picks: [a!, b!].map((p) => ({ index: p.index })),
      elapsedSeconds: 10,
    });
    earlier.suspend(30);
    const kept = first.stored();
    const resumed =
      version === '1.2'
        ? { interactions: kept.interactions, suspend_data: kept.suspend_data, core: { entry: 'resume', lesson_status: 'incomplete' } }
        : { interactions: kept.interactions, suspend_data: kept.suspend_data, entry: 'resume', completion_status: 'incomplete' };
    const second = loggedLms(version, resumed);
    const later = second.connect();
    expect(later.firstInteraction).toBe(0);
    later.recordPick(SCENARIO, 'en', 2, c!, when);
    const report = session.report();
    later.finish({ ...finishInput(session, report), picks: [a!, b!, c!], results: ['correct', 'neutral', 'wrong'] });
    const interactions = Object.values(second.stored().interactions);
    expect(interactions.map((i) => i.result)).toEqual(['correct', 'neutral', version === '1.2' ? 'wrong' : 'incorrect']);
    expect(interactions.map((i) => i.id)).toEqual(
      [a, b, c].map((p, n) => (version === '1.2' ? scorm12InteractionId : scorm2004InteractionId)(SCENARIO, p!, n)),
    );
  });

  it('keeps resume data after each pick and hands it back on the next launch', () => {
    const first = loggedLms(version);
    const lms = first.connect();
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
    const stored = first.stored() as unknown as { suspend_data: string; exit?: string; core?: { exit: string } };
    expect(version === '1.2' ? stored.core?.exit : stored.exit).toBe('suspend');
    const second = loggedLms(
      version,
      version === '1.2'
        ? { suspend_data: stored.suspend_data, core: { entry: 'resume', lesson_status: 'incomplete' } }
        : { suspend_data: stored.suspend_data, entry: 'resume', completion_status: 'incomplete' },
    );
    expect(second.connect().resume).toEqual({ ...state, firstInteraction: 0 });
  });
});

describe('a SCORM 1.2 attempt too long for suspend_data', () => {
  it('tells the trainee and the LMS record, and the device keeps the whole attempt: 2,000 picks', () => {
    const scenario = loadScenarioDir(path.resolve(import.meta.dirname, '..', 'fixtures', 'explore-endless'), { assets: null }).bundle!;
    const session = scoredSession({ scenario, profile: profile(), seed: 1, mode: 'assess' });
    const lms = loggedLms('1.2');
    const recording = recordForLms(lms.connect(), 'explore-endless', 0, { now: () => 1000 });
    const facts = { id: 'attempt-long', traineeCode: 'T-1', timeFactor: 1, startedAt: '2026-11-25T10:00:00.000Z' };
    let told = 0;
    recording.subscribe(() => told++);
    let last: ReturnType<typeof unfinishedAttemptOf> | undefined;
    for (let n = 0; n < 2000; n++) {
      session.elapse(5);
      session.choose(0);
      // Every tenth save, as the LMS would be told it after each pick (the picks between are the same writes).
      if (n % 10 === 9 || n === 1999) recording.onSave((last = unfinishedAttemptOf(session, facts, [], '2026-11-25T10:05:00.000Z')));
    }
    expect(last!.picks).toHaveLength(2000);
    const notice = recording.notices().find((n) => n.kind === 'resume-too-long');
    expect(notice).toMatchObject({ kind: 'resume-too-long', limit: 4096 });
    expect(told).toBeGreaterThan(0);
    const en = noticeText(notice!, createTranslator('en'));
    expect(en).toContain('Finish it in this session');
    expect(noticeText(notice!, createTranslator('es'))).toContain('Termínelo en esta sesión');
    const stored = lms.stored() as unknown as { comments: string; suspend_data: string };
    expect(stored.comments).toContain('attempt-long');
    expect(stored.suspend_data.length).toBeLessThanOrEqual(4096);
    // What the LMS still holds resumes where the notice says.
    expect(decodeResume(stored.suspend_data)!.picks.length + 1).toBe((notice as { resumesAt: number }).resumesAt);
  });
});

describe('ending the LMS session as the page goes', () => {
  it('ends after the encounter last save, and at once when no encounter is under way', () => {
    const lms = loggedLms('2004');
    const pending: (() => void)[] = [];
    const recording = recordForLms(lms.connect(), 'patdown-park-bench', 0, { now: () => 45_000, later: (end) => pending.push(end) });
    const session = scriptedAttempt();
    const facts = { id: 'attempt-1', traineeCode: 'T-1', timeFactor: 0, startedAt: '2026-11-25T10:00:00.000Z' };
    recording.onSave(unfinishedAttemptOf(session, facts, [], '2026-11-25T10:01:00.000Z'));
    recording.pageHiding();
    expect(recording.reporter.ended()).toBe(false);
    recording.onSave(unfinishedAttemptOf(session, facts, [], '2026-11-25T10:01:01.000Z'));
    expect(recording.reporter.ended()).toBe(true);
    expect(lms.calls.at(-1)?.name).toBe('Terminate');
    pending.forEach((end) => end());
    expect(lms.calls.filter((c) => c.name === 'Terminate')).toHaveLength(1);
    expect(lms.calls.some((c) => c.args[0] === 'cmi.session_time' && c.args[1] === 'PT45S')).toBe(true);

    const idle = loggedLms('1.2');
    const quiet = recordForLms(idle.connect(), 'patdown-park-bench', 0, { now: () => 5000, later: () => undefined });
    quiet.pageHiding();
    expect(quiet.reporter.ended()).toBe(true);
    expect(idle.calls.some((c) => c.args[0] === 'cmi.core.session_time' && c.args[1] === '0000:00:05.00')).toBe(true);
  });
});

describe('SCORM time formats', () => {
  it('writes 1.2 session time as HHHH:MM:SS.SS, never 60 seconds', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3725.5)).toBe('0001:02:05.50');
    expect(scorm12Timespan(59.999)).toBe('0000:01:00.00');
    expect(scorm12Timespan(3599.996)).toBe('0001:00:00.00');
  });
});

describe('the trainee code for an LMS learner', () => {
  it('is a salted hash: the same learner the same code, two learners or two agencies different ones', () => {
    expect(Array.from(sha256(new TextEncoder().encode('abc')), (b) => b.toString(16).padStart(2, '0')).join('')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const code = traineeCodeForLearner('student-42', 'academy');
    expect(code).toMatch(/^LM-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(traineeCodeForLearner('student-42', 'academy')).toBe(code);
    expect(traineeCodeForLearner('student-43', 'academy')).not.toBe(code);
    expect(traineeCodeForLearner('student-42', 'other agency')).not.toBe(code);
    expect(code).not.toContain('42');
  });

  it('is what a launch from an LMS that names the learner plays under', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    (api as unknown as { loadFromJSON(json: unknown, element: string): void }).loadFromJSON({ learner_id: 'student-42' }, 'cmi');
    const launched = launchFromLms({ API_1484_11: api }, '?scenario=patdown-park-bench', '2004', () => 1, 'academy');
    expect(launched?.launch.traineeCode).toBe(traineeCodeForLearner('student-42', 'academy'));
  });
});
