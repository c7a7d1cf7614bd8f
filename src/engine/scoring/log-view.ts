/**
 * Questions the rubric asks of an event log, in the words of the protocols: when did the officer
 * arrive, what was the first dose, how long was the patient without breathing.
 */
import type { EventLog, LogEntry, LogValue } from '../log.js';
import type { ActionId } from '../vocabulary/actions.js';
import type { StoryEventId } from '../vocabulary/events.js';

/** A log entry with its index in the log, which is what evidence points at. */
export interface Indexed {
  readonly index: number;
  readonly entry: LogEntry;
}

/** A stretch of time during which a state key held one value. */
export interface Stretch {
  readonly start: number;
  /** When it ended, or `null` if it still held at the end of the log. */
  readonly end: number | null;
  /** The log index of the state change that began it (absent if it held from the start). */
  readonly index?: number;
}

/** One of the officer's picks: its number (0-based) and the simulated time it was made. */
export interface PickMoment {
  readonly pick: number;
  readonly at: number;
}

export class LogView {
  readonly entries: EventLog;
  /** Simulated seconds at the end of the encounter (or now, for live verdicts). */
  readonly endTime: number;
  private readonly pickTimes: readonly number[] | undefined;
  private readonly changesByKey = new Map<string, readonly Indexed[]>();

  /**
   * `pickTimes` are the simulated times of every pick, those without an action included; without
   * them (a stored log scored again), a pick is known only by its actions' log entries.
   */
  constructor(entries: EventLog, endTime?: number, pickTimes?: readonly number[]) {
    this.entries = entries;
    this.endTime = endTime ?? entries.reduce((latest, e) => Math.max(latest, e.at), 0);
    this.pickTimes = pickTimes;
  }

  /** Every pick the officer made, in order. */
  picks(): PickMoment[] {
    if (this.pickTimes) return this.pickTimes.map((at, pick) => ({ pick, at }));
    const seen = new Map<number, number>();
    for (const entry of this.entries) {
      if (entry.kind === 'action' && entry.source.origin === 'choice' && !seen.has(entry.source.pick))
        seen.set(entry.source.pick, entry.at);
    }
    return [...seen].map(([pick, at]) => ({ pick, at })).sort((a, b) => a.pick - b.pick);
  }

  /** The actions of one pick, in order. */
  actionsOfPick(pick: number): Indexed[] {
    return this.indexed((e) => e.kind === 'action' && e.source.origin === 'choice' && e.source.pick === pick);
  }

  private indexed(predicate: (entry: LogEntry) => boolean): Indexed[] {
    const found: Indexed[] = [];
    this.entries.forEach((entry, index) => {
      if (predicate(entry)) found.push({ index, entry });
    });
    return found;
  }

  /** The first entry that satisfies a predicate. */
  first(predicate: (entry: LogEntry) => boolean): Indexed | undefined {
    const index = this.entries.findIndex(predicate);
    return index < 0 ? undefined : { index, entry: this.entries[index]! };
  }

  /** Every action of the given ids (any action, without ids), in order. */
  actions(...ids: readonly ActionId[]): Indexed[] {
    return this.indexed((e) => e.kind === 'action' && (ids.length === 0 || (ids as readonly string[]).includes(e.id)));
  }

  firstAction(...ids: readonly ActionId[]): Indexed | undefined {
    return this.actions(...ids)[0];
  }

  /** Actions that satisfy a predicate over the entry (for `reason=`, `target=` tests). */
  actionsWhere(predicate: (entry: LogEntry) => boolean): Indexed[] {
    return this.indexed((e) => e.kind === 'action' && predicate(e));
  }

  events(id: StoryEventId): Indexed[] {
    return this.indexed((e) => e.kind === 'event' && e.id === id);
  }

  firstEvent(id: StoryEventId): Indexed | undefined {
    return this.events(id)[0];
  }

  stateChanges(key: string): Indexed[] {
    return [...this.changesOf(key)];
  }

  /**
   * The changes of one key, found once: rules ask for a value at every pick, and the log does not
   * change while it is scored.
   */
  private changesOf(key: string): readonly Indexed[] {
    let changes = this.changesByKey.get(key);
    if (changes === undefined) {
      changes = this.indexed((e) => e.kind === 'state' && e.id === key);
      this.changesByKey.set(key, changes);
    }
    return changes;
  }

  /** The first time a state key took a value. */
  firstState(key: string, value: LogValue): Indexed | undefined {
    return this.stateChanges(key).find((s) => s.entry.params.value === value);
  }

  /** The value of a state key at time `at` (the last change at or before it). */
  valueAt(key: string, at: number): LogValue | undefined {
    let value: LogValue | undefined;
    for (const { entry } of this.changesOf(key)) {
      if (entry.at > at) break;
      value = entry.params.value ?? null;
    }
    return value;
  }

  /** Every stretch of time during which `key` held `value`. */
  stretches(key: string, value: LogValue): Stretch[] {
    const result: Stretch[] = [];
    let open: { start: number; index: number } | undefined;
    for (const { index, entry } of this.changesOf(key)) {
      const matches = entry.params.value === value;
      if (matches && !open) open = { start: entry.at, index };
      else if (!matches && open) {
        result.push({ start: open.start, end: entry.at, index: open.index });
        open = undefined;
      }
    }
    if (open) result.push({ start: open.start, end: null, index: open.index });
    return result;
  }

  /** docs/protocols.md: time zero is `#event:on_scene`, or the start of the encounter if the story never raises it. */
  arrivalTime(): number {
    return this.firstEvent('on_scene')?.entry.at ?? 0;
  }

  /** Seconds from arrival on scene to an entry. */
  sinceArrival(entry: LogEntry): number {
    return entry.at - this.arrivalTime();
  }
}
