/**
 * Counts, over every move the explorer plays, the knots the move passes through and the steps
 * between consecutive knots: what the coverage graph draws.
 */
import { knotsEntered, orderPassage, type DivertGraph } from './knot-passage.js';

export class KnotTally {
  /** Moves that passed through each knot. */
  readonly visits: Record<string, number> = {};
  /** Moves that passed through each knot on a path with no instructor inject. */
  private readonly visitsWithoutInject: Record<string, number> = {};
  /** `a -> b`: how often a move went from knot a straight on to knot b. */
  readonly transitions: Record<string, number> = {};
  private readonly diverts: DivertGraph | undefined;

  constructor(diverts: DivertGraph | undefined) {
    this.diverts = diverts;
  }

  /** The stretch before the first choice: every knot in it is entered for the first time, in the order Ink first counted them. */
  opening(after: Readonly<Record<string, number>>): void {
    this.count([...knotsEntered({}, after).entered], false);
  }

  /**
   * One move from a choice in knot `from` to the next choice in knot `to` (undefined when the move
   * ends the story), with the story's visit counts before and after it.
   */
  move(
    from: string,
    to: string | undefined,
    before: Readonly<Record<string, number>>,
    after: Readonly<Record<string, number>>,
    afterInject: boolean,
  ): void {
    const { entered, fresh } = knotsEntered(before, after);
    this.count(orderPassage(from, to, entered, fresh, this.diverts), afterInject, entered);
  }

  /** Knots that only moves after an instructor's inject passed through. */
  onlyAfterInject(): string[] {
    return Object.keys(this.visits).filter((knot) => !this.visitsWithoutInject[knot]);
  }

  private count(sequence: readonly string[], afterInject: boolean, entered: ReadonlySet<string> = new Set(sequence)): void {
    // The knots entered, each once per move, whether or not an order for them was found.
    for (const knot of new Set([...sequence, ...entered])) {
      this.visits[knot] = (this.visits[knot] ?? 0) + 1;
      if (!afterInject) this.visitsWithoutInject[knot] = (this.visitsWithoutInject[knot] ?? 0) + 1;
    }
    for (let i = 1; i < sequence.length; i++) {
      const step = `${sequence[i - 1]} -> ${sequence[i]}`;
      this.transitions[step] = (this.transitions[step] ?? 0) + 1;
    }
  }
}
