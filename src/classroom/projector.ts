/**
 * The projector's side of a class: the game window's play owns the session; the projector tells the
 * console everything after every change, and hands the console's commands (injects, notes, pause,
 * the class's vote and pick) to the play, whose rules decide what they do. Thin: what it sends is
 * built by encounter-view.ts, what it accepts is checked by messages.ts.
 */
import type { ClassLink, FollowedPlay } from '../play/class-link.js';
import { encounterView } from './encounter-view.js';
import {
  asClassId,
  channelName,
  goneMessage,
  newClassId,
  readCommand,
  viewMessage,
  type ClassroomCommand,
  type ClassroomView,
} from './messages.js';
import { recordedTally } from './vote.js';

/** What a BroadcastChannel offers; tests hand in their own. */
export interface ClassChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface FollowedEncounter {
  /** The play changed (a pick, a tick of the clock, a pause): tell the console. */
  changed(): void;
  stop(): void;
}

export interface ClassroomProjector extends ClassLink {
  /** A class is being run from this window (a console was opened, now or before a reload). */
  readonly active: boolean;
  readonly classId: string | undefined;
  /** A console is open and steering: the projector's own controls give way to it. */
  readonly steered: boolean;
  /** Starts the class (once) and opens its console, or brings back the one open; `null` when the browser blocked the window. */
  openConsole(): Window | null;
  /** Lets the console follow and steer this play until `stop`. */
  follow(play: FollowedPlay): FollowedEncounter;
  /** The game window is going away (closed, reloaded): the consoles stop steering until it is back. */
  hidden(): void;
  /** The game window is back (from the browser's back-forward cache): the consoles follow again. */
  shown(): void;
}

/** Where the class's id outlives a reload of the game window (the tab's sessionStorage). */
export interface ClassMemory {
  load(): string | undefined;
  save(classId: string): void;
}

export interface ProjectorOptions {
  readonly openChannel: (name: string) => ClassChannel;
  /** Opens the console under its window name, or brings back the window of that name already open. */
  readonly openWindow: (url: string, target: string) => Window | null;
  /** The language of the screens when no encounter runs. */
  readonly uiLocale: () => string;
  readonly newId?: () => string;
  /** A class remembered here is taken up again at once: the game window was reloaded mid-class. */
  readonly memory?: ClassMemory;
  /** A console started or stopped steering: the page looks like a projector only while one does. */
  readonly onSteered?: (steered: boolean) => void;
}

/** More consoles than this for one class are followed but not counted (a stuck one cannot grow the view). */
const MAX_CONSOLES = 20;

export function consoleUrl(classId: string): string {
  return `console.html?class=${classId}`;
}

/** One window per class: opening the console again finds it rather than orphaning it. */
export function consoleWindowName(classId: string): string {
  return `good-call-console-${classId}`;
}

