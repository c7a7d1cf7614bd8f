/** The classroom protocol: what each side accepts, and that nothing received is trusted for its shape. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encounterView } from '../../src/classroom/encounter-view.js';
import {
  channelName,
  classIdFrom,
  commandMessage,
  goneMessage,
  newClassId,
  NOTE_MAX_LENGTH,
  readCommand,
  readFromProjector,
  readView,
  viewMessage,
  type ClassroomCommand,
  type ClassroomView,
} from '../../src/classroom/messages.js';
import { profile } from '../helpers/fixtures.js';
import { apartmentSession, shipped } from './helpers.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const flags = { title: 'The roommate’s call', timeFactor: 2, paused: false, voteOpen: false, ended: false };

function liveView(): ClassroomView {
  const session = apartmentSession('assess');
  session.elapse(30);
  session.inject('caller_left', {}, 'He grabs his jacket');
  session.note('Asked the class who they would call first');
  return { uiLocale: 'en', consoles: ['consoleaaaa1'], encounter: encounterView(session, flags) };
}

/** What arrives on the other side of a BroadcastChannel: a structured clone. */
function overTheChannel<T>(message: T): unknown {
  return structuredClone(message);
}

describe('commands from the console', () => {
  const commands: ClassroomCommand[] = [
    { type: 'join' },
    { type: 'join', console: 'consoleaaaa1' },
    { type: 'leave', console: 'consoleaaaa1' },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'open vote' },
    { type: 'close vote' },
    { type: 'inject', event: 'caller_left' },
    { type: 'inject', event: 'ems_delayed', minutes: 10, note: 'Traffic on the bridge' },
    { type: 'note', text: 'Discussed the warrant' },
    { type: 'record pick', index: 1, tally: { 0: 3, 1: 9 } },
  ];

  it('arrive as they were sent', () => {
    for (const command of commands) expect(readCommand(overTheChannel(commandMessage(command)))).toEqual(command);
  });

  it('are refused when anything does not fit', () => {
    const bad: unknown[] = [
      null,
      'pause',
      { protocol: 'good-call/classroom', version: 1, kind: 'command', body: { type: 'explode' } },
      { protocol: 'good-call/classroom', version: 2, kind: 'command', body: { type: 'pause' } },
      { protocol: 'other', version: 1, kind: 'command', body: { type: 'pause' } },
      { ...commandMessage({ type: 'pause' }), kind: 'view' },
      commandMessage({ type: 'inject', event: 'teleport' } as never),
      commandMessage({ type: 'inject', event: 'ems_delayed', minutes: 0 }),
      commandMessage({ type: 'inject', event: 'ems_delayed', minutes: 2.5 }),
      commandMessage({ type: 'inject', event: 'caller_left', note: 'x'.repeat(501) }),
      commandMessage({ type: 'note', text: '   ' }),
      commandMessage({ type: 'join', console: 'Robert; DROP' }),
      commandMessage({ type: 'leave' } as never),
      commandMessage({ type: 'leave', console: 'ab' }),
      commandMessage({ type: 'note', text: 42 } as never),
      commandMessage({ type: 'record pick', index: -1, tally: {} }),
      commandMessage({ type: 'record pick', index: 0, tally: { first: 3 } } as never),
      commandMessage({ type: 'record pick', index: 0, tally: { 0: -2 } }),
      commandMessage({ type: 'record pick', index: 0, tally: { '01': 2 } } as never),
    ];
    for (const message of bad) expect(readCommand(message)).toBeUndefined();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(fc.property(fc.anything(), (value) => readCommand(value) === undefined || typeof readCommand(value)?.type === 'string'));
    fc.assert(
      fc.property(
        fc.record({
          type: fc.constantFrom('inject', 'note', 'record pick'),
          event: fc.anything(),
          text: fc.anything(),
          index: fc.anything(),
          tally: fc.anything(),
        }),
        (body) => {
          readCommand(commandMessage(body as never));
        },
      ),
    );
  });
});

