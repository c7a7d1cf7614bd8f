import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { EncounterPlan } from '../../src/play/start.js';
import { flowMachine } from '../../src/ui/flow.js';
import type { Settings } from '../../src/ui/settings.js';

const settings: Settings = {
  locale: 'en',
  mode: 'assess',
  traineeCode: 'TR-AAAA-BBBB',
  sound: false,
  timeFactor: 2,
  profileId: 'model-policy',
};

function start() {
  const actor = createActor(flowMachine, { input: { settings } });
  actor.start();
  return actor;
}

describe('the screen flow', () => {
  it('goes from the title through the list and briefing to an encounter planned from the settings', () => {
    const actor = start();
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'change settings', settings: { locale: 'es', profileId: 'limited-immunity' } });
    actor.send({ type: 'open scenarios' });
    actor.send({ type: 'choose scenario', scenarioId: 'overdose-apartment' });
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'begin', seed: 42 });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('encounter');
    expect(context.plan).toEqual({
      scenarioId: 'overdose-apartment',
      seed: 42,
      profileId: 'limited-immunity',
      mode: 'assess',
      timeFactor: 2,
      locale: 'es',
      start: { kind: 'fresh' },
    });
  });

  it('restarts an encounter from its menu with the plan it is given, and quits from it to the list', () => {
    const actor = start();
    actor.send({ type: 'open scenarios' });
    actor.send({ type: 'choose scenario', scenarioId: 'x' });
    actor.send({ type: 'begin', seed: 7 });
    const first = actor.getSnapshot().context.plan!;
    const again: EncounterPlan = { ...first, start: { kind: 'fresh' } };
    actor.send({ type: 'restart', plan: again });
    expect(actor.getSnapshot().value).toBe('encounter');
    // A new plan object: the app draws the encounter again from its start.
    expect(actor.getSnapshot().context.plan).toBe(again);
    expect(actor.getSnapshot().context.plan).not.toBe(first);
    actor.send({ type: 'open scenarios' });
    expect(actor.getSnapshot().value).toBe('scenarios');
  });

  it('ends an encounter in its debrief, and replays from there with the plan it is given', () => {
    const actor = start();
    actor.send({ type: 'open scenarios' });
    actor.send({ type: 'choose scenario', scenarioId: 'x' });
    actor.send({ type: 'begin', seed: 1 });
    actor.send({ type: 'finished', attemptId: 'attempt-1' });
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context.attemptId).toBe('attempt-1');
    const plan: EncounterPlan = {
      scenarioId: 'x',
      seed: 1,
      profileId: 'model-policy',
      mode: 'learn',
      timeFactor: 1,
      locale: 'en',
      start: { kind: 'replay', of: 'attempt-1', play: { picks: [] }, paused: false },
    };
    actor.send({ type: 'replay', plan });
    expect(actor.getSnapshot().value).toBe('encounter');
    expect(actor.getSnapshot().context.plan).toEqual(plan);
    actor.send({ type: 'finished', attemptId: 'attempt-2' });
    actor.send({ type: 'try again' });
    expect(actor.getSnapshot().value).toBe('briefing');
  });

  it('opens any attempt of the history in its debrief', () => {
    const actor = start();
    actor.send({ type: 'open history' });
    expect(actor.getSnapshot().value).toBe('history');
    actor.send({ type: 'open attempt', attemptId: 'attempt-3', scenarioId: 'patdown-park-bench' });
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context).toMatchObject({ attemptId: 'attempt-3', scenarioId: 'patdown-park-bench' });
  });

  it('does not begin an encounter before a scenario is chosen', () => {
    const actor = start();
    actor.send({ type: 'begin', seed: 1 });
    expect(actor.getSnapshot().value).toBe('title');
  });
});
