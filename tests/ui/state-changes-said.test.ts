import { describe, expect, it } from 'vitest';
import type { ObservableState } from '../../src/engine/index.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { describeState } from '../../src/kit/describe-state.js';
import { patientSigns } from '../../src/ui/patient-signs.js';
import { sayPerceivedChanges, sayStateChanges, stateChanges, type WatchedState } from '../../src/ui/state-changes-said.js';
import { apartmentSession, pickActions, UP_TO_EMS } from '../classroom/helpers.js';

const en = createTranslator('en');
const es = createTranslator('es');

const unresponsive: WatchedState = {
  breathing: 'slow',
  responsive: false,
  pulse: true,
  dead: false,
  emsOnScene: false,
  callerPresent: true,
};

describe('what is said when the scene changes', () => {
  it('says nothing when only the clock moved', () => {
    const session = apartmentSession('assess');
    const before = session.state();
    session.elapse(30);
    const after = session.state();
    expect(after.elapsedSeconds).toBe(before.elapsedSeconds + 30);
    expect(after.oxygenDebtSeconds).toBeGreaterThan(before.oxygenDebtSeconds);
    expect(stateChanges(before, after)).toEqual([]);
    expect(sayStateChanges(before, after, en)).toBe('');
  });

  it('tells a trainee who hesitates that the patient stopped breathing, then that they died', () => {
    const session = apartmentSession('assess');
    let before: ObservableState = session.state();
    const said: string[] = [];
    session.subscribe((step) => {
      const text = sayStateChanges(before, step.state, en);
      before = step.state;
      if (text !== '') said.push(text);
    });
    for (let minute = 0; minute < 12; minute++) session.elapse(60);
    expect(said).toEqual(['The patient has stopped breathing.', 'The patient shows no signs of life.']);
  });

  it('says only what the officer perceived: nothing from the door, and a death they are beside', () => {
    let session = apartmentSession('assess');
    const listen = (): { said: string[]; stop: () => void } => {
      const said: string[] = [];
      let before: ObservableState = session.state();
      const stop = session.subscribe((step) => {
        const text = sayPerceivedChanges(before, step.state, en);
        before = step.state;
        if (text !== '') said.push(text);
      });
      return { said, stop };
    };
    const fromTheDoor = listen();
    for (let minute = 0; minute < 5; minute++) session.elapse(60);
    fromTheDoor.stop();
    // The breathing stopped with nobody looking: nothing is said.
    expect(session.state().breathing).toBe('none');
    expect(fromTheDoor.said).toEqual([]);
    session = apartmentSession('assess');
    pickActions(session, 'scene_size_up', 'don_gloves', 'check_responsiveness');
    const beside = listen();
    for (let minute = 0; minute < 12; minute++) session.elapse(60);
    beside.stop();
    expect(beside.said).toEqual(['The patient shows no signs of life.']);
  });

  it('says nothing of a first finding (the story tells it), then which way what was found went', () => {
    const unchecked: WatchedState = { ...unresponsive, breathing: null, responsive: null };
    expect(stateChanges(unchecked, unresponsive)).toEqual([]);
    expect(stateChanges(unresponsive, { ...unresponsive, breathing: null })).toEqual([]);
  });

  it('says which way the breathing went', () => {
    expect(stateChanges(unresponsive, { ...unresponsive, breathing: 'none' })).toEqual(['stoppedBreathing']);
    expect(stateChanges({ ...unresponsive, breathing: 'none' }, unresponsive)).toEqual(['breathingAgain']);
    expect(stateChanges({ ...unresponsive, breathing: 'normal' }, unresponsive)).toEqual(['breathingSlowed']);
    expect(stateChanges(unresponsive, { ...unresponsive, breathing: 'normal', responsive: true })).toEqual([
      'breathingNormal',
      'responding',
    ]);
    expect(stateChanges({ ...unresponsive, responsive: true }, unresponsive)).toEqual(['stoppedResponding']);
  });

  it('says a lost pulse, EMS arriving and the caller leaving or coming back', () => {
    expect(stateChanges(unresponsive, { ...unresponsive, pulse: false })).toEqual(['pulseLost']);
    expect(stateChanges({ ...unresponsive, pulse: false }, unresponsive)).toEqual(['pulseBack']);
    expect(stateChanges(unresponsive, { ...unresponsive, emsOnScene: true, callerPresent: false })).toEqual(['emsOnScene', 'callerLeft']);
    expect(stateChanges({ ...unresponsive, callerPresent: false }, unresponsive)).toEqual(['callerBack']);
  });

  it('says death alone, not each sign that went with it, and nothing more of a patient who has died', () => {
    const dead: WatchedState = { ...unresponsive, breathing: 'none', pulse: false, dead: true };
    expect(stateChanges(unresponsive, dead)).toEqual(['died']);
    expect(stateChanges(dead, { ...dead, breathing: 'slow' })).toEqual([]);
    expect(stateChanges(dead, { ...dead, emsOnScene: true })).toEqual(['emsOnScene']);
  });

  it('speaks the UI language, several changes in one message', () => {
    const after: WatchedState = { ...unresponsive, breathing: 'none', emsOnScene: true };
    expect(sayStateChanges(unresponsive, after, en)).toBe('The patient has stopped breathing. EMS is on scene.');
    expect(sayStateChanges(unresponsive, after, es)).toBe('El paciente ha dejado de respirar. Los paramédicos ya están en la escena.');
  });

  it('says EMS arrived in a real session once their minutes have passed', () => {
    const session = apartmentSession('learn');
    pickActions(session, ...UP_TO_EMS);
    const before = session.state();
    expect(before.emsOnScene).toBe(false);
    session.elapse((before.emsEtaMinutes ?? 0) * 60 + 1);
    expect(stateChanges(before, session.state())).toContain('emsOnScene');
  });
});

