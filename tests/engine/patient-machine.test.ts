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

  it('breathes normally 150 s after an effective dose and wakes wakeAfterBreathingSeconds later, with mild withdrawal', () => {
    const p = patient({ wakeAfterBreathingSeconds: 90 });
    p.advanceTo(60);
    p.send({ type: 'naloxone dose' });
    p.advanceTo(10 * 60);
    expect(p.changes).toEqual([
      '0s slow/unresponsive/intact/alive',
      '180s none/unresponsive/intact/alive',
      '210s normal/unresponsive/intact/alive',
      '300s normal/awake/intact/alive',
    ]);
    expect(p.context().withdrawal).toBe('mild');
    expect(p.context().wokeAt).toBe(300_000);
  });

  it('needs the second dose when the opioid takes two; the first holds breathing at slow from its onset', () => {
    const p = patient({ dosesNeeded: 2 });
    p.send({ type: 'naloxone dose' });
    p.advanceTo(200);
    // Apnea was due at 180 s; the first dose's onset at 150 s kept breathing at slow.
    expect(p.context().vitals).toMatchObject({ responsive: false, breathing: 'slow' });
    p.send({ type: 'naloxone dose' });
    p.advanceTo(349);
    expect(p.context().vitals).toMatchObject({ responsive: false, breathing: 'slow' });
    p.advanceTo(350);
    expect(p.context().vitals).toMatchObject({ responsive: false, breathing: 'normal' });
    p.advanceTo(469);
    expect(p.context().vitals.responsive).toBe(false);
    p.advanceTo(470);
    expect(p.context().vitals).toMatchObject({ responsive: true, breathing: 'normal' });
    expect(p.context().withdrawal).toBe('mild');
  });

  it('lifts a patient who stopped breathing to slow breathing with the first of two doses, then normal, then awake', () => {
    const p = patient({ dosesNeeded: 2, apneaAfterSeconds: 0, wakeAfterBreathingSeconds: 100 });
    p.advanceTo(30);
    p.send({ type: 'naloxone dose' });
    p.advanceTo(200);
    p.send({ type: 'naloxone dose' });
    p.advanceTo(10 * 60);
    // Apnoea from arrival: 180 s of debt at full rate, then half rate while slow, reaches injury (240 s) at 300 s.
    expect(p.changes).toEqual([
      '0s none/unresponsive/intact/alive',
      '180s slow/unresponsive/intact/alive',
      '300s slow/unresponsive/injured/alive',
      '350s normal/unresponsive/injured/alive',
      '450s normal/awake/injured/alive',
    ]);
  });

  it('never lifts breathing with too few doses when the scenario turns the partial effect off', () => {
    const p = patient({ dosesNeeded: 2, partialDoseEffect: false });
    p.send({ type: 'naloxone dose' });
    p.advanceTo(300);
    expect(p.context().vitals.breathing).toBe('none');
  });

  it('keeps a sedated patient unresponsive once breathing returns, and a further dose brings withdrawal, not waking', () => {
    const p = patient({ sedativeOnBoard: true });
    p.send({ type: 'naloxone dose' });
    p.advanceTo(200);
    expect(p.context().vitals).toMatchObject({ breathing: 'normal', responsive: false });
    expect(p.context().withdrawal).toBe('none');
    p.send({ type: 'naloxone dose' });
    p.advanceTo(60 * 60);
    expect(p.context().vitals).toMatchObject({ breathing: 'normal', responsive: false });
    expect(p.context().withdrawal).toBe('severe');
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
    p.advanceTo(5 * 60);
    expect(p.context().vitals).toMatchObject({ breathing: 'normal', responsive: true, pulse: true });
    p.send({ type: 'pulse lost' });
    expect(p.context().vitals).toMatchObject({ breathing: 'none', pulse: false, responsive: false });
  });

  it('stops breathing again when a revived patient is left alone and the opioid outlasts naloxone', () => {
    const p = patient();
    p.send({ type: 'naloxone dose' });
    p.advanceTo(5 * 60);
    p.send({ type: 'officer left', emsArrivesAt: null, alone: true });
    expect(p.context().fate).toBe('resedated');
    expect(p.context().vitals).toMatchObject({ breathing: 'slow', responsive: false });
  });

  it('stays revived when someone stays with them, or when naloxone outlasts the opioid', () => {
    const withFriend = patient();
    withFriend.send({ type: 'naloxone dose' });
    withFriend.advanceTo(5 * 60);
    withFriend.send({ type: 'officer left', emsArrivesAt: null, alone: false });
    expect(withFriend.context().fate).toBe('revived');
    const shortActing = patient({ opioidOutlastsNaloxone: false });
    shortActing.send({ type: 'naloxone dose' });
    // Breathing is back (150 s) but he has not woken yet (270 s): he will, so the projection is the same.
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
