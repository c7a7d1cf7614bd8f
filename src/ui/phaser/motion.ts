/**
 * The timing of everything that moves in the pictures, as plain numbers (no Phaser here, so tests
 * check it in Node): a chest rising at the rate the engine gives, and lights that never flash more
 * than three times a second (WCAG 2.3.1).
 */

/** WCAG 2.3.1: no more than three flashes in any one second. */
export const MAX_FLASHES_PER_SECOND = 3;

/** Emergency lights: one red-blue alternation every 1.25 s, well under the limit. */
export const EMERGENCY_LIGHT_CYCLE_MS = 1250;

/** The shortest on-off cycle allowed for anything that changes brightness. */
export function safeFlashCycle(cycleMs: number): number {
  return Math.max(cycleMs, Math.ceil(1000 / MAX_FLASHES_PER_SECOND));
}

export interface BreathCycle {
  /** The chest rising; it falls as long again. */
  readonly riseMs: number;
  /** Still, between one breath out and the next breath in. */
  readonly restMs: number;
  /** One whole breath: rise, fall, rest. */
  readonly periodMs: number;
  /** How far the chest rises, as a share of its resting height: shallow when breathing is slow. */
  readonly depth: number;
}

/** One breath at `breathsPerMinute`, or `null` when the chest does not rise at all. */
export function breathCycle(breathsPerMinute: number): BreathCycle | null {
  if (breathsPerMinute <= 0) return null;
  const periodMs = Math.round(60_000 / breathsPerMinute);
  const riseMs = Math.round(Math.min(1300, periodMs * 0.3));
  return { riseMs, restMs: periodMs - 2 * riseMs, periodMs, depth: breathsPerMinute < 8 ? 0.45 : 0.7 };
}

/** A tremor (severe withdrawal, a very agitated person): small and quick, but not a flash. */
export const TREMOR_CYCLE_MS = 260;
