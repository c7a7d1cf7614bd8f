/**
 * The classroom protocol between the projector (the game window, which owns the session) and the
 * instructor console, over a BroadcastChannel named per class. The projector sends the whole view
 * after every change (and says when its window goes away); the console sends commands. Every message
 * received is decoded field by field and refused whole if anything does not fit: the other side may
 * be another build, or anything.
 */
import { BREATHINGS, LOG_KINDS, LOG_ORIGINS, MODES, SCENARIO_KINDS, SEVERITIES, STORY_EVENTS, type StoryEventId } from '../engine/index.js';
import {
  bool,
  dictionary,
  finite,
  INVALID,
  isRecord,
  list,
  literal,
  nullable,
  object,
  optional,
  text,
  whole,
  type Decoded,
  type Decoder,
} from './decode.js';

export const CLASSROOM_PROTOCOL = 'good-call/classroom';
export const CLASSROOM_VERSION = 1;

const STORY_EVENT_IDS = STORY_EVENTS.map((e) => e.id);
const storyEvent = literal<StoryEventId>(...STORY_EVENT_IDS);

/** The longest note the console may send; a note's text travels back in its log entry's params. */
export const NOTE_MAX_LENGTH = 2000;
/** The longest remark an instructor may add to an inject. */
export const INJECT_NOTE_MAX_LENGTH = 500;

const logValue: Decoder<string | number | boolean | null> = (value) =>
  value === null ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.length <= NOTE_MAX_LENGTH)
    ? value
    : INVALID;

const ruleValue: Decoder<string | number> = (value) =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length <= 200) ? value : INVALID;

/** Where a rule at risk stands, the most pressing first: broken, settled as missed, or still open. */
export const RISK_STATUSES = ['violated', 'missed', 'open'] as const;

/** A rule the class may still break, or has broken: what the instructor's discussion prompt is about. */
const riskDecoder = object({
  id: text(80),
  severity: literal(...SEVERITIES),
  /** `open`: not decided yet (a deadline ahead, or "by the end"); `missed` and `violated` are settled. */
  status: literal(...RISK_STATUSES),
  /** Simulated seconds until a timed rule's deadline, for `open` rules that have one. */
  secondsLeft: optional(finite),
  values: dictionary(ruleValue),
});
export type RuleAtRisk = Decoded<typeof riskDecoder>;

const logLineDecoder = object({
  at: finite,
  kind: literal(...LOG_KINDS),
  id: text(80),
  params: dictionary(logValue),
  origin: literal(...LOG_ORIGINS),
  note: optional(text(NOTE_MAX_LENGTH)),
});
export type LogLine = Decoded<typeof logLineDecoder>;

const choiceDecoder = object({ index: whole(0, 99), text: text(2000), actions: list(text(80), 50) });
export type ChoiceView = Decoded<typeof choiceDecoder>;

const encounterDecoder = object({
  scenarioId: text(200),
  title: text(500),
  kind: literal(...SCENARIO_KINDS),
  storyLocale: text(20),
  mode: literal(...MODES),
  timeFactor: finite,
  paused: bool,
  voteOpen: bool,
  ended: bool,
  elapsedSeconds: finite,
  /** What the trainees cannot see: the patient's body as the engine models it. */
  patient: object({
    breathing: literal(...BREATHINGS),
    responsive: bool,
    pulse: bool,
    dosesGiven: whole(0, 100),
    dosesNeeded: whole(0, 100),
    oxygenDebtSeconds: finite,
    injuryAfterSeconds: finite,
    deathAfterSeconds: finite,
    brainInjury: bool,
    dead: bool,
  }),
  scene: object({
    emsCalled: bool,
    emsOnScene: bool,
    emsEtaMinutes: nullable(finite),
    callerPresent: bool,
    callerTrust: finite,
    personTrust: finite,
    personAgitation: finite,
    /**
     * What the pat-down person has signalled so far. Required, like every field: a view without them
     * comes from another build, and defaulting them would show "no signs of a weapon" when nobody knows.
     */
    weaponIndicators: whole(0, 100_000),
    consentRefused: bool,
    sspCardShown: bool,
    sharpsDisclosed: bool,
    officerInjuries: list(text(80), 20),
  }),
  choices: list(choiceDecoder, 100),
  picks: whole(0, 100_000),
  /** Injects and notes so far: the log sent is only the latest lines, so it cannot be counted there. */
  instructorInputs: whole(0, 100_000),
  injectable: list(storyEvent, STORY_EVENT_IDS.length),
  atRisk: list(riskDecoder, 200),
  log: list(logLineDecoder, 2000),
});
export type EncounterView = Decoded<typeof encounterDecoder>;

const CLASS_ID = /^[a-z0-9]{8,32}$/;
/** A class's id, or a console's: what names a channel or a window must not be anything. */
const id: Decoder<string> = (value) => (typeof value === 'string' && CLASS_ID.test(value) ? value : INVALID);

const viewDecoder = object({
  /** The projector's interface language: the console follows it, so both speak the same. */
  uiLocale: text(20),
  /** The consoles the projector knows are open: a console not listed (the projector reloaded) joins again. */
  consoles: list(id, 20),
  /** `null` while no encounter is running on the projector. */
  encounter: nullable(encounterDecoder),
});
export type ClassroomView = Decoded<typeof viewDecoder>;

