/**
 * What the play machine (play-machine.ts) knows and hears: the services a page gives it, its context,
 * the events pages and actors send it, and the narration it tells, with its notes for each page to word.
 */
import type { Diagnostic } from '../engine/diagnostics.js';
import type { Profile, ReplayReport, RuleResult, ScenarioBundle, ScoreReport, Session, Step, StoryEventId } from '../engine/index.js';
import type { StoredAttempt } from '../storage/attempt-record.js';
import type { AttemptFacts } from '../storage/attempt-recorder.js';
import type { NarrationBatch } from '../storage/narration-so-far.js';
import type { QuarantinedRecord } from '../storage/schema.js';
import type { ScenarioEdits } from './actors.js';
import type { ClassCommand, ClassLink } from './class-link.js';
import type { OpenedSession } from './open-session.js';
import type { EncounterPlan } from './start.js';
import type { TimeSource } from './time-source.js';

/** A note the play adds to the narration; each page words it. */
export type PlayNote =
  /** Another play's first picks were played again. */
  | { readonly kind: 'replayed'; readonly report: ReplayReport }
  /** An unfinished attempt was put back where it was saved. */
  | { readonly kind: 'restored' }
  /** An unfinished attempt was carried over to its scenario's new version; it had `total` picks. */
  | { readonly kind: 'carriedOver'; readonly report: ReplayReport; readonly total: number }
  /** A new version of the story was saved while playing: the play started again on it. */
  | { readonly kind: 'reloaded'; readonly report: ReplayReport }
  /** An instructor raised an event. */
  | {
      readonly kind: 'instructor';
      readonly event: StoryEventId;
      readonly params: Readonly<Record<string, string | number | boolean>>;
      readonly note?: string;
    };

/** The narration as the play tells it: batches of story (a pick and what followed) and notes, in order. */
export type Told = ({ readonly kind: 'batch' } & NarrationBatch) | { readonly kind: 'note'; readonly note: PlayNote };

export interface PlayServices {
  readonly load: () => Promise<ScenarioBundle>;
  readonly timeSource?: TimeSource;
  /** Where the attempt is kept; without it nothing is recorded (the author preview). */
  readonly record?: {
    readonly save: (attempt: StoredAttempt) => Promise<void>;
    readonly newId: () => string;
    readonly traineeCode: string;
  };
  readonly edits?: ScenarioEdits;
  /**
   * Sets aside an unfinished attempt that fails to restore (`AttemptStore.quarantine`): given, a
   * `restore` start that fails is quarantined at once (resume-or-set-aside.ts) and never offered again.
   */
  readonly setAside?: (id: string, reason: string) => Promise<QuarantinedRecord | undefined>;
  readonly classroom?: { readonly link: ClassLink; readonly title: (session: Session) => string; readonly uiLocale: string };
}

export interface PlayInput extends PlayServices {
  readonly plan: EncounterPlan;
  readonly profile: Profile;
}

export interface PlayContext {
  readonly plan: EncounterPlan;
  readonly profile: Profile;
  readonly services: PlayServices;
  /** Counts the session's (re)starts: a page draws the encounter afresh when it changes. */
  readonly run: number;
  readonly session?: Session;
  /** The session's current step. */
  readonly step?: Step;
  readonly told: readonly Told[];
  /** The attempt recorded, the same however often the play starts again. */
  readonly facts?: AttemptFacts;
  /** Learn mode: the rules the last pick broke, and the report they were found against. */
  readonly hints: readonly RuleResult[];
  readonly lastReport?: ScoreReport;
  /** Simulated seconds owed to the clock, less than one. */
  readonly carried: number;
  /** The clock is paused when the session (re)starts. */
  readonly startPaused: boolean;
  readonly clockPaused: boolean;
  /** Why the last save failed; `undefined` once one succeeds. */
  readonly saveProblem?: unknown;
  /** Why the scenario could not be played. */
  readonly failure?: string;
  /** The story's own located problems, when the story is why it stopped (it ran away, an Ink runtime error). */
  readonly storyProblems?: readonly Diagnostic[];
  /** A saved attempt that would not restore: set aside (`record`, when the device moved it) and never offered again. */
  readonly resumeFailed?: { readonly attemptId: string; readonly record?: QuarantinedRecord };
  /** Why the last new version could not be played (the play goes on with the one before). */
  readonly reloadProblem?: string;
}

export type PlayEvent =
  /** The trainee's pick: only while the clock runs and the class is free. */
  | { readonly type: 'pick'; readonly index: number }
  /** The trainee's own Pause and Resume (assess mode). */
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  /** The page was hidden: the attempt is saved and the clock stops. */
  | { readonly type: 'hide' }
  /** The page is going away: the attempt is saved. */
  | { readonly type: 'leave' }
  /** A new version to play on (live reload), with the settings that changed (the author preview's). */
  | {
      readonly type: 'reload';
      readonly bundle: ScenarioBundle;
      readonly profile?: Profile;
      readonly settings?: Partial<Pick<EncounterPlan, 'seed' | 'profileId' | 'locale'>>;
    }
  | { readonly type: 'class'; readonly command: ClassCommand }
  /** The story threw while it was played on (it ran away, an Ink runtime error): the play cannot go on. */
  | { readonly type: 'story stopped'; readonly error: unknown }
  | { readonly type: 'tick'; readonly realSeconds: number }
  | { readonly type: 'saved'; readonly error?: unknown }
  | { readonly type: 'reopened'; readonly opened: OpenedSession; readonly plan: EncounterPlan; readonly profile: Profile }
  | { readonly type: 'class pick'; readonly index: number; readonly vote?: Readonly<Record<number, number>> }
  | { readonly type: 'hold' }
  | { readonly type: 'release' }
  | { readonly type: 'vote'; readonly open: boolean };
