/**
 * Where a session's story stands, read from its live inkjs story instead of a snapshot: the knot of
 * the first choice offered and the visit count of every container, the same values `currentKnot` and
 * `visitCounts` read from a snapshot's ink state. A random completion needs them after every pick,
 * where a full snapshot (the whole ink state written as JSON, the encounter machine, the log) and
 * parsing it back cost most of the run.
 *
 * The engine keeps its story private and offers no reader for this, so it is reached, read-only,
 * through the session's runtime objects. Where they are not as expected (the engine changed),
 * `livePosition` returns `undefined` and the explorer takes snapshots as before: slower, the same
 * result. tests/tooling/explore-parallel.test.ts fails when the live reading is lost.
 */
import type { Session } from '../../engine/session.js';

export interface StoryPosition {
  /** The knot of the first choice offered, `(end)` when none is. */
  readonly knot: string;
  readonly visits: Readonly<Record<string, number>>;
}

interface LiveInkStory {
  readonly state: {
    readonly currentChoices: readonly { readonly pathStringOnChoice: string }[];
    readonly _visitCounts: Map<string, number>;
  };
}

function liveStoryOf(session: Session): LiveInkStory | undefined {
  const story = (session as unknown as { s?: { story?: { story?: Partial<LiveInkStory> } } }).s?.story?.story;
  const state = story?.state;
  if (!state || !(state._visitCounts instanceof Map) || !Array.isArray(state.currentChoices)) return undefined;
  return story as LiveInkStory;
}

/** A reader of the session's position now, or `undefined` when its story cannot be read live. */
export function livePosition(session: Session): (() => StoryPosition) | undefined {
  if (!liveStoryOf(session)) return undefined;
  return () => {
    // Read afresh each time: loading a snapshot gives the story new visit counts.
    const { state } = liveStoryOf(session)!;
    const target = state.currentChoices[0]?.pathStringOnChoice;
    return { knot: target?.split('.')[0] ?? '(end)', visits: Object.fromEntries(state._visitCounts) };
  };
}
