/**
 * The two sides of a class over a real BroadcastChannel (Node has one): the console's commands reach
 * the projector's session, and every change comes back as a view.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { joinClass, type ConsoleLink } from '../../src/classroom/console.js';
import { channelName, commandMessage, readFromProjector, type ClassroomView } from '../../src/classroom/messages.js';
import {
  consoleUrl,
  consoleWindowName,
  createClassroomProjector,
  type ClassChannel,
  type ClassroomProjector,
  type ProjectorOptions,
} from '../../src/classroom/projector.js';
import { classPlay, notesOf, pickThrough, UP_TO_EMS } from './helpers.js';

const open: ClassChannel[] = [];
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});
function openChannel(name: string): ClassChannel {
  const channel = new BroadcastChannel(name) as unknown as ClassChannel;
  open.push(channel);
  return channel;
}

type Heard = { readonly kind: 'view'; readonly view: ClassroomView } | { readonly kind: 'gone' } | { readonly kind: 'unreadable' };

interface Console {
  readonly link: ConsoleLink;
  readonly id: string;
  readonly heard: Heard[];
  /** Resolves with the first view received after now that satisfies `test`. */
  next(test?: (view: ClassroomView) => boolean): Promise<ClassroomView>;
  /** Resolves when the console next hears something of this kind. */
  hears(kind: 'gone' | 'unreadable'): Promise<void>;
}

/** A console following the class `classId`, as console-main.ts runs one. */
function openConsole(classId: string, id: string): Console {
  const heard: Heard[] = [];
  let waiting: { test: (heard: Heard) => boolean; resolve: () => void }[] = [];
  const hear = (message: Heard): void => {
    heard.push(message);
    const ready = waiting.filter((w) => w.test(message));
    waiting = waiting.filter((w) => !w.test(message));
    for (const w of ready) w.resolve();
  };
  const link = joinClass(
    classId,
    openChannel,
    { view: (view) => hear({ kind: 'view', view }), gone: () => hear({ kind: 'gone' }), unreadable: () => hear({ kind: 'unreadable' }) },
    id,
  );
  const until = (test: (heard: Heard) => boolean): Promise<void> => new Promise((resolve) => waiting.push({ test, resolve }));
  return {
    link,
    id,
    heard,
    next: async (test = () => true) => {
      let found: ClassroomView | undefined;
      await until((h) => h.kind === 'view' && test(h.view) && (found = h.view) !== undefined);
      return found as ClassroomView;
    },
    hears: (kind) => until((h) => h.kind === kind),
  };
}

interface Class {
  readonly projector: ClassroomProjector;
  readonly console: ConsoleLink;
  readonly opened: { url: string; target: string }[];
  /** Whether a console steers, each time that changed. */
  readonly steered: boolean[];
  /** Resolves with the first view received after now that satisfies `test`. */
  next(test?: (view: ClassroomView) => boolean): Promise<ClassroomView>;
}

interface Projector {
  readonly projector: ClassroomProjector;
  readonly opened: Class['opened'];
  readonly steered: boolean[];
  /** The page is gone: its channel closes. */
  close(): void;
}

function projectorFor(id: string, options: Partial<ProjectorOptions> = {}): Projector {
  const opened: Class['opened'] = [];
  const steered: boolean[] = [];
  const channels: ClassChannel[] = [];
  const projector = createClassroomProjector({
    openChannel: (name) => {
      const channel = openChannel(name);
      channels.push(channel);
      return channel;
    },
    openWindow: (url, target) => {
      opened.push({ url, target });
      return null;
    },
    uiLocale: () => 'en',
    newId: () => id,
    onSteered: (on) => steered.push(on),
    ...options,
  });
  return { projector, opened, steered, close: () => channels.forEach((c) => c.close()) };
}

/** Views on the class's channel, heard without joining (a console that never steers). */
function overhear(classId: string): (test: (view: ClassroomView) => boolean) => Promise<ClassroomView> {
  const channel = openChannel(channelName(classId));
  let waiting: { test: (view: ClassroomView) => boolean; resolve: (view: ClassroomView) => void }[] = [];
  channel.onmessage = (event) => {
    const heard = readFromProjector(event.data);
    if (heard?.kind !== 'view') return;
    const ready = waiting.filter((w) => w.test(heard.view));
    waiting = waiting.filter((w) => !w.test(heard.view));
    for (const w of ready) w.resolve(heard.view);
  };
  return (test) => new Promise((resolve) => waiting.push({ test, resolve }));
}

