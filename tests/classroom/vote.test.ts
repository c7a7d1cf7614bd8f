/** The class vote: the split the debrief shows, the leading choice, and the tally kept on the pick. */
import { describe, expect, it } from 'vitest';
import { leadingChoice, recordedTally, voteSplit } from '../../src/classroom/vote.js';

describe('a class vote', () => {
  it('splits the votes in choice order, with whole percents, and marks the pick', () => {
    expect(voteSplit({ 2: 1, 0: 3, 1: 8 }, 1)).toEqual({
      total: 12,
      shares: [
        { index: 0, count: 3, percent: 25, picked: false },
        { index: 1, count: 8, percent: 67, picked: true },
        { index: 2, count: 1, percent: 8, picked: false },
      ],
    });
  });

  it('shows the pick even when the instructor went against the room, and no share of nothing', () => {
    expect(voteSplit({ 0: 5 }, 2).shares).toEqual([
      { index: 0, count: 5, percent: 100, picked: false },
      { index: 2, count: 0, percent: 0, picked: true },
    ]);
    expect(voteSplit({}, 0)).toEqual({ total: 0, shares: [{ index: 0, count: 0, percent: 0, picked: true }] });
  });

  it('leaves out counts that are not votes (a stored record is data from anywhere)', () => {
    expect(voteSplit({ 0: 2, 1: -4, 3: 1.5, [Number.NaN]: 3 } as Record<number, number>, 0).shares.map((s) => s.index)).toEqual([0]);
  });

  it('suggests the choice with the most votes, the first of a tie, none before anyone voted', () => {
    expect(leadingChoice({ 0: 2, 1: 5, 2: 5 }, [0, 1, 2])).toBe(1);
    expect(leadingChoice({ 0: 0, 1: 0 }, [0, 1])).toBeUndefined();
    expect(leadingChoice({ 7: 40, 0: 1 }, [0, 1])).toBe(0);
  });

  it('keeps on the pick only offered choices that got votes, and nothing when nobody voted', () => {
    expect(recordedTally({ 0: 4, 1: 0, 2: 6, 9: 3 }, [0, 1, 2])).toEqual({ 0: 4, 2: 6 });
    expect(recordedTally({ 0: 0 }, [0, 1])).toBeUndefined();
  });
});
