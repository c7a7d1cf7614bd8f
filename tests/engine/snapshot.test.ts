import { describe, expect, it } from 'vitest';
import { type Session } from '../../src/engine/session.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession, restoreScoredSession } from '../../src/protocols/scored-session.js';

const scenario = loadFixture('hub-overdose');
/** A path through the fixture: call EMS, wait, dose, breathe, wait until he wakes, then to the end. */
const PICKS = [2, 3, ...Array<number>(20).fill(0)];

function playOn(session: Session, picks: readonly number[]): { lines: string[]; choices: string[][] } {
  const lines: string[] = [];
  const choices: string[][] = [];
  for (const pick of picks) {
    const step = session.next();
    if (step.ended) break;
    choices.push(step.choices.map((c) => c.text));
    const next = session.choose(Math.min(pick, step.choices.length - 1));
    lines.push(...next.lines.map((l) => `${l.at}: ${l.text}`));
  }
  return { lines, choices };
}

describe('snapshot and restore', () => {
  const straight = scoredSession({ scenario, profile: profile(), seed: 7 });
  const expected = playOn(straight, PICKS);
  const expectedReport = straight.report();

  it('plays a path long enough to matter', () => {
    expect(straight.next().ended).toBe(true);
    expect(expected.choices.length).toBeGreaterThan(8);
  });

  it.each(PICKS.map((_, k) => k))('resumes exactly after a round trip through JSON at choice point %i', (k) => {
    const session = scoredSession({ scenario, profile: profile(), seed: 7 });
    const before = playOn(session, PICKS.slice(0, k));
    if (session.next().ended) return;
    const snapshot = JSON.parse(JSON.stringify(session.snapshot()));
    const restored = restoreScoredSession(snapshot, scenario);
    expect(restored.next()).toEqual(session.next());
    const after = playOn(restored, PICKS.slice(k));
    expect([...before.lines, ...after.lines]).toEqual(expected.lines);
    expect([...before.choices, ...after.choices]).toEqual(expected.choices);
    expect(restored.report()).toEqual(expectedReport);
  });

  it('refuses a snapshot of another scenario version', () => {
    const snapshot = scoredSession({ scenario, profile: profile(), seed: 7 }).snapshot();
    const changed = { ...scenario, manifest: { ...scenario.manifest, version: 2 } };
    expect(() => restoreScoredSession(snapshot, changed)).toThrow(/hub-overdose version 1, not hub-overdose version 2/);
  });
});
