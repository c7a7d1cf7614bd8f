/**
 * The encounter's simulated clock. XState's SimulatedClock jumps to the target time and then fires
 * every due timer, so a timer would see the end of the jump as "now". The encounter steps from
 * deadline to deadline instead, so each consequence happens, and is logged, at its own moment.
 * Times are milliseconds, as XState counts them; the engine speaks of seconds everywhere else.
 */
import { SimulatedClock } from 'xstate';

export class EncounterClock extends SimulatedClock {
  private readonly deadlines = new Map<number, number>();

  override setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id: number = super.setTimeout(() => {
      this.deadlines.delete(id);
      fn();
    }, timeout);
    this.deadlines.set(id, this.now() + timeout);
    return id;
  }

  override clearTimeout(id: number): void {
    this.deadlines.delete(id);
    super.clearTimeout(id);
  }

  /** The earliest pending deadline, if any. */
  nextDeadline(): number | undefined {
    let earliest: number | undefined;
    for (const at of this.deadlines.values()) if (earliest === undefined || at < earliest) earliest = at;
    return earliest;
  }

  /**
   * Moves time forward to `target`, stopping at every deadline on the way so that each timer fires
   * at its own time; `afterStep` runs after each stop (and once at the target).
   */
  advanceTo(target: number, afterStep: (now: number) => void = () => {}): void {
    if (target < this.now()) throw new Error(`the encounter clock cannot go back from ${this.now()} to ${target}`);
    for (;;) {
      const next = this.nextDeadline();
      if (next === undefined || next > target) break;
      this.set(Math.max(next, this.now()));
      afterStep(this.now());
    }
    if (target > this.now()) this.set(target);
    afterStep(this.now());
  }
}