function startClass(id: string): Class {
  const { projector, opened, steered } = projectorFor(id);
  projector.openConsole();
  const first = openConsole(id, `console${id}`);
  return { projector, console: first.link, opened, steered, next: first.next };
}

describe('a class run from the console', () => {
  it('opens the console on this class’s channel, and tells a console that joins when no encounter runs', async () => {
    const room = startClass('classroomaa');
    expect(room.projector.active).toBe(true);
    expect(room.opened).toEqual([{ url: consoleUrl('classroomaa'), target: consoleWindowName('classroomaa') }]);
    expect(await room.next()).toEqual({ uiLocale: 'en', consoles: ['consoleclassroomaa'], encounter: null });
    expect(room.projector.steered).toBe(true);
    expect(room.steered).toEqual([true]);
  });

  it('injects an event: the session changes, the trainees are told, the console sees it in the log', async () => {
    const room = startClass('classroombb');
    const first = room.next((v) => v.encounter !== null);
    const { play, session } = await classPlay(room.projector);
    expect((await first).encounter?.scene.callerPresent).toBe(true);

    room.console.send({ type: 'inject', event: 'caller_left', note: 'He grabs his jacket' });
    const view = await room.next((v) => v.encounter?.scene.callerPresent === false);
    expect(notesOf(play)).toEqual(['[Instructor: The caller leaves. He grabs his jacket]']);
    expect(session.instructorInputs()).toMatchObject([{ kind: 'inject', event: 'caller_left', note: 'He grabs his jacket', afterPick: 0 }]);
    expect(view.encounter?.log.at(-1)).toMatchObject({ kind: 'state', origin: 'engine' });
    expect(view.encounter?.log.some((l) => l.origin === 'instructor' && l.id === 'caller_left')).toBe(true);
    play.stop();
  });

  it('delays EMS by the minutes asked, and refuses an event the scenario does not declare', async () => {
    const room = startClass('classroomcc');
    const { play, session } = await classPlay(room.projector);
    pickThrough(play, ...UP_TO_EMS);
    const eta = session.state().emsEtaMinutes ?? 0;
    room.console.send({ type: 'inject', event: 'ems_delayed', minutes: 10 });
    await room.next((v) => (v.encounter?.scene.emsEtaMinutes ?? 0) > eta);
    expect(session.state().emsEtaMinutes).toBe(eta + 10);
    expect(notesOf(play)).toEqual(['[Instructor: EMS is delayed 10 minutes]']);

    room.console.send({ type: 'inject', event: 'weapon_threat' });
    await room.next();
    expect(session.instructorInputs()).toHaveLength(1);
  });

  it('pauses and resumes, notes, and records the class’s pick with its tally', async () => {
    const room = startClass('classroomdd');
    const { play, session } = await classPlay(room.projector);
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
    expect(play.view()).toMatchObject({ voting: false, held: false });
    expect(session.picks()[0]).toMatchObject({ index: 1, vote: { 0: 4, 1: 8 } });
  });

  it('ignores messages of another shape, and another class’s channel never reaches it', async () => {
    const room = startClass('classroomee');
    const { session } = await classPlay(room.projector);
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
    const shown = room.next((v) => v.encounter !== null);
    const left = await classPlay(room.projector);
    await shown;
    left.play.stop();
    await room.next((v) => v.encounter === null);

    const { play } = await classPlay(room.projector);
    pickThrough(play, ...UP_TO_EMS);
    // Walk away as soon as the story allows: it ends with the officer gone.
    for (let n = 0; n < 100 && play.view().status === 'running'; n++) {
      const leave = play.view().step?.choices.findIndex((c) => c.actions.some((a) => a.action === 'leave_scene')) ?? -1;
      play.send({ type: 'pick', index: Math.max(0, leave) });
    }
    await room.next((v) => v.encounter?.ended === true);
    play.stop();
    room.console.send({ type: 'join' });
    const after = await room.next((v) => v.encounter?.ended === true && v.encounter.choices.length === 0);
    expect(after.encounter?.scenarioId).toBe('overdose-apartment');
  });
});

