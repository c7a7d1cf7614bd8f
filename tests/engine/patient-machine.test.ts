import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { EncounterClock } from '../../src/engine/encounter/clock.js';
import { patientMachine, type PatientEvent } from '../../src/engine/encounter/patient-machine.js';
import { physiologyFigures } from '../../src/engine/encounter/physiology.js';
import { PARAMETER_DEFAULTS, type ScenarioParameters } from '../../src/engine/scenario/parameters.js';

const MINUTE = 60_000;

/** A patient on the simulated clock, with a record of when breathing and waking changed. */
function patient(overrides: Partial<ScenarioParameters> = {}, snapshot?: unknown, startAt = 0) {
  const clock = new EncounterClock();
  if (startAt > 0) clock.set(startAt);
  const actor = createActor(patientMachine, {
    clock,
    input: { figures: physiologyFigures({ ...PARAMETER_DEFAULTS, ...overrides }) },
    ...(snapshot ? { snapshot: snapshot as never } : {}),
  });
  const changes: string[] = [];
  let last = '';
  actor.subscribe((s) => {
    const v = s.context.vitals;
    const now = `${v.breathing}/${v.responsive ? 'awake' : 'unresponsive'}/${s.context.injured ? 'injured' : 'intact'}/${v.dead ? 'dead' : 'alive'}`;
    if (now !== last) changes.push(`${clock.now() / 1000}s ${now}`);
    last = now;
  });
  actor.start();
  return {
    clock,
    actor,
    changes,
    send: (event: Omit<PatientEvent, 'at'> & Record<string, unknown>) => actor.send({ ...event, at: clock.now() } as PatientEvent),
    advanceTo: (seconds: number) => clock.advanceTo(seconds * 1000),
    context: () => actor.getSnapshot().context,
  };
}

describe('the patient on the simulated clock', () => {
  it('stops breathing at the apnea time, is injured and then dies without care', () => {
    const p = patient();
    p.advanceTo(20 * 60);
    // Half-rate debt while slow for 180 s (90 s), then full rate: injury at 180 + 150 s, death at 180 + 510 s.
    expect(p.changes).toEqual([
      '0s slow/unresponsive/intact/alive',
      '180s none/unresponsive/intact/alive',
      '330s none/unresponsive/injured/alive',
      '690s none/unresponsive/injured/dead',
    ]);
  });

  it('wakes with normal breathing 150 s after an effective dose, with mild withdrawal', () => {
    const p = patient();
    p.advanceTo(60);
    p.send({ type: 'naloxone dose' });
    p.advanceTo(10 * 60);
    expect(p.changes).toEqual([
      '0s slow/unresponsive/intact/alive',
      '180s none/unresponsive/intact/alive',
      '210s normal/awake/intact/alive',
    ]);
    expect(p.context().withdrawal).toBe('mild');
    expect(p.context().wokeAt).toBe(210_000);
  });

  it('needs the second dose when the opioid takes two', () => {
    const p = patient({ dosesNeeded: 2 });
    p.send({ type: 'naloxone dose' });
    p.advanceTo(200);
    expect(p.context().vitals.responsive).toBe(false);
    p.send({ type: 'naloxone dose' });
    p.advanceTo(349);
    expect(p.context().vitals.responsive).toBe(false);
    p.advanceTo(350);
    expect(p.context().vitals).toMatchObject({ responsive: true, breathing: 'normal' });
    expect(p.context().withdrawal).toBe('mild');
  });

  it('makes withdrawal severe when doses are stacked', () => {
    const p = patient();
    p.send({ type: 'naloxone dose' });
    p.advanceTo(30);
    p.send({ type: 'naloxone dose' });
    p.advanceTo(5 * 60);
    expect(p.context().withdrawal).toBe('severe');
  });

  it('stops the oxygen debt while someone breathes for the patient', () => {
    const p = patient();
    p.advanceTo(180);
    p.send({ type: 'ventilate', until: 240_000 });
    p.advanceTo(20 * 60);
    expect(p.changes).toContain('390s none/unresponsive/injured/alive');
    expect(p.changes).toContain('750s none/unresponsive/injured/dead');
  });

  it('stops the oxygen debt once EMS takes over', () => {
    const p = patient();
    p.advanceTo(4 * 60);
    p.send({ type: 'ems takes over' });
    p.advanceTo(60 * 60);
    expect(p.context().vitals.dead).toBe(false);
    expect(p.context().debt.debtMs).toBe(150_000);
  });

  it('does not wake a patient without a pulse', () => {
    const p = patient();
    p.send({ type: 'pulse lost' });
    p.send({ type: 'naloxone dose' });
    p.advanceTo(5 * 60);
    expect(p.context().vitals.responsive).toBe(false);
  });

  it('stops breathing when the pulse is lost, even after waking', () => {
    const p = patient();
    p.send({ type: 'naloxone dose' });
    p.advanceTo(4 * 60);
    expect(p.context().vitals).toMatchObject({ breathing: 'normal', responsive: true, pulse: true });
    p.send({ type: 'pulse lost' });
    expect(p.context().vitals).toMatchObject({ breathing: 'none', pulse: false, responsive: false });
  });

  it('stops breathing again when a revived patient is left alone and the opioid outlasts naloxone', () => {
    const p = patient();
    p.send({ type: 'naloxone dose' });
    p.advanceTo(3 * 60);
    p.send({ type: 'officer left', emsArrivesAt: null, alone: true });
    expect(p.context().fate).toBe('resedated');
    expect(p.context().vitals).toMatchObject({ breathing: 'slow', responsive: false });
  });

  it('stays revived when someone stays with them, or when naloxone outlasts the opioid', () => {
    const withFriend = patient();
    withFriend.send({ type: 'naloxone dose' });
    withFriend.advanceTo(3 * 60);
    withFriend.send({ type: 'officer left', emsArrivesAt: null, alone: false });
    expect(withFriend.context().fate).toBe('revived');
    const shortActing = patient({ opioidOutlastsNaloxone: false });
    shortActing.send({ type: 'naloxone dose' });
    shortActing.advanceTo(3 * 60);
    shortActing.send({ type: 'officer left', emsArrivesAt: null, alone: true });
    expect(shortActing.context().fate).toBe('revived');
  });

  it('dies when left unconscious with no EMS coming, and survives when EMS is near', () => {
    const abandoned = patient();
    abandoned.advanceTo(60);
    abandoned.send({ type: 'officer left', emsArrivesAt: null, alone: false });
    expect(abandoned.context().fate).toBe('died');
    expect(abandoned.context().vitals.dead).toBe(true);
    const emsNear = patient();
    emsNear.advanceTo(60);
    emsNear.send({ type: 'officer left', emsArrivesAt: 4 * MINUTE, alone: false });
    expect(emsNear.context().fate).toBe('in_ems_care');
  });

  it('resumes from a persisted snapshot with the same timings', () => {
    const straight = patient();
    straight.send({ type: 'naloxone dose' });
    straight.advanceTo(100);
    const persisted = JSON.parse(JSON.stringify(straight.actor.getPersistedSnapshot()));
    straight.advanceTo(10 * 60);
    const resumed = patient({}, persisted, 100_000);
    resumed.advanceTo(10 * 60);
    expect(resumed.context()).toEqual(straight.context());
  });

  it('advances ten minutes of simulated time without any real timer', () => {
    const p = patient();
    p.advanceTo(10 * 60);
    expect(p.clock.now()).toBe(10 * MINUTE);
    expect(p.context().vitals.dead).toBe(false);
  });
});
