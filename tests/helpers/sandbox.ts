/** Plays picks on a sandbox fixture (every action and event offered) and reads one rule's verdict. */
import type { ScoreReport } from '../../src/engine/scoring/report.js';
import type { VerdictKind } from '../../src/engine/scoring/rule.js';
import type { Profile } from '../../src/engine/scoring/profile.js';
import { describe, expect, it } from 'vitest';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadFixture, profile as loadProfile } from './fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

export type Sandbox = 'sandbox-overdose' | 'sandbox-overdose-apneic' | 'sandbox-overdose-sedated' | 'sandbox-patdown';

export interface Case {
  /** What the case shows, as the test's name. */
  readonly name: string;
  readonly sandbox?: Sandbox;
  readonly profile?: string | Profile;
  /** Picks in the play grammar; choice texts in the sandbox are the action ids with their keys. */
  readonly picks: string;
  readonly verdict: VerdictKind;
}

export function playSandbox(sandbox: Sandbox, picks: string, profile: string | Profile = 'model-policy'): ScoreReport {
  const session = scoredSession({
    scenario: loadFixture(sandbox),
    profile: typeof profile === 'string' ? loadProfile(profile) : profile,
    seed: 1,
  });
  playPicks(session, parsePicks(picks));
  return session.report();
}

export function verdictOf(report: ScoreReport, ruleId: string): VerdictKind | undefined {
  return report.rules.find((r) => r.id === ruleId)?.verdict;
}

/** Repeats a pick `n` times: `times(3, 'act:wait')` is `act:wait,act:wait,act:wait`. */
export function times(n: number, pick: string): string {
  return Array.from({ length: n }, () => pick).join(',');
}

/** One test per case, grouped by rule: the case's picks on its sandbox give the verdict it names. */
export function describeRuleCases(cases: Readonly<Record<string, readonly Case[]>>, defaultSandbox: Sandbox): void {
  describe.each(Object.entries(cases))('%s', (ruleId, ruleCases) => {
    it.each(ruleCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(verdictOf(playSandbox(c.sandbox ?? defaultSandbox, c.picks, c.profile), ruleId)).toBe(c.verdict);
    });
  });
}
