/**
 * What the officer has perceived (docs/actions.md, "What the engine writes"): nothing before a
 * check, the value a check found afterwards, and the truth kept for the rubric.
 */
import { scoredSession, restoreScoredSession } from '../../src/protocols/scored-session.js';
import { describe, expect, it } from 'vitest';

import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadFixture, profile } from '../helpers/fixtures.js';

const sandbox = loadFixture('sandbox-overdose');

function played(picks: string) {
  const session = scoredSession({ scenario: sandbox, profile: profile(), seed: 1 });
  playPicks(session, parsePicks(picks));
  return session;
}

describe('what the officer has perceived', () => {
  it('is nothing at arrival, though the patient is breathing slowly and does not respond', () => {
    const state = played('').state();
    expect(state).toMatchObject({ breathing: 'slow', responsive: false });
    expect(state.perceived).toEqual({ besidePatient: false, responsive: null, breathing: null, signsVisible: false, personSeen: false });
  });

  it('holds what each check found, at the moment the check ended', () => {
    const state = played('act:check_responsiveness,act:check_breathing').state();
    expect(state.perceived.responsive).toEqual({ value: false, at: 10 });
    expect(state.perceived.breathing).toEqual({ value: 'slow', at: 20 });
    expect(state.perceived.besidePatient).toBe(true);
    expect(state.perceived.signsVisible).toBe(true);
  });

  it('keeps an old check as it was until the officer looks again, then updates it', () => {
    // Breathing stops at 180 s; the officer checked at 10 s and then only waited.
    const stale = played(`act:check_breathing,${Array(6).fill('act:wait').join(',')}`).state();
    expect(stale.breathing).toBe('none');
    expect(stale.perceived.breathing).toEqual({ value: 'slow', at: 10 });
    const looked = played(`act:check_breathing,${Array(6).fill('act:wait').join(',')},act:monitor`).state();
    expect(looked.perceived.breathing).toEqual({ value: 'none', at: 250 });
  });

  it('notices the patient waking once beside them and having checked', () => {
    const state = played(`act:check_responsiveness,act:naloxone_nasal,${Array(5).fill('act:monitor').join(',')}`).state();
    expect(state.responsive).toBe(true);
    expect(state.perceived.responsive?.value).toBe(true);
  });

  it('reaches the story as perceived_* variables, and survives a restore', () => {
    const session = played('act:check_breathing');
    const restored = restoreScoredSession(JSON.parse(JSON.stringify(session.snapshot())), sandbox);
    expect(restored.state().perceived).toEqual(session.state().perceived);
    const story = scoredSession({ scenario: loadFixture('perceived-hub'), profile: profile(), seed: 1 });
    expect(story.next().lines.at(-1)?.text.trim()).toBe('Seen: unchecked, unchecked, at the door.');
    playPicks(story, parsePicks('text:Check breathing'));
    expect(story.next().lines.at(-1)?.text.trim()).toBe('Seen: slow, unchecked, beside.');
    playPicks(story, parsePicks('text:Check responsiveness'));
    expect(story.next().lines.at(-1)?.text.trim()).toBe('Seen: slow, no, beside.');
  });

  it('comes from the story event too: beside the patient, the face can be seen before any check', () => {
    const state = played('text:event beside_patient').state();
    expect(state.perceived).toMatchObject({ besidePatient: true, signsVisible: true, breathing: null, responsive: null });
  });
});
