/**
 * Real time, injected. The encounter screen never reads a clock itself: it is handed a TimeSource,
 * so tests drive assess mode by hand and the game uses the browser's clock.
 */
export interface TimeSource {
  /** Calls `tick` with the real seconds passed since the previous tick, until the returned stop is called. */
  start(tick: (realSeconds: number) => void): () => void;
}

/** The browser's clock, ticking a few times a second so the on-screen clock moves smoothly. */
export function browserTimeSource(intervalMs = 250): TimeSource {
  return {
    start(tick) {
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        tick((now - last) / 1000);
        last = now;
      }, intervalMs);
      return () => clearInterval(timer);
    },
  };
}

/** A clock moved only by `advance`: for tests and anything that replays time. */
export interface ManualTimeSource extends TimeSource {
  advance(realSeconds: number): void;
  /** How many starts have not been stopped. */
  readonly running: number;
}

export function manualTimeSource(): ManualTimeSource {
  const ticks = new Set<(realSeconds: number) => void>();
  return {
    start(tick) {
      ticks.add(tick);
      return () => ticks.delete(tick);
    },
    advance(realSeconds) {
      for (const tick of [...ticks]) tick(realSeconds);
    },
    get running() {
      return ticks.size;
    },
  };
}