describe('the signs row of the state panel', () => {
  it('says nothing of the face from the door', () => {
    expect(patientSigns(apartmentSession('assess').state(), en)).toEqual([]);
  });

  it('puts the lips and pupils into words once beside the patient, greyer the longer the patient goes without oxygen', () => {
    const session = apartmentSession('assess');
    pickActions(session, 'scene_size_up', 'don_gloves', 'check_responsiveness');
    const early = patientSigns(session.state(), en);
    expect(early).toEqual(['The lips are dusky, turning blue-grey.', 'Eyes barely open, pupils pinpoint.']);
    session.elapse(300);
    expect(patientSigns(session.state(), en)[0]).toBe('The lips are blue-grey.');

    const rows = describeState(session.state(), en, patientSigns(session.state(), en));
    expect(rows.map((r) => r.id)).toEqual(['clock', 'breathing', 'responsive', 'signs', 'doses', 'ems', 'caller']);
    expect(rows.find((r) => r.id === 'signs')).toMatchObject({
      label: 'Signs',
      value: 'The lips are blue-grey. Eyes barely open, pupils pinpoint.',
    });
  });

  it('reads "not checked yet" until the officer checks, then what they found, and how long ago once a minute has passed', () => {
    const session = apartmentSession('assess');
    const row = (id: string, t = en): string | undefined => describeState(session.state(), t).find((r) => r.id === id)?.value;
    expect([row('breathing'), row('responsive')]).toEqual(['not checked yet', 'not checked yet']);
    expect([row('breathing', es), row('responsive', es)]).toEqual(['aún sin revisar', 'aún sin revisar']);
    pickActions(session, 'scene_size_up', 'don_gloves', 'check_responsiveness');
    expect([row('breathing'), row('responsive')]).toEqual(['not checked yet', 'no']);
    pickActions(session, 'check_breathing');
    expect(row('breathing')).toBe('slow and shallow');
    session.elapse(130);
    expect(row('breathing')).toBe('slow and shallow (checked 2 minutes ago)');
    expect(row('breathing', es)).toBe('lenta y superficial (revisado hace 2 minutos)');
  });

  it('leaves the row out when nothing shows', () => {
    const rows = describeState(apartmentSession('learn').state(), en, []);
    expect(rows.map((r) => r.id)).not.toContain('signs');
  });
});