describe('a class that outlives a reload or a closed console', () => {
  /** What sessionStorage keeps for the tab. */
  function tabMemory(): { kept: string | undefined; load(): string | undefined; save(id: string): void } {
    return {
      kept: undefined,
      load() {
        return this.kept;
      },
      save(id) {
        this.kept = id;
      },
    };
  }

  it('takes the class up again after the game window reloads, and the console follows it again', async () => {
    const memory = tabMemory();
    const before = projectorFor('classroomgg', { memory });
    expect(before.projector.active).toBe(false);
    before.projector.openConsole();
    expect(memory.kept).toBe('classroomgg');
    const instructor = openConsole('classroomgg', 'consolegg1234');
    await instructor.next((v) => v.consoles.includes('consolegg1234'));

    // The reload: the page says it is going, its channel closes, a new page starts on the same tab.
    const gone = instructor.hears('gone');
    before.projector.hidden();
    before.close();
    await gone;
    const after = projectorFor('notthisone1', { memory });
    expect(after.projector.active).toBe(true);
    expect(after.projector.classId).toBe('classroomgg');
    // The console was not listed in the new projector's first view, so it joined again and steers.
    await instructor.next((v) => v.consoles.includes('consolegg1234') && v.consoles.length === 1);
    expect(after.projector.steered).toBe(true);
    expect(after.steered).toEqual([true]);
    // A command now reaches the new page's encounter.
    const { session } = await classPlay(after.projector);
    instructor.link.send({ type: 'note', text: 'Back after the reload' });
    await instructor.next((v) => v.encounter?.log.some((l) => l.kind === 'note') ?? false);
    expect(session.instructorInputs()).toMatchObject([{ kind: 'note', text: 'Back after the reload' }]);
  });

  it('ignores a remembered id that is not one', () => {
    const { projector } = projectorFor('classroomhh', { memory: { load: () => '../etc', save: () => {} } });
    expect(projector.active).toBe(false);
  });

  it('lifts the vote and the pause when the last console closes, not before', async () => {
    const room = startClass('classroomii');
    const { play, session } = await classPlay(room.projector);
    const second = openConsole('classroomii', 'consoleii2222');
    await second.next((v) => v.consoles.length === 2);
    room.console.send({ type: 'pause' });
    room.console.send({ type: 'open vote' });
    await room.next((v) => v.encounter?.paused === true && v.encounter.voteOpen);

    room.console.leave();
    await second.next((v) => v.consoles.length === 1);
    expect(play.view()).toMatchObject({ held: true, voting: true });
    expect(room.projector.steered).toBe(true);

    const nextView = overhear('classroomii');
    second.link.leave();
    const after = await nextView((v) => v.consoles.length === 0);
    expect(after.encounter).toMatchObject({ voteOpen: false, paused: false });
    expect(play.view()).toMatchObject({ held: false, voting: false, canPick: true });
    expect(room.projector.steered).toBe(false);
    expect(room.steered).toEqual([true, false]);
    // With its holds lifted, the trainees' own pick goes through.
    play.send({ type: 'pick', index: 0 });
    expect(session.picks()).toHaveLength(1);
  });

  it('opens one console window per class: pressed again, it finds the same window', () => {
    const { projector, opened } = projectorFor('classroomjj');
    projector.openConsole();
    projector.openConsole();
    expect(opened.map((o) => o.target)).toEqual([consoleWindowName('classroomjj'), consoleWindowName('classroomjj')]);
    expect(new Set(opened.map((o) => o.url)).size).toBe(1);
  });

  it('tells the console when a message for it cannot be read, and lets other consoles’ commands pass', async () => {
    const room = startClass('classroomkk');
    await room.next();
    const instructor = openConsole('classroomkk', 'consolekk1234');
    await instructor.next();
    const other = openChannel(channelName('classroomkk'));
    other.postMessage(commandMessage({ type: 'pause' }));
    other.postMessage({
      protocol: 'good-call/classroom',
      version: 1,
      kind: 'view',
      body: { uiLocale: 'en', consoles: [], encounter: { title: 'half a view' } },
    });
    await instructor.hears('unreadable');
    other.postMessage({ protocol: 'good-call/classroom', version: 2, kind: 'view', body: {} });
    await instructor.hears('unreadable');
    // The projector answered the other console's command with a view: that one was read.
    expect(instructor.heard.filter((h) => h.kind === 'unreadable')).toHaveLength(2);
    expect(instructor.heard.filter((h) => h.kind === 'view').length).toBeGreaterThanOrEqual(1);
  });
});
