/**
 * Keeps a running session's attempt saved: after every pick and every instructor's inject or note,
 * every few simulated seconds while only time passes (assess mode), and once finished. Saving never blocks the encounter and never throws
 * into it: a failed save is reported, and the attempt stays in memory to be saved by the next one.
 * `saved()` is what a screen waits on before showing what follows a pick: it settles once the
 * record of that pick is on the device (the store's IndexedDB transaction committed), so a crash
 * or a killed browser after it cannot lose the pick.
 */
import type { Session } from '../engine/index.js';
import { ATTEMPT_SCHEMA_VERSION, type FinishedAttempt, type StoredAttempt, type UnfinishedAttempt } from './attempt-record.js';

/** What a record says about its attempt beyond what the session knows. */
export interface AttemptFacts {
  readonly id: string;
  readonly traineeCode: string;
  /** Simulated seconds per real second in assess mode; 0 in learn mode. */
  readonly timeFactor: number;
  readonly startedAt: string;
  readonly replayOf?: { readonly attemptId: string; readonly picksKept: number };
  /** When the picks already made were made (a resumed attempt's), if known. */
  readonly pickTimes?: readonly (string | null)[];
}

function commonFields(session: Session, facts: AttemptFacts, savedAt: string, pickTimes?: readonly (string | null)[]) {
  const { manifest } = session;
  return {
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    id: facts.id,
    traineeCode: facts.traineeCode,
    scenario: { id: manifest.id, version: manifest.version },
    profileId: session.profile.id,
    locale: session.locale,
    mode: session.mode,
    seed: session.seed,
    timeFactor: session.mode === 'assess' ? facts.timeFactor : 0,
    startedAt: facts.startedAt,
    savedAt,
    picks: [...session.picks()],
    ...(pickTimes && pickTimes.length > 0 ? { pickTimes: pickTimes.slice(0, session.picks().length) } : {}),
    ...(session.instructorInputs().length > 0 ? { instructorInputs: [...session.instructorInputs()] } : {}),
    ...(facts.replayOf ? { replayOf: facts.replayOf } : {}),
  } as const;
}

/** The record of a session still being played. */
export function unfinishedAttemptOf(
  session: Session,
  facts: AttemptFacts,
  pickLineStarts: readonly number[],
  savedAt: string,
  pickTimes?: readonly (string | null)[],
): UnfinishedAttempt {
  return {
    ...commonFields(session, facts, savedAt, pickTimes),
    status: 'in-progress',
    progress: { snapshot: session.snapshot(), pickLineStarts: [...pickLineStarts] },
  };
}

/** The record of a session that has ended, with what re-scoring it later needs. */
export function finishedAttemptOf(
  session: Session,
  facts: AttemptFacts,
  finishedAt: string,
  pickTimes?: readonly (string | null)[],
): FinishedAttempt {
  return {
    ...commonFields(session, facts, finishedAt, pickTimes),
    status: 'finished',
    finishedAt,
    report: session.report(),
    scoring: { kind: session.manifest.kind, parameters: session.parameters, final: session.state(), profile: session.profile },
  };
}

export interface RecorderOptions {
  readonly session: Session;
  readonly facts: AttemptFacts;
  /** For the picks already made when recording starts (a replay's, a resumed attempt's). */
  readonly pickLineStarts?: readonly number[];
  /** Keeps the record (in memory at once, on the device in time); rejects when the device refused it. */
  readonly save: (attempt: StoredAttempt) => Promise<void>;
  /** Told after each save: `undefined` when it was written, else why not. */
  readonly onSaved?: (error?: unknown) => void;
  readonly now?: () => Date;
  /** Simulated seconds between saves while only time passes. */
  readonly saveEverySeconds?: number;
}

export interface AttemptRecorder {
  readonly id: string;
  /**
   * Resolves once everything recorded so far is written (the last save asked for, or a newer one of
   * the same attempt, committed by the store); rejects with the device's refusal. Resolves at once
   * when nothing has been saved yet.
   */
  saved(): Promise<void>;
  /** Saves where the attempt stands now (the page is being hidden or closed). */
  saveProgress(): void;
  /** Saves and returns the finished attempt; recording stops. */
  finish(): FinishedAttempt;
  /** Stops recording (the screen was left); the last save stands. */
  stop(): void;
}

export function recordAttempt(options: RecorderOptions): AttemptRecorder {
  const { session, facts, save } = options;
  const now = options.now ?? ((): Date => new Date());
  const every = options.saveEverySeconds ?? 10;
  const pickLineStarts = [...(options.pickLineStarts ?? [])];
  // Picks replayed before recording began (a replay's) have no time of their own; a resumed attempt's keep theirs.
  const pickTimes: (string | null)[] = [...(facts.pickTimes ?? [])].slice(0, session.picks().length);
  while (pickTimes.length < session.picks().length) pickTimes.push(null);
  let savedAtClock = session.state().elapsedSeconds;
  let savedInputs = session.instructorInputs().length;
  let stopped = false;
  let latest: Promise<void> = Promise.resolve();

  const keep = (attempt: StoredAttempt): void => {
    let written: Promise<void>;
    try {
      written = save(attempt);
    } catch (error) {
      written = Promise.reject(error);
    }
    latest = written;
    written.then(
      () => options.onSaved?.(),
      (error: unknown) => options.onSaved?.(error),
    );
  };
  const saveProgress = (): void => {
    if (stopped) return;
    savedAtClock = session.state().elapsedSeconds;
    savedInputs = session.instructorInputs().length;
    keep(unfinishedAttemptOf(session, facts, pickLineStarts, now().toISOString(), pickTimes));
  };

  const unsubscribe = session.subscribe((step) => {
    const picks = session.picks().length;
    if (picks > pickLineStarts.length) {
      const firstLineAfter = session.transcript().length - step.lines.length;
      while (pickLineStarts.length < picks) pickLineStarts.push(firstLineAfter);
      const pickedAt = now().toISOString();
      while (pickTimes.length < picks) pickTimes.push(pickedAt);
      saveProgress();
    } else if (session.instructorInputs().length > savedInputs || step.state.elapsedSeconds - savedAtClock >= every) {
      // An inject or a note is part of the attempt even before the first pick (learn mode's clock stands still).
      saveProgress();
    }
  });
  const stop = (): void => {
    stopped = true;
    unsubscribe();
  };

  return {
    id: facts.id,
    saved: () => latest,
    saveProgress() {
      // Before the first pick, second or instructor's input there is nothing to lose, and nothing worth offering to resume.
      if (session.picks().length > 0 || session.state().elapsedSeconds > 0 || session.instructorInputs().length > 0) saveProgress();
    },
    finish() {
      stop();
      const attempt = finishedAttemptOf(session, facts, now().toISOString(), pickTimes);
      keep(attempt);
      return attempt;
    },
    stop,
  };
}