export function createClassroomProjector(options: ProjectorOptions): ClassroomProjector {
  let classId: string | undefined;
  let channel: ClassChannel | undefined;
  let current: FollowedPlay | undefined;
  // The window is going away: what the play does as it goes (a last save) is not news to the consoles.
  let away = false;
  // After an encounter ends and its screen is left, the console keeps showing how it ended.
  let lastView: ClassroomView['encounter'] = null;
  const consoles = new Set<string>();

  const view = (): ClassroomView => {
    const open = [...consoles];
    if (!current) return { uiLocale: options.uiLocale(), consoles: open, encounter: lastView };
    lastView = encounterView(current.session, { title: current.title, timeFactor: current.timeFactor, ...current.flags() });
    return { uiLocale: current.uiLocale, consoles: open, encounter: lastView };
  };
  const broadcast = (): void => channel?.postMessage(viewMessage(view()));

  const countConsoles = (change: () => void): void => {
    const before = consoles.size > 0;
    change();
    const after = consoles.size > 0;
    if (before === after) return;
    options.onSteered?.(after);
    // The last console closed: nobody can record the class's pick or end a learn-mode hold but the trainees.
    if (!after && current && !current.flags().ended) current.steer({ type: 'left' });
  };

  const carryOut = (command: ClassroomCommand): void => {
    if (command.type === 'join') {
      const joining = command.console;
      if (joining !== undefined && consoles.size < MAX_CONSOLES) countConsoles(() => consoles.add(joining));
      return;
    }
    if (command.type === 'leave') {
      countConsoles(() => consoles.delete(command.console));
      return;
    }
    const play = current;
    if (!play || play.flags().ended) return;
    const { session } = play;
    switch (command.type) {
      case 'pause':
      case 'resume':
      case 'open vote':
      case 'close vote':
        play.steer({ type: command.type });
        return;
      case 'note':
        play.steer({ type: 'note', text: command.text });
        return;
      case 'inject': {
        if (!session.parameters.injectableEvents.includes(command.event)) return;
        const params = command.event === 'ems_delayed' ? { minutes: command.minutes ?? 10 } : {};
        play.steer({ type: 'inject', event: command.event, params, ...(command.note !== undefined ? { note: command.note } : {}) });
        return;
      }
      case 'record pick': {
        const offered = session.next().choices.map((c) => c.index);
        if (!offered.includes(command.index)) return;
        const vote = recordedTally(command.tally, offered);
        play.steer({ type: 'pick', index: command.index, ...(vote ? { vote } : {}) });
        return;
      }
    }
  };

  const start = (): string => {
    const id = (classId ??= (options.newId ?? newClassId)());
    if (channel) return id;
    options.memory?.save(id);
    const opened = options.openChannel(channelName(id));
    opened.onmessage = (event) => {
      const command = readCommand(event.data);
      if (!command) return;
      carryOut(command);
      // Every command is answered with the view, so the console always shows what happened.
      broadcast();
    };
    channel = opened;
    // A console still open from before a reload hears the game window is back, and joins again.
    broadcast();
    return id;
  };

  const remembered = asClassId(options.memory?.load());
  if (remembered !== undefined) {
    classId = remembered;
    start();
  }

  return {
    get active() {
      return channel !== undefined;
    },
    get classId() {
      return classId;
    },
    get steered() {
      return consoles.size > 0;
    },
    openConsole() {
      const id = start();
      return options.openWindow(consoleUrl(id), consoleWindowName(id));
    },
    follow(play) {
      if (!channel) return { changed: () => {}, stop: () => {} };
      current = play;
      broadcast();
      return {
        changed: () => {
          if (current === play && !away) broadcast();
        },
        stop: () => {
          if (current !== play) return;
          current = undefined;
          if (!play.flags().ended) lastView = null;
          broadcast();
        },
      };
    },
    hidden() {
      away = true;
      channel?.postMessage(goneMessage());
    },
    shown() {
      away = false;
      broadcast();
    },
  };
}

const CLASS_KEY = 'good-call:classroom';

/** The tab's sessionStorage: a reload keeps the class, closing the tab ends it. Storage may be refused. */
const tabMemory: ClassMemory = {
  load: () => {
    try {
      return sessionStorage.getItem(CLASS_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  save: (classId) => {
    try {
      sessionStorage.setItem(CLASS_KEY, classId);
    } catch {
      // Without storage the class still runs; a reload just starts a new one.
    }
  },
};

/**
 * Finds the console open under `target` without reloading it (an empty address does not navigate),
 * or opens a fresh window and sends it to the console.
 */
function openOrFocus(url: string, target: string): Window | null {
  const opened = window.open('', target, 'popup,width=1100,height=900');
  if (!opened) return null;
  let fresh: boolean;
  try {
    fresh = opened.location.href === 'about:blank';
  } catch {
    // Not readable: not one of ours, so it is replaced by the console.
    fresh = true;
  }
  if (fresh) opened.location.replace(new URL(url, location.href).href);
  opened.focus();
  return opened;
}

let shared: ClassroomProjector | undefined;

/** The game window's classroom: one per page, started when the instructor opens the console, taken up again after a reload. */
export function classroomProjector(): ClassroomProjector {
  if (shared) return shared;
  const projector = createClassroomProjector({
    openChannel: (name) => new BroadcastChannel(name),
    openWindow: openOrFocus,
    uiLocale: () => document.documentElement.lang || 'en',
    memory: tabMemory,
    onSteered: (steered) => document.body.classList.toggle('classroom-projector', steered),
  });
  window.addEventListener('pagehide', () => projector.hidden());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) projector.shown();
  });
  shared = projector;
  return projector;
}
