import { describe, expect, it } from 'vitest';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

function start() {
  return scoredSession({ scenario: loadFixture('pick-order'), profile: profile(), seed: 1 });
}

describe('the order of effects of a pick', () => {
  it('lets the prose right after a choice see the state its action caused', () => {
    const session = start();
    const step = session.choose(0);
    expect(step.lines.map((l) => l.text)).toEqual(['Doses now 1.']);
    expect(step.state.dosesGiven).toBe(1);
  });

  it('logs each action when it starts, then advances the clock by its cost', () => {
    const session = start();
    session.choose(0);
    session.choose(0);
    const actions = session.log().filter((e) => e.kind === 'action');
    expect(actions.map((e) => [e.id, e.at])).toEqual([
      ['naloxone_nasal', 0],
      ['scene_size_up', 20],
      ['call_ems', 35],
    ]);
    expect(session.state().elapsedSeconds).toBe(55);
    expect(session.next().lines.map((l) => l.text)).toEqual(['EMS in 8 minutes.']);
  });

  it('records a consequence after the action that caused it, at its own time', () => {
    const session = start();
    session.choose(1);
    const log = session.log();
    const callIndex = log.findIndex((e) => e.kind === 'action' && e.id === 'call_ems');
    const calledIndex = log.findIndex((e) => e.kind === 'state' && e.id === 'ems_called' && e.params.value === true);
    expect(calledIndex).toBeGreaterThan(callIndex);
    expect(log[calledIndex]?.at).toBe(15);
  });

  it('fires what happens during a long action at its own moment, and #time: sets the cost', () => {
    const session = start();
    const step = session.choose(2);
    const stopped = session.log().find((e) => e.kind === 'state' && e.id === 'breathing' && e.params.value === 'none');
    expect(stopped?.at).toBe(180);
    expect(step.state.elapsedSeconds).toBe(200);
    expect(step.lines.map((l) => l.text)).toEqual(['Breathing is none at minute 3.', 'The caller has slipped out.']);
  });

  it('logs a mid-story #event at the simulated time its line is output, after the pick that led to it', () => {
    const session = start();
    session.choose(2);
    const log = session.log();
    const waitIndex = log.findIndex((e) => e.kind === 'action' && e.id === 'wait');
    const leftIndex = log.findIndex((e) => e.kind === 'event' && e.id === 'caller_left');
    expect(log[waitIndex]?.at).toBe(0);
    expect(log[leftIndex]).toMatchObject({ at: 200, source: { origin: 'story', line: 15 } });
    expect(leftIndex).toBeGreaterThan(log.findIndex((e) => e.kind === 'state' && e.id === 'breathing' && e.params.value === 'none'));
  });

  it('locates each log entry at its tag', () => {
    const session = start();
    session.choose(0);
    const arrival = session.log().find((e) => e.kind === 'event' && e.id === 'on_scene');
    const dose = session.log().find((e) => e.kind === 'action' && e.id === 'naloxone_nasal');
    expect(arrival?.source).toMatchObject({ origin: 'story', line: 6 });
    expect(arrival?.source).toHaveProperty('file', expect.stringMatching(/pick-order[/\\]en\.ink$/));
    expect(dose?.source).toMatchObject({ origin: 'choice', pick: 0, line: 10 });
  });
});
