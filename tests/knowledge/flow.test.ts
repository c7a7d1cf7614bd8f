/**
 * The knowledge check in the screen flow: off by default, so nothing changes; on, a check before the
 * briefing and the same after the encounter, both skippable, and never after a replay or a resumed
 * attempt that had no check before it.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { knowledgeItemsFor, scoreKnowledgeCheck } from '../../src/protocols/knowledge-check.js';
import type { EncounterPlan } from '../../src/play/start.js';
import { flowMachine } from '../../src/ui/flow.js';
import type { Settings } from '../../src/ui/settings.js';

const settings: Settings = {
  locale: 'en',
  mode: 'learn',
  traineeCode: 'TR-AAAA-BBBB',
  sound: false,
  timeFactor: 1,
  profileId: 'model-policy',
};
const pre = scoreKnowledgeCheck(knowledgeItemsFor(['naloxone'], 0), { 'naloxone-1': 'c' }, '2026-12-07T10:00:00.000Z');
const plan: EncounterPlan = {
  scenarioId: 'hub-overdose',
  seed: 3,
  profileId: 'model-policy',
  mode: 'learn',
  timeFactor: 1,
  locale: 'en',
  start: { kind: 'fresh' },
};

function start(knowledgeCheck?: boolean) {
  const actor = createActor(flowMachine, {
    input: { settings: { ...settings, ...(knowledgeCheck === undefined ? {} : { knowledgeCheck }) } },
  });
  actor.start();
  actor.send({ type: 'open scenarios' });
  return actor;
}

describe('the knowledge check in the flow', () => {
  it('is off by default: choosing a scenario opens its briefing, and the encounter ends in the debrief', () => {
    const actor = start();
    actor.send({ type: 'choose scenario', scenarioId: 'hub-overdose' });
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'begin', seed: 3 });
    actor.send({ type: 'finished', attemptId: 'attempt-1' });
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context.knowledge).toBeUndefined();
  });

  it('when on, asks before the briefing and again after the encounter, then shows the debrief', () => {
    const actor = start(true);
    actor.send({ type: 'choose scenario', scenarioId: 'hub-overdose' });
    expect(actor.getSnapshot().value).toBe('pre-check');
    actor.send({ type: 'knowledge answered', result: pre });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.knowledge).toEqual({ scenarioId: 'hub-overdose', pre });
    actor.send({ type: 'begin', seed: 3 });
    actor.send({ type: 'finished', attemptId: 'attempt-1' });
    expect(actor.getSnapshot().value).toBe('post-check');
    expect(actor.getSnapshot().context.attemptId).toBe('attempt-1');
    actor.send({ type: 'knowledge answered' });
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context.knowledge).toBeUndefined();
    // Try again: the check comes first once more.
    actor.send({ type: 'try again' });
    expect(actor.getSnapshot().value).toBe('pre-check');
  });

  it('asks after the encounter also when the check before was skipped', () => {
    const actor = start(true);
    actor.send({ type: 'choose scenario', scenarioId: 'hub-overdose' });
    actor.send({ type: 'knowledge answered' });
    expect(actor.getSnapshot().context.knowledge).toEqual({ scenarioId: 'hub-overdose' });
    actor.send({ type: 'begin', seed: 3 });
    actor.send({ type: 'restart', plan });
    actor.send({ type: 'finished', attemptId: 'attempt-2' });
    expect(actor.getSnapshot().value).toBe('post-check');
  });

  it('does not ask after a replay, or after an attempt resumed from the title', () => {
    const actor = start(true);
    actor.send({ type: 'choose scenario', scenarioId: 'hub-overdose' });
    actor.send({ type: 'knowledge answered', result: pre });
    actor.send({ type: 'begin', seed: 3 });
    actor.send({ type: 'finished', attemptId: 'attempt-1' });
    actor.send({ type: 'knowledge answered' });
    actor.send({ type: 'replay', plan: { ...plan, seed: 4 } });
    actor.send({ type: 'finished', attemptId: 'attempt-3' });
    expect(actor.getSnapshot().value).toBe('debrief');

    const resumed = createActor(flowMachine, { input: { settings: { ...settings, knowledgeCheck: true } } });
    resumed.start();
    resumed.send({ type: 'resume', plan });
    resumed.send({ type: 'finished', attemptId: 'attempt-4' });
    expect(resumed.getSnapshot().value).toBe('debrief');
  });
});
