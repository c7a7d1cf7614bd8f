/**
 * The narration of an unfinished attempt, rebuilt from its snapshot: the opening lines, then each
 * pick with the lines that followed it, as the encounter first showed them.
 */
import type { Line, PickRecord } from '../engine/index.js';

export interface NarrationBatch {
  readonly lines: readonly Line[];
  /** The pick's text; absent for the lines before the first pick. */
  readonly pickText?: string;
}

/**
 * Splits the transcript at `pickLineStarts` (for each pick, the index of the first line after it).
 * Starts out of order or past the end are clamped, so damaged marks still show every line once.
 */
export function narrationSoFar(
  transcript: readonly Line[],
  picks: readonly Pick<PickRecord, 'text'>[],
  pickLineStarts: readonly number[],
): NarrationBatch[] {
  const batches: NarrationBatch[] = [];
  let from = 0;
  const cut = (until: number): readonly Line[] => {
    const end = Math.min(transcript.length, Math.max(from, until));
    const lines = transcript.slice(from, end);
    from = end;
    return lines;
  };
  batches.push({ lines: cut(pickLineStarts[0] ?? transcript.length) });
  picks.forEach((pick, i) => {
    batches.push({ lines: cut(pickLineStarts[i + 1] ?? transcript.length), pickText: pick.text.trim() });
  });
  return batches;
}

/** The inverse: where each pick's lines start in the transcript, from the batches as shown. */
export function pickLineStartsOf(batches: readonly NarrationBatch[]): number[] {
  const starts: number[] = [];
  let lines = 0;
  for (const batch of batches) {
    if (batch.pickText !== undefined) starts.push(lines);
    lines += batch.lines.length;
  }
  return starts;
}
