/**
 * The projector's side of a class: the game window owns the session, tells the console everything
 * after every change, and carries out the console's commands (injects, notes, pause, the class's
 * vote and pick). Thin: what it sends is built by encounter-view.ts, what it accepts is checked by
 * messages.ts.
 */
import type { Session } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { encounterView } from './encounter-view.js';
import { injectNarration } from './inject-text.js';
import { channelName, newClassId, readCommand, viewMessage, type ClassroomCommand, type ClassroomView } from './messages.js';
import { recordedTally, type Tally } from './vote.js';

/** What a BroadcastChannel offers; tests hand in their own. */
export interface ClassChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/** What the encounter screen lets the instructor do to it. */
export interface ClassroomEncounter {
  readonly session: Session;
  readonly title: string;
  readonly timeFactor: number;
  readonly t: Translate;
  readonly uiLocale: string;
  paused(): boolean;
  /** Assess mode stops its clock; in both modes the trainees' choices wait. */
  setPaused(paused: boolean): void;
  /** While a vote is open the projector's own buttons wait: the instructor records the class's pick. */
  holdForVote(open: boolean): void;
  /** The class's pick, as the instructor recorded it. */
  pick(index: number, vote: Tally | undefined): void;
  /** Tells the trainees, in the narration, what the instructor changed. */
  narrate(text: string): void;
  ended(): boolean;
}

export interface FollowedEncounter {
  /** Something the session does not announce changed (the projector paused itself): tell the console. */
  changed(): void;
  stop(): void;
}

export interface ClassroomProjector {
  /** A class is being run from this window (a console was opened). */
  readonly active: boolean;
  readonly classId: string | undefined;
  /** Starts the class (once) and opens its console; `null` when the browser blocked the window. */
  openConsole(): Window | null;
  /** Lets the console follow and steer this encounter until `stop`. */
  follow(encounter: ClassroomEncounter): FollowedEncounter;
}

export interface ProjectorOptions {
  readonly openChannel: (name: string) => ClassChannel;
  readonly openWindow: (url: string, target: string) => Window | null;
  /** The language of the screens when no encounter runs. */
  readonly uiLocale: () => string;
  readonly newId?: () => string;
  /** Called once when the class starts: the page turns into a projector view. */
  readonly onStart?: () => void;
}

export function consoleUrl(classId: string): string {
  return `console.html?class=${classId}`;
}

export function createClassroomProjector(options: ProjectorOptions): ClassroomProjector {
  let classId: string | undefined;
  let channel: ClassChannel | undefined;
  let current: { encounter: ClassroomEncounter; voteOpen: boolean } | undefined;
  // After an encounter ends and its screen is left, the console keeps showing how it ended.
  let lastView: ClassroomView['encounter'] = null;

  const view = (): ClassroomView => {
    if (!current) return { uiLocale: options.uiLocale(), encounter: lastView };
    const { encounter, voteOpen } = current;
    lastView = encounterView(encounter.session, { title: encounter.title, timeFactor: encounter.timeFactor, paused: encounter.paused(), voteOpen, ended: encounter.ended() });
    return { uiLocale: encounter.uiLocale, encounter: lastView };
  };
  const broadcast = (): void => channel?.postMessage(viewMessage(view()));

  const setVote = (open: boolean): void => {
    if (!current) return;
    current.voteOpen = open;
    current.encounter.holdForVote(open);
  };

  const carryOut = (command: ClassroomCommand): void => {
    if (command.type === 'join' || !current) return;
    const { encounter } = current;
    const { session } = encounter;
    if (encounter.ended()) return;
    switch (command.type) {
      case 'pause':
      case 'resume':
        encounter.setPaused(command.type === 'pause');
        return;
      case 'open vote':
      case 'close vote':
        setVote(command.type === 'open vote');
        return;
      case 'note':
        session.note(command.text);
        return;
      case 'inject': {
        if (!session.parameters.injectableEvents.includes(command.event)) return;
        const params = command.event === 'ems_delayed' ? { minutes: command.minutes ?? 10 } : {};
        encounter.narrate(injectNarration(encounter.t, command.event, params, command.note));
        session.inject(command.event, params, command.note);
        return;
      }
      case 'record pick': {
        const offered = session.next().choices.map((c) => c.index);
        if (encounter.paused() || !offered.includes(command.index)) return;
        setVote(false);
        encounter.pick(command.index, recordedTally(command.tally, offered));
        return;
      }
    }
  };

  const start = (): ClassChannel => {
    classId ??= (options.newId ?? newClassId)();
    if (!channel) {
      const opened = options.openChannel(channelName(classId));
      opened.onmessage = (event) => {
        const command = readCommand(event.data);
        if (!command) return;
        carryOut(command);
        // Every command is answered with the view, so the console always shows what happened.
        broadcast();
      };
      channel = opened;
      options.onStart?.();
    }
    return channel;
  };

  return {
    get active() {
      return channel !== undefined;
    },
    get classId() {
      return classId;
    },
    openConsole() {
      start();
      const id = classId ?? '';
      return options.openWindow(consoleUrl(id), `good-call-console-${id}`);
    },
    follow(encounter) {
      if (!channel) return { changed: () => {}, stop: () => {} };
      const followed = { encounter, voteOpen: false };
      current = followed;
      const unsubscribe = encounter.session.subscribe(() => broadcast());
      broadcast();
      return {
        changed: () => {
          if (current === followed) broadcast();
        },
        stop: () => {
          unsubscribe();
          if (current !== followed) return;
          current = undefined;
          if (!encounter.ended()) lastView = null;
          broadcast();
        },
      };
    },
  };
}

let shared: ClassroomProjector | undefined;

/** The game window's classroom: one per page, started when the instructor opens the console. */
export function classroomProjector(): ClassroomProjector {
  shared ??= createClassroomProjector({
    openChannel: (name) => new BroadcastChannel(name),
    openWindow: (url, target) => window.open(url, target, 'popup,width=1100,height=900'),
    uiLocale: () => document.documentElement.lang || 'en',
    onStart: () => document.body.classList.add('classroom-projector'),
  });
  return shared;
}
