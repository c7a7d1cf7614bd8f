/**
 * The instructor's injects as the explorer plays them: each event the scenario lets an instructor
 * raise (`parameters.injectableEvents`) is tried from every explored state until it has been raised
 * on the path, by the story or by an inject; raising it twice adds nothing a trainee could meet.
 */
import type { LogEntry } from '../../engine/log.js';
import type { EventParams } from '../../engine/story/parse-tag.js';
import type { StoryEventId } from '../../engine/vocabulary/events.js';

/** What the instructor console sends by default (its delay field starts at ten minutes). */
const DEFAULT_PARAMS: Partial<Record<StoryEventId, EventParams>> = { ems_delayed: { minutes: 10 } };

export function injectParams(event: StoryEventId): EventParams {
  return { ...(DEFAULT_PARAMS[event] ?? {}) };
}

/** `raised` with the injectable events the log entries raise added, sorted so it can go in a key. */
export function withRaisedEvents(
  raised: readonly string[],
  entries: readonly LogEntry[],
  injectable: ReadonlySet<string>,
): readonly string[] {
  let added: Set<string> | undefined;
  for (const entry of entries) {
    if (entry.kind !== 'event' || !injectable.has(entry.id) || raised.includes(entry.id)) continue;
    (added ??= new Set()).add(entry.id);
  }
  return added ? [...raised, ...added].sort() : raised;
}
