import { describe, expect, it } from 'vitest';
import type { ScenarioParameters } from '../../src/engine/scenario/parameters.js';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle.js';
import { type Session } from '../../src/engine/session.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

/** The every-action sandbox with the EMS figures under test. */
function sandbox(parameters: Partial<ScenarioParameters>): ScenarioBundle {
  const base = loadFixture('sandbox-overdose');
  return { ...base, manifest: { ...base.manifest, parameters: { ...base.manifest.parameters, ...parameters } } };
}

function start(parameters: Partial<ScenarioParameters>): Session {
  return scoredSession({ scenario: sandbox(parameters), profile: profile(), seed: 1 });
}

function choose(session: Session, action: string): void {
  const choice = session.next().choices.find((c) => c.actions[0]?.action === action);
  if (!choice) throw new Error(`the sandbox offers no ${action}`);
  session.choose(choice.index);
}

/** When the log says EMS arrived, in simulated seconds. */
function arrival(session: Session): number | undefined {
  return session.log().find((e) => e.kind === 'state' && e.id === 'ems_on_scene' && e.params.value === true)?.at;
}

describe('EMS arrives its ETA after it is called', () => {
  it.each([1, 6, 10])('with an ETA of %i minutes, arrives that long after call_ems began, not a second sooner', (eta) => {
    const session = start({ emsEtaMinutes: eta });
    session.elapse(45);
    expect(session.state().emsCalled).toBe(false);
    choose(session, 'call_ems');
    const calledAt = session.log().find((e) => e.kind === 'action' && e.id === 'call_ems')!.at;
    expect(calledAt).toBe(45);
    expect(session.state().emsCalled).toBe(true);

    session.elapse(calledAt + eta * 60 - 1 - session.state().elapsedSeconds);
    expect(session.state()).toMatchObject({ emsOnScene: false, emsEtaMinutes: 1 });
    expect(arrival(session)).toBeUndefined();
    session.elapse(1);
    expect(session.state()).toMatchObject({ emsOnScene: true, emsEtaMinutes: 0 });
    expect(arrival(session)).toBe(calledAt + eta * 60);
  });

  it('never arrives when nobody calls, however long the scene runs', () => {
    const session = start({ emsEtaMinutes: 6 });
    session.elapse(60 * 60);
    expect(session.state()).toMatchObject({ emsCalled: false, emsOnScene: false, emsEtaMinutes: null });
    expect(arrival(session)).toBeUndefined();
  });

  it('counts the ETA down in whole minutes for the story', () => {
    const session = start({ emsEtaMinutes: 8 });
    choose(session, 'call_ems');
    expect(session.state().emsEtaMinutes).toBe(8);
    session.elapse(90 - session.state().elapsedSeconds);
    expect(session.state().emsEtaMinutes).toBe(7);
  });
});

describe('EMS sent with the call (emsDispatchedWithCall)', () => {
  it('is on its way from the start and arrives its ETA after the encounter began', () => {
    const session = start({ emsEtaMinutes: 5, emsDispatchedWithCall: true });
    expect(session.state()).toMatchObject({ emsCalled: true, emsOnScene: false, emsEtaMinutes: 5 });
    session.elapse(5 * 60 - 1);
    expect(session.state().emsOnScene).toBe(false);
    session.elapse(1);
    expect(session.state().emsOnScene).toBe(true);
    expect(arrival(session)).toBe(5 * 60);
  });

  it('does not restart the clock when the officer calls again', () => {
    const session = start({ emsEtaMinutes: 5, emsDispatchedWithCall: true });
    session.elapse(120);
    choose(session, 'call_ems');
    session.elapse(5 * 60 - session.state().elapsedSeconds);
    expect(session.state().emsOnScene).toBe(true);
    expect(arrival(session)).toBe(5 * 60);
  });
});
