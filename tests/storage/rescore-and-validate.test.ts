/**
 * Re-scoring a stored attempt with today's rubric, and validating records field by field.
 */
import { describe, expect, it } from 'vitest';
import { violated, defineRule } from '../../src/engine/scoring/rule.js';
import { RUBRIC } from '../../src/protocols/index.js';
import { recordJson } from '../../src/storage/record-json.js';
import { rescoreAttempt } from '../../src/storage/rescore-attempt.js';
import { migrateAttempt } from '../../src/storage/schema.js';
import { readAttempt, validateAttempt } from '../../src/storage/validate-attempt.js';
import { profile } from '../helpers/fixtures.js';
import { facts, finishedAttempt, hub, newSession, play, TO_THE_END, unfinishedAttempt } from './helpers.js';
import { finishedAttemptOf } from '../../src/storage/attempt-recorder.js';

const changedScenario = { ...hub, manifest: { ...hub.manifest, version: 2 } };

/** Today's rubric with one rule now stricter: it is always violated. */
function stricter(ruleId: string) {
  return {
    ...RUBRIC,
    rules: RUBRIC.rules.map((rule) => (rule.id === ruleId ? defineRule({ ...rule, evaluate: () => violated() }) : rule)),
  };
}

describe("re-scoring with today's rubric", () => {
  const attempt = finishedAttempt('attempt-a');
  const metRule = attempt.report.rules.find((r) => r.verdict === 'met')!;

  it('replays the picks on the same scenario version and finds nothing changed when the rubric has not', () => {
    const result = rescoreAttempt(attempt, { scenario: hub, profile: profile() });
    expect(result).toMatchObject({ ok: true, method: 'replay', changes: [], profileFrom: 'today' });
    if (result.ok) expect(result.report).toEqual(attempt.report);
  });

  it("shows which verdict a changed rule now gives, with today's explanation", () => {
    const result = rescoreAttempt(attempt, { scenario: hub, profile: profile(), rubric: stricter(metRule.id) });
    if (!result.ok) throw new Error('not re-scored');
    expect(result.changes).toEqual([
      {
        id: metRule.id,
        before: metRule,
        after: expect.objectContaining({ verdict: 'violated', explanation: `rules.${metRule.id}.violated` }),
      },
    ]);
    expect(result.report.score).toBeLessThan(attempt.report.score);
  });

  it('scores the stored log instead of replaying when the scenario has changed since, to the same verdicts', () => {
    const result = rescoreAttempt(attempt, { scenario: changedScenario, profile: profile() });
    expect(result).toMatchObject({ ok: true, method: 'log', scenarioVersionNow: 2, changes: [] });
    if (result.ok) expect(result.report).toEqual(attempt.report);
    const stricterResult = rescoreAttempt(attempt, { scenario: changedScenario, profile: profile(), rubric: stricter(metRule.id) });
    expect(stricterResult.ok && stricterResult.changes.map((c) => c.id)).toEqual([metRule.id]);
  });

  it('opens, validates and re-scores an attempt scored under rubric 1, naming both versions and a pass that flips', () => {
    // A report as rubric 1 wrote it: no version, no major-violation groups, and a pass rule of two conditions.
    const { rubricVersion: _v, majorViolations: _m, failedConditions: _f, ...rubric1Report } = attempt.report;
    // Rubric 1 had fewer rules: the same picks could pass it with a higher score.
    const stored = { ...attempt, report: { ...rubric1Report, passed: true, score: 90, criticalFailures: [] } };
    expect(validateAttempt(JSON.parse(recordJson(stored)))).toMatchObject({ ok: true });
    const criticalMet = attempt.report.rules.find((r) => r.verdict === 'met' && r.severity === 'critical')!;
    const result = rescoreAttempt(stored, { scenario: changedScenario, profile: profile(), rubric: stricter(criticalMet.id) });
    if (!result.ok) throw new Error('not re-scored');
    expect(result.report.rubricVersion).toBe(RUBRIC.version);
    expect(result.report.passed).toBe(false);
    expect(result.report.failedConditions?.[0]).toBe('critical');
    expect(result.changes.map((c) => c.id)).toEqual([criticalMet.id]);
  });

  it("replays an instructor's injects too, so a class's attempt re-scores to the same verdicts", () => {
    const session = newSession();
    session.inject('patient_pulseless');
    const classAttempt = finishedAttemptOf(play(session, TO_THE_END), facts('attempt-class'), '2025-03-01T10:05:00.000Z');
    // The inject changed the verdicts, so leaving it out of the replay would show changes.
    expect(classAttempt.report.score).not.toBe(attempt.report.score);
    const result = rescoreAttempt(classAttempt, { scenario: hub, profile: profile() });
    expect(result).toMatchObject({ ok: true, method: 'replay', changes: [] });
  });

  it('uses the profile kept with the attempt when the device no longer has it', () => {
    expect(rescoreAttempt(attempt, { scenario: hub })).toMatchObject({ ok: true, profileFrom: 'stored', changes: [] });
  });

  it('cannot score the log of an attempt saved before scoring data was kept, once the scenario has changed', () => {
    const { scoring: _dropped, ...older } = attempt;
    expect(rescoreAttempt(older, { scenario: changedScenario, profile: profile() })).toEqual({
      ok: false,
      reason: 'no-scoring-data',
      scenarioVersionNow: 2,
    });
    expect(rescoreAttempt(older, { scenario: hub, profile: profile() })).toMatchObject({ ok: true, method: 'replay' });
  });
});

