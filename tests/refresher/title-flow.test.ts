/** From "Your refresher" on the title screen to the briefing of the encounter due, in the variant the plan chose, for one attempt. */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { flowMachine } from '../../src/ui/flow.js';
import type { Settings } from '../../src/ui/settings.js';

const settings: Settings = {
  locale: 'en',
  mode: 'learn',
  traineeCode: 'IS-OAK-118',
  sound: false,
  timeFactor: 1,
  profileId: 'model-policy',
};

describe('a refresher chosen on the title screen', () => {
  it('goes to its briefing with the chosen variant, and a later fresh attempt draws its own', () => {
    const actor = createActor(flowMachine, { input: { settings } });
    actor.start();
    actor.send({ type: 'choose scenario', scenarioId: 'patdown-park-bench', seed: 4242 });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context).toMatchObject({ scenarioId: 'patdown-park-bench', seed: 4242 });
    actor.send({ type: 'begin', seed: 4242 });
    expect(actor.getSnapshot().context.plan?.seed).toBe(4242);
    expect(actor.getSnapshot().context.seed).toBeUndefined();
    actor.send({ type: 'finished', attemptId: 'attempt-1' });
    actor.send({ type: 'try again' });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.seed).toBeUndefined();
  });

  it('from the scenario list, chooses no variant', () => {
    const actor = createActor(flowMachine, { input: { settings } });
    actor.start();
    actor.send({ type: 'open scenarios' });
    actor.send({ type: 'choose scenario', scenarioId: 'overdose-apartment' });
    expect(actor.getSnapshot().context.seed).toBeUndefined();
  });
});