const commandDecoder = (value: unknown): ClassroomCommand | typeof INVALID => {
  if (!isRecord(value)) return INVALID;
  switch (value.type) {
    case 'join': {
      const joining = optional(id)(value.console);
      if (joining === INVALID) return INVALID;
      return joining === undefined ? { type: 'join' } : { type: 'join', console: joining };
    }
    case 'leave': {
      const leaving = id(value.console);
      return leaving === INVALID ? INVALID : { type: 'leave', console: leaving };
    }
    case 'pause':
    case 'resume':
    case 'open vote':
    case 'close vote':
      return { type: value.type };
    case 'inject': {
      const inject = object({ event: storyEvent, minutes: optional(whole(1, 120)), note: optional(text(INJECT_NOTE_MAX_LENGTH)) })(value);
      return inject === INVALID ? INVALID : { type: 'inject', ...inject };
    }
    case 'note': {
      const note = text(NOTE_MAX_LENGTH)(value.text);
      return note === INVALID || note.trim() === '' ? INVALID : { type: 'note', text: note.trim() };
    }
    case 'record pick': {
      const index = whole(0, 99)(value.index);
      const tally = dictionary(whole(0, 100_000), 100)(value.tally);
      if (index === INVALID || tally === INVALID) return INVALID;
      if (Object.keys(tally).some((key) => !/^(0|[1-9][0-9]?)$/.test(key))) return INVALID;
      return { type: 'record pick', index, tally: Object.fromEntries(Object.entries(tally).map(([k, v]) => [Number(k), v])) };
    }
    default:
      return INVALID;
  }
};

/** What the console asks of the projector. */
export type ClassroomCommand =
  /** A console (re)opened, or found itself missing from a view: send the view now, and count it as open. */
  | { readonly type: 'join'; readonly console?: string }
  /** A console is closing: when none is left, the projector lifts what only a console could lift. */
  | { readonly type: 'leave'; readonly console: string }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'open vote' }
  | { readonly type: 'close vote' }
  /** Raise a scenario event; `minutes` for `ems_delayed`. */
  | { readonly type: 'inject'; readonly event: StoryEventId; readonly minutes?: number; readonly note?: string }
  | { readonly type: 'note'; readonly text: string }
  /** The class's pick, with the room's tally by choice index. */
  | { readonly type: 'record pick'; readonly index: number; readonly tally: Readonly<Record<number, number>> };

interface Envelope<K extends string, B> {
  readonly protocol: typeof CLASSROOM_PROTOCOL;
  readonly version: typeof CLASSROOM_VERSION;
  readonly kind: K;
  readonly body: B;
}

export type CommandMessage = Envelope<'command', ClassroomCommand>;
export type ViewMessage = Envelope<'view', ClassroomView>;
/** The game window is closing or reloading: the console's controls would reach nobody. */
export type GoneMessage = Envelope<'gone', Record<string, never>>;

export function commandMessage(body: ClassroomCommand): CommandMessage {
  return { protocol: CLASSROOM_PROTOCOL, version: CLASSROOM_VERSION, kind: 'command', body };
}

export function viewMessage(body: ClassroomView): ViewMessage {
  return { protocol: CLASSROOM_PROTOCOL, version: CLASSROOM_VERSION, kind: 'view', body };
}

export function goneMessage(): GoneMessage {
  return { protocol: CLASSROOM_PROTOCOL, version: CLASSROOM_VERSION, kind: 'gone', body: {} };
}

function bodyOf(data: unknown, kind: 'command' | 'view'): unknown {
  if (!isRecord(data) || data.protocol !== CLASSROOM_PROTOCOL || data.version !== CLASSROOM_VERSION || data.kind !== kind) return INVALID;
  return data.body;
}

/** The command in a received message, or `undefined` if it is not one this build understands. */
export function readCommand(data: unknown): ClassroomCommand | undefined {
  const body = bodyOf(data, 'command');
  const command = body === INVALID ? INVALID : commandDecoder(body);
  return command === INVALID ? undefined : command;
}

/** The view in a received message, or `undefined` if it is not one this build understands. */
export function readView(data: unknown): ClassroomView | undefined {
  const body = bodyOf(data, 'view');
  const view = body === INVALID ? INVALID : viewDecoder(body);
  return view === INVALID ? undefined : view;
}

/** What a console hears from the projector. */
export type FromProjector =
  | { readonly kind: 'view'; readonly view: ClassroomView }
  | { readonly kind: 'gone' }
  /** Meant for a console, but not readable by this build: the console says so rather than go quiet. */
  | { readonly kind: 'unreadable' };

/**
 * A message from the projector, or `undefined` for one not meant for a console (another console's
 * commands share the channel).
 */
export function readFromProjector(data: unknown): FromProjector | undefined {
  if (!isRecord(data) || data.protocol !== CLASSROOM_PROTOCOL || (data.kind !== 'view' && data.kind !== 'gone')) return undefined;
  if (data.version !== CLASSROOM_VERSION) return { kind: 'unreadable' };
  if (data.kind === 'gone') return { kind: 'gone' };
  const view = readView(data);
  return view ? { kind: 'view', view } : { kind: 'unreadable' };
}

/** A new id for one class's channel (so two classes on one machine never cross), or for one console. */
export function newClassId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The id in a console's address (`console.html?class=<id>`), if it is one. */
export function classIdFrom(search: string): string | undefined {
  return asClassId(new URLSearchParams(search).get('class'));
}

/** `value` if it is a well-formed id (one kept in the window's storage may be anything). */
export function asClassId(value: unknown): string | undefined {
  const checked = id(value);
  return checked === INVALID ? undefined : checked;
}

export function channelName(classId: string): string {
  return `good-call-classroom:${classId}`;
}
