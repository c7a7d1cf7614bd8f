/**
 * The two sides of a class over a real BroadcastChannel (Node has one): the console's commands reach
 * the projector's session, and every change comes back as a view.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { joinClass, type ConsoleLink } from '../../src/classroom/console.js';
import { channelName, commandMessage, type ClassroomView } from '../../src/classroom/messages.js';
import { consoleUrl, createClassroomProjector, type ClassChannel, type ClassroomProjector } from '../../src/classroom/projector.js';
import { apartmentSession, fakeEncounter, pickActions, UP_TO_EMS } from './helpers.js';

const open: ClassChannel[] = [];
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});
function openChannel(name: string): ClassChannel {
  const channel = new BroadcastChannel(name) as unknown as ClassChannel;
  open.push(channel);
  return channel;
}

interface Class {
  readonly projector: ClassroomProjector;
  readonly console: ConsoleLink;
  readonly views: ClassroomView[];
  readonly opened: string[];
  /** Resolves with the first view received after now that satisfies `test`. */
  next(test?: (view: ClassroomView) => boolean): Promise<ClassroomView>;
}

function startClass(id: string): Class {
  const opened: string[] = [];
  const projector = createClassroomProjector({
    openChannel,
    openWindow: (url) => {
      opened.push(url);
      return null;
    },
    uiLocale: () => 'en',
    newId: () => id,
  });
  projector.openConsole();
  const views: ClassroomView[] = [];
  let waiting: { test: (view: ClassroomView) => boolean; resolve: (view: ClassroomView) => void }[] = [];
  const console = joinClass(id, openChannel, (view) => {
    views.push(view);
    const ready = waiting.filter((w) => w.test(view));
    waiting = waiting.filter((w) => !w.test(view));
    for (const w of ready) w.resolve(view);
  });
  return { projector, console, views, opened, next: (test = () => true) => new Promise((resolve) => waiting.push({ test, resolve })) };
}

describe('a class run from the console', () => {
  it('opens the console on this class’s channel, and tells a console that joins when no encounter runs', async () => {
    const room = startClass('classroomaa');
    expect(room.projector.active).toBe(true);
    expect(room.opened).toEqual([consoleUrl('classroomaa')]);
    expect(await room.next()).toEqual({ uiLocale: 'en', encounter: null });
  });

  it('injects an event: the session changes, the trainees are told, the console sees it in the log', async () => {
    const room = startClass('classroombb');
    const session = apartmentSession();
    const encounter = fakeEncounter(session);
    const followed = room.projector.follow(encounter);
    expect((await room.next((v) => v.encounter !== null)).encounter?.scene.callerPresent).toBe(true);

    room.console.send({ type: 'inject', event: 'caller_left', note: 'He grabs his jacket' });
    const view = await room.next((v) => v.encounter?.scene.callerPresent === false);
    expect(encounter.narrated).toEqual(['[Instructor: The caller leaves. He grabs his jacket]']);
    expect(session.instructorInputs()).toMatchObject([{ kind: 'inject', event: 'caller_left', note: 'He grabs his jacket', afterPick: 0 }]);
    expect(view.encounter?.log.at(-1)).toMatchObject({ kind: 'state', origin: 'engine' });
    expect(view.encounter?.log.some((l) => l.origin === 'instructor' && l.id === 'caller_left')).toBe(true);
    followed.stop();
  });

  it('delays EMS by the minutes asked, and refuses an event the scenario does not declare', async () => {
    const room = startClass('classroomcc');
    const session = apartmentSession();
    const encounter = fakeEncounter(session);
    room.projector.follow(encounter);
    pickActions(session, ...UP_TO_EMS);
    const eta = session.state().emsEtaMinutes ?? 0;
    room.console.send({ type: 'inject', event: 'ems_delayed', minutes: 10 });
    await room.next((v) => (v.encounter?.scene.emsEtaMinutes ?? 0) > eta);
    expect(session.state().emsEtaMinutes).toBe(eta + 10);
    expect(encounter.narrated).toEqual(['[Instructor: EMS is delayed 10 minutes]']);

    room.console.send({ type: 'inject', event: 'weapon_threat' });
    await room.next();
    expect(session.instructorInputs()).toHaveLength(1);
  });

  it('pauses and resumes, notes, and records the class’s pick with its tally', async () => {
    const room = startClass('classroomdd');
    const session = apartmentSession();
    const encounter = fakeEncounter(session);
    room.projector.follow(encounter);
    room.console.send({ type: 'pause' });
    expect((await room.next((v) => v.encounter?.paused === true)).encounter?.paused).toBe(true);
    // Paused: a recorded pick waits.
    room.console.send({ type: 'record pick', index: 0, tally: { 0: 5 } });
    await room.next();
    expect(session.picks()).toHaveLength(0);
    room.console.send({ type: 'resume' });
    await room.next((v) => v.encounter?.paused === false);

    room.console.send({ type: 'note', text: 'Asked who they would call first' });
    await room.next((v) => v.encounter?.log.some((l) => l.kind === 'note') ?? false);
    expect(session.instructorInputs()).toMatchObject([{ kind: 'note', text: 'Asked who they would call first' }]);

    room.console.send({ type: 'open vote' });
    expect((await room.next((v) => v.encounter?.voteOpen === true)).encounter?.voteOpen).toBe(true);
    const offered = session.next().choices.length;
    // A count for a choice not offered is dropped; a choice nobody voted for is not kept.
    room.console.send({ type: 'record pick', index: 1, tally: { 0: 4, 1: 8, [offered + 3]: 2 } });
    const after = await room.next((v) => v.encounter?.picks === 1);
    expect(after.encounter?.voteOpen).toBe(false);
    expect(encounter.voteCalls).toEqual([true, false]);
    expect(session.picks()[0]).toMatchObject({ index: 1, vote: { 0: 4, 1: 8 } });
    expect(encounter.pausedCalls).toEqual([true, false]);
  });

  it('ignores messages of another shape, and another class’s channel never reaches it', async () => {
    const room = startClass('classroomee');
    const session = apartmentSession();
    room.projector.follow(fakeEncounter(session));
    const stranger = openChannel(channelName('classroomzz'));
    stranger.postMessage(commandMessage({ type: 'note', text: 'from the class next door' }));
    const intruder = openChannel(channelName('classroomee'));
    intruder.postMessage({ type: 'note', text: 'no envelope' });
    intruder.postMessage(commandMessage({ type: 'note', text: 'x'.repeat(5000) }));
    room.console.send({ type: 'join' });
    await room.next();
    expect(session.instructorInputs()).toEqual([]);
  });

  it('keeps showing how an encounter ended after its screen is left, and forgets one left midway', async () => {
    const room = startClass('classroomff');
    const session = apartmentSession();
    const left = room.projector.follow(fakeEncounter(session));
    await room.next((v) => v.encounter !== null);
    left.stop();
    await room.next((v) => v.encounter === null);

    const ended = apartmentSession();
    const finished = room.projector.follow(fakeEncounter(ended));
    pickActions(ended, ...UP_TO_EMS);
    // Walk away as soon as the story allows: it ends with the officer gone.
    for (let n = 0; n < 100 && !ended.next().ended; n++) {
      const leave = ended.next().choices.findIndex((c) => c.actions.some((a) => a.action === 'leave_scene'));
      ended.choose(Math.max(0, leave));
    }
    await room.next((v) => v.encounter?.ended === true);
    finished.stop();
    room.console.send({ type: 'join' });
    const after = await room.next((v) => v.encounter?.ended === true && v.encounter.choices.length === 0);
    expect(after.encounter?.scenarioId).toBe('overdose-apartment');
  });
});
