import { describe, expect, it } from 'vitest';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

function play(seed: number) {
  const session = scoredSession({ scenario: loadFixture('variants'), profile: profile(), seed });
  playPicks(session, parsePicks('act:call_ems,act:naloxone_nasal,act:rescue_breathing*,act:naloxone_nasal,act:rescue_breathing*'));
  return { parameters: session.parameters, transcript: session.transcript().map((l) => l.text), report: session.report() };
}

describe('seed determinism', () => {
  it('plays the same variant, the same prose and the same report for the same seed', () => {
    for (const seed of [1, 2, 3, 42, 1234]) expect(play(seed)).toEqual(play(seed));
  });

  it('draws ranges within their bounds, whole numbers for whole bounds', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { dosesNeeded, emsEtaMinutes, onsetSeconds } = play(seed).parameters;
      expect([1, 2]).toContain(dosesNeeded);
      expect(Number.isInteger(emsEtaMinutes) && emsEtaMinutes >= 4 && emsEtaMinutes <= 14).toBe(true);
      expect(onsetSeconds >= 100 && onsetSeconds <= 200).toBe(true);
    }
  });

  it('gives different seeds different variants', () => {
    const variants = new Set<string>();
    const openings = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const run = play(seed);
      variants.add(JSON.stringify([run.parameters.dosesNeeded, run.parameters.emsEtaMinutes]));
      openings.add(run.transcript[0] ?? '');
    }
    expect(variants.size).toBeGreaterThan(3);
    expect(openings.size).toBeGreaterThan(1);
  });
});
