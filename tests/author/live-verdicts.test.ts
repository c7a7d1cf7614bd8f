/** Verdicts mid-scene: a rule missed only because its moment has not come is "not yet", never "missed". */
import { describe, expect, it } from 'vitest';
import { liveRules, liveVerdict } from '../../src/kit/live-verdicts.js';
import { type RuleResult } from '../../src/engine/index.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir } from '../../src/tooling/load-scenario.js';
import path from 'node:path';
import { scoredSession } from '../../src/protocols/scored-session.js';

function rule(verdict: RuleResult['verdict'], at?: number, evidence: number[] = []): RuleResult {
  return {
    id: 'X',
    family: 'naloxone',
    severity: 'major',
    verdict,
    evidence,
    explanation: `rules.X.${verdict}`,
    ...(at !== undefined ? { at } : {}),
  };
}

describe('live verdicts', () => {
  it('calls a missed rule "not yet" while its deadline or the end is still ahead', () => {
    expect(liveVerdict(rule('missed'), 30, false)).toBe('not_yet');
    expect(liveVerdict(rule('missed', 120), 30, false)).toBe('not_yet');
    // "missed by the end", and the end is now: nothing in the log decided it.
    expect(liveVerdict(rule('missed', 30), 30, false)).toBe('not_yet');
  });

  it('keeps "missed" once its moment has passed, once something decided it, and once the encounter is over', () => {
    expect(liveVerdict(rule('missed', 20), 30, false)).toBe('missed');
    expect(liveVerdict(rule('missed', 30, [4]), 30, false)).toBe('missed');
    expect(liveVerdict(rule('missed'), 30, true)).toBe('missed');
    expect(liveVerdict(rule('violated', 10, [2]), 30, false)).toBe('violated');
    expect(liveVerdict(rule('met', 10, [2]), 30, false)).toBe('met');
  });

  it('shows rules still open at the start of a real scene as "not yet", and none at its end', () => {
    const load = loadScenarioDir(path.resolve(import.meta.dirname, '..', 'fixtures', 'scenarios', 'hub-overdose'), { assets: null });
    const profile = loadProfile('model-policy');
    if (!load.bundle || !profile.ok) throw new Error('fixture or profile does not load');
    const session = scoredSession({ scenario: load.bundle, profile: profile.profile, seed: 1 });
    const early = liveRules(session.report(), false);
    expect(early.some((r) => r.verdict === 'not_yet')).toBe(true);
    expect(early.some((r) => r.verdict === 'missed')).toBe(false);
    // Broken rules first, then the open ones, then the met, then those that do not apply.
    const order = ['violated', 'missed', 'not_yet', 'met', 'not_applicable'];
    const positions = early.map((r) => order.indexOf(r.verdict));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(liveRules(session.report(), true).some((r) => r.verdict === 'not_yet')).toBe(false);
  });
});
