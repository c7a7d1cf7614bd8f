/** A class's vote at a choice point: the room's tally, as the instructor enters it, and its split. */

export type Tally = Readonly<Record<number, number>>;

export interface VoteShare {
  /** 0-based choice index. */
  readonly index: number;
  readonly count: number;
  /** Whole percent of all votes. */
  readonly percent: number;
  /** The choice the class went with. */
  readonly picked: boolean;
}

export interface VoteSplit {
  readonly total: number;
  readonly shares: readonly VoteShare[];
}

/** Every choice that got a vote, and the picked one even with none, in choice order. */
export function voteSplit(tally: Tally, pickedIndex: number): VoteSplit {
  const counts = new Map<number, number>();
  for (const [key, count] of Object.entries(tally)) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && Number.isInteger(count) && count > 0) counts.set(index, count);
  }
  if (!counts.has(pickedIndex)) counts.set(pickedIndex, 0);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const shares = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, count]) => ({
      index,
      count,
      percent: total === 0 ? 0 : Math.round((100 * count) / total),
      picked: index === pickedIndex,
    }));
  return { total, shares };
}

/** The choice with the most votes (the first of a tie), or `undefined` before anyone has voted. */
export function leadingChoice(tally: Tally, offered: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const index of offered) {
    const count = tally[index] ?? 0;
    if (count > 0 && (best === undefined || count > (tally[best] ?? 0))) best = index;
  }
  return best;
}

/** The tally kept on the pick: only offered choices, only counts above zero; `undefined` when nobody voted. */
export function recordedTally(tally: Tally, offered: readonly number[]): Tally | undefined {
  const kept = offered.filter((index) => (tally[index] ?? 0) > 0).map((index) => [index, tally[index] ?? 0] as const);
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}