describe('views from the projector', () => {
  it('arrive as they were sent, with the instructor’s inject and note in the log', () => {
    const view = liveView();
    const received = readView(overTheChannel(viewMessage(view)));
    expect(received).toEqual(view);
    const byInstructor = received?.encounter?.log.filter((l) => l.origin === 'instructor') ?? [];
    expect(byInstructor.map((l) => [l.kind, l.id, l.note ?? l.params.text])).toEqual([
      ['event', 'caller_left', 'He grabs his jacket'],
      ['note', 'instructor_note', 'Asked the class who they would call first'],
    ]);
    expect(received?.encounter?.scene.callerPresent).toBe(false);
  });

  it('carry what the pat-down person has signalled', () => {
    const session = scoredSession({ scenario: shipped('patdown-park-bench'), profile: profile(), seed: 1 });
    session.inject('weapon_indicator');
    session.inject('weapon_indicator');
    session.inject('sharps_disclosed');
    const view: ClassroomView = { uiLocale: 'en', consoles: [], encounter: encounterView(session, flags) };
    const received = readView(overTheChannel(viewMessage(view)));
    expect(received).toEqual(view);
    expect(received?.encounter?.scene).toMatchObject({
      weaponIndicators: 2,
      consentRefused: false,
      sspCardShown: false,
      sharpsDisclosed: true,
    });
  });

  it('are refused, not filled in, when the pat-down signals are missing or wrong', () => {
    // A view without them comes from another build: the console says it cannot read it (reload both
    // windows) rather than show "0 signs of a weapon" that nobody measured.
    const view = liveView();
    const encounter = view.encounter!;
    const { scene } = encounter;
    const withScene = (changed: object): unknown => viewMessage({ ...view, encounter: { ...encounter, scene: changed } } as never);
    for (const field of ['weaponIndicators', 'consentRefused', 'sspCardShown', 'sharpsDisclosed'] as const) {
      const { [field]: _dropped, ...without } = scene;
      expect(readView(withScene(without)), field).toBeUndefined();
      expect(readFromProjector(withScene(without)), field).toEqual({ kind: 'unreadable' });
    }
    for (const weaponIndicators of [-1, 1.5, '2', 100_001])
      expect(readView(withScene({ ...scene, weaponIndicators })), String(weaponIndicators)).toBeUndefined();
    expect(readView(withScene({ ...scene, consentRefused: 'yes' }))).toBeUndefined();
    expect(readView(withScene(scene))?.encounter?.scene).toEqual(scene);
  });

  it('are refused when a field is missing, of the wrong kind, or out of bounds', () => {
    const view = liveView();
    const encounter = view.encounter!;
    const broken: unknown[] = [
      { ...view, uiLocale: 5 },
      { ...view, encounter: { ...encounter, paused: 'no' } },
      { ...view, encounter: { ...encounter, patient: { ...encounter.patient, breathing: 'gasping' } } },
      { ...view, encounter: { ...encounter, choices: [{ index: 0, text: 'Go', actions: 'call_ems' }] } },
      { ...view, encounter: { ...encounter, injectable: ['caller_left', 'not_an_event'] } },
      { ...view, encounter: { ...encounter, atRisk: [{ id: 'OD-EMS-FIRST', severity: 'critical', status: 'doomed', values: {} }] } },
      { ...view, encounter: { ...encounter, title: 'x'.repeat(501) } },
      { ...view, encounter: { ...encounter, elapsedSeconds: Number.NaN } },
    ];
    for (const body of broken) expect(readView(viewMessage(body as never))).toBeUndefined();
    expect(readView(commandMessage({ type: 'pause' }))).toBeUndefined();
  });

  it('may say that no encounter is running', () => {
    expect(readView(viewMessage({ uiLocale: 'es', consoles: [], encounter: null }))).toEqual({
      uiLocale: 'es',
      consoles: [],
      encounter: null,
    });
  });

  it('carry the longest note the console lets the instructor type', () => {
    const session = apartmentSession();
    const longest = `${'Discussed why the caller might leave. '.repeat(60)}`.slice(0, NOTE_MAX_LENGTH);
    expect(longest).toHaveLength(2000);
    session.note(longest);
    const view: ClassroomView = { uiLocale: 'en', consoles: [], encounter: encounterView(session, flags) };
    const received = readView(overTheChannel(viewMessage(view)));
    expect(received?.encounter?.log.at(-1)?.params.text).toBe(longest);
    expect(received?.encounter?.instructorInputs).toBe(1);
    // What the note command accepts, the view carries back.
    expect(readCommand(overTheChannel(commandMessage({ type: 'note', text: longest })))).toEqual({ type: 'note', text: longest });
    expect(readCommand(commandMessage({ type: 'note', text: `${longest}x` }))).toBeUndefined();
  });

  it('list only well-formed console ids', () => {
    const view = liveView();
    for (const consoles of [
      ['short'],
      ['NOT-AN-ID1'],
      'consoleaaaa1',
      Array.from({ length: 21 }, (_, n) => `console${String(n).padStart(5, '0')}`),
    ]) {
      expect(readView(viewMessage({ ...view, consoles } as never))).toBeUndefined();
    }
  });
});

describe('what a console hears', () => {
  it('tells a view, the game window gone, and a message it cannot read apart from what is not for it', () => {
    const view = liveView();
    expect(readFromProjector(overTheChannel(viewMessage(view)))).toEqual({ kind: 'view', view });
    expect(readFromProjector(overTheChannel(goneMessage()))).toEqual({ kind: 'gone' });
    // For a console, but not readable: said, not dropped.
    expect(readFromProjector(viewMessage({ ...view, encounter: { ...view.encounter!, paused: 'no' } } as never))).toEqual({
      kind: 'unreadable',
    });
    expect(readFromProjector({ ...goneMessage(), version: 2 })).toEqual({ kind: 'unreadable' });
    // Not for a console: another console's command, or anything else.
    for (const other of [commandMessage({ type: 'pause' }), { kind: 'view' }, null, 'gone', { ...goneMessage(), protocol: 'other' }])
      expect(readFromProjector(other)).toBeUndefined();
  });
});

describe('the class’s channel', () => {
  it('is named for one class, and a console reads only a well-formed id from its address', () => {
    const id = newClassId();
    expect(id).toMatch(/^[a-z0-9]{10}$/);
    expect(newClassId()).not.toBe(id);
    expect(classIdFrom(`?class=${id}`)).toBe(id);
    expect(classIdFrom('?class=../../etc')).toBeUndefined();
    expect(classIdFrom('')).toBeUndefined();
    expect(channelName(id)).toBe(`good-call-classroom:${id}`);
  });
});
