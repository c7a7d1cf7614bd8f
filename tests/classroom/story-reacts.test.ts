/**
 * An instructor's inject changes the story, not only the state panel: the engine writes
 * `caller_present` and the overdose stories notice at the next pick, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../src/engine/index.js';
import { profile } from '../helpers/fixtures.js';
import { shipped } from './helpers.js';

function session(id: string, locale: string): Session {
  return createSession({ scenario: shipped(id), profile: profile(), seed: 3, mode: 'learn', locale });
}

/** Picks the first choice until the story has reached a choice that carries `action`. */
function playUntilOffered(s: Session, action: string): void {
  for (let n = 0; n < 30; n++) {
    const step = s.next();
    if (step.choices.some((c) => c.actions.some((a) => a.action === action))) return;
    const first = step.choices[0];
    if (!first) throw new Error(`the story ended before offering ${action}`);
    s.choose(first.index);
  }
  throw new Error(`${action} was never offered`);
}

function textAfterPicking(s: Session, action: string): string {
  const choice = s.next().choices.find((c) => c.actions.some((a) => a.action === action));
  if (!choice) throw new Error(`${action} is not offered`);
  return s.choose(choice.index).lines.map((l) => l.text).join('\n');
}

const cases = [
  { id: 'overdose-apartment', locale: 'en', gone: 'Andre is gone' },
  { id: 'overdose-apartment', locale: 'es', gone: 'Andre ya no está' },
  { id: 'overdose-public-restroom', locale: 'en', gone: 'Rick is gone from the doorway' },
  { id: 'overdose-public-restroom', locale: 'es', gone: 'Rick ya no está en la puerta' },
];

describe('the story after an instructor sends the caller away', () => {
  for (const { id, locale, gone } of cases) {
    it(`${id} (${locale}) tells the trainees at the next pick, once`, () => {
      const injected = session(id, locale);
      playUntilOffered(injected, 'check_breathing');
      injected.inject('caller_left');
      expect(injected.next().state.callerPresent).toBe(false);
      const after = textAfterPicking(injected, 'check_breathing');
      expect(after).toContain(gone);

      // Without the inject the same pick says nothing of the kind.
      const plain = session(id, locale);
      playUntilOffered(plain, 'check_breathing');
      expect(textAfterPicking(plain, 'check_breathing')).not.toContain(gone);

      // And it is said once: the next pick does not repeat it.
      const next = injected.next().choices[0];
      if (next) expect(injected.choose(next.index).lines.map((l) => l.text).join('\n')).not.toContain(gone);
    });
  }
});