describe('validating a stored attempt', () => {
  it('accepts what the game writes, finished or not, and survives JSON', () => {
    for (const attempt of [finishedAttempt('attempt-a'), unfinishedAttempt('attempt-bb')]) {
      expect(validateAttempt(attempt)).toEqual({ ok: true, attempt });
      expect(readAttempt(JSON.parse(JSON.stringify(attempt)))).toMatchObject({ ok: true });
    }
  });

  it('names every bad field', () => {
    const attempt = finishedAttempt('attempt-a');
    const result = validateAttempt({
      ...attempt,
      mode: 'exam',
      picks: [{ index: -1, at: 0, text: 'x', actions: [] }],
      report: { ...attempt.report, rules: [{ ...attempt.report.rules[0], verdict: 'great' }] },
    });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['mode', 'picks[0].index', 'report.rules[0].verdict']);
  });

  it('refuses explanation values that would act as translation options, and foreign explanation keys', () => {
    const attempt = finishedAttempt('attempt-a');
    const [first, second] = attempt.report.rules;
    const result = validateAttempt({
      ...attempt,
      report: {
        ...attempt.report,
        rules: [
          { ...first, values: { returnObjects: true, limit: 60 } },
          { ...second, explanation: 'ui.start.title', values: { limit: { nested: 1 } } },
          ...attempt.report.rules.slice(2),
        ],
      },
    });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'report.rules[0].values.returnObjects',
      'report.rules[1].explanation',
      'report.rules[1].values.limit',
    ]);
  });

  it("checks a class's votes and an instructor's injects and notes", () => {
    const attempt = finishedAttempt('attempt-a');
    const [pick, ...rest] = attempt.picks;
    const result = validateAttempt({
      ...attempt,
      picks: [{ ...pick, vote: { 0: 9, first: 3, 1: -2 } }, ...rest],
      instructorInputs: [
        { kind: 'inject', event: 'teleport', params: {}, at: 10, afterPick: 0 },
        { kind: 'inject', event: 'ems_delayed', params: { minutes: [10] }, at: 20, afterPick: 0 },
        { kind: 'note', text: '', at: 30, afterPick: 1 },
        { kind: 'inject', event: 'caller_left', params: {}, note: 'He heads for the door', at: 40, afterPick: 1 },
      ],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'picks[0].vote.1',
      'picks[0].vote.first',
      'instructorInputs[0].event',
      'instructorInputs[1].params.minutes',
      'instructorInputs[2].text',
    ]);
  });

  it('checks that a snapshot belongs to its attempt', () => {
    const attempt = unfinishedAttempt('attempt-bb');
    const result = validateAttempt({ ...attempt, seed: attempt.seed + 1 });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['progress.snapshot.seed']);
  });

  it('refuses a record of a newer schema, saying so', () => {
    const result = readAttempt({ ...finishedAttempt('attempt-a'), schemaVersion: 9 });
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/saved by a newer version of Good Call/);
  });

  it('migrates a version 1 record, and leaves what it does not recognise for validation to report', () => {
    const { schemaVersion: _v, status: _s, savedAt: _saved, ...version1 } = finishedAttempt('attempt-a');
    expect(readAttempt(version1)).toMatchObject({
      ok: true,
      attempt: { schemaVersion: 2, status: 'finished', savedAt: version1.finishedAt },
    });
    expect(migrateAttempt('nonsense')).toBe('nonsense');
    expect(readAttempt(null)).toEqual({ ok: false, problems: [{ field: '(root)', message: 'must be an object' }] });
  });
});

describe('a set-aside record as JSON', () => {
  it('writes out what plain JSON cannot hold instead of failing', () => {
    const record: Record<string, unknown> = { id: 'x', when: new Date('2025-01-01T00:00:00Z'), big: 10n, tags: new Set(['a']) };
    record.self = record;
    expect(JSON.parse(recordJson(record))).toEqual({
      id: 'x',
      when: '2025-01-01T00:00:00.000Z',
      big: '10',
      tags: { $set: ['a'] },
      self: '[cycle]',
    });
  });
});
