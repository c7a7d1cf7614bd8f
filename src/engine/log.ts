/**
 * The event log: everything that happened in an encounter, append-only, in simulated time. The
 * rubric scores it, the debrief replays it, exports carry it.
 */

/** `note`: an instructor's timestamped remark, never scored. */
export const LOG_KINDS = ['action', 'event', 'state', 'note'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

/** Where an entry can come from: a pick, the story, the engine, an instructor (see `LogSource`). */
export const LOG_ORIGINS = ['choice', 'story', 'engine', 'instructor'] as const;

/** Where a log entry came from, so a trainer can find the tag that caused it. */
export type LogSource =
  /** An `#act` tag on the choice picked as pick number `pick` (0-based). */
  | { readonly origin: 'choice'; readonly pick: number; readonly path: string; readonly file?: string; readonly line?: number }
  /** An `#event` tag on a line of story. */
  | { readonly origin: 'story'; readonly path: string; readonly file?: string; readonly line?: number }
  /** A consequence the engine computed (a state change). */
  | { readonly origin: 'engine' }
  /** Raised by an instructor in instructor-led mode. */
  | { readonly origin: 'instructor'; readonly note?: string };

export type LogValue = string | number | boolean | null;

export interface LogEntry {
  /** Simulated seconds since the encounter began. */
  readonly at: number;
  readonly kind: LogKind;
  /** The action id, the story event id, the state key (`breathing`, ...), or `instructor_note`. */
  readonly id: string;
  /** Tag keys for actions and events (`target`, `reason`, ...); `value` for a state change. */
  readonly params: Readonly<Record<string, LogValue>>;
  readonly source: LogSource;
  /** For an action: the simulated seconds it took (its cost, or the choice's `#time:`). */
  readonly seconds?: number;
}

export type EventLog = readonly LogEntry[];

/** Formats a source for people: `scenarios/x/en.ink:42`, or the story path. */
export function describeSource(source: LogSource): string {
  switch (source.origin) {
    case 'choice':
    case 'story':
      return source.file !== undefined && source.line !== undefined ? `${source.file}:${source.line}` : source.path;
    case 'engine':
      return 'engine';
    case 'instructor':
      return 'instructor';
  }
}
