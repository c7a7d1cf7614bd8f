/**
 * What a play offers a class run from an instructor console (src/classroom/projector.ts is the
 * link): how the play stands, and the instructor's commands, already read and checked against the
 * session. The play decides what each command does now (a pick waits while the class is paused).
 */
import type { EventParams, Session, StoryEventId } from '../engine/index.js';

/** How the play stands for the class. */
export interface PlayFlags {
  /** The clock is stopped (assess mode) or the trainees are held (learn mode). */
  readonly paused: boolean;
  /** The class is voting: the trainees' own picks wait for the instructor to record the class's. */
  readonly voteOpen: boolean;
  readonly ended: boolean;
}

export type ClassCommand =
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'open vote' }
  | { readonly type: 'close vote' }
  /** The class's pick, with the room's tally kept on it. */
  | { readonly type: 'pick'; readonly index: number; readonly vote?: Readonly<Record<number, number>> }
  | { readonly type: 'inject'; readonly event: StoryEventId; readonly params: EventParams; readonly note?: string }
  | { readonly type: 'note'; readonly text: string }
  /** No console steers any more: lift what only a console could lift (a vote, a learn-mode hold). */
  | { readonly type: 'left' };

/** The play as a class link follows it. */
export interface FollowedPlay {
  readonly session: Session;
  readonly title: string;
  readonly timeFactor: number;
  readonly uiLocale: string;
  flags(): PlayFlags;
  steer(command: ClassCommand): void;
}

export interface ClassLink {
  /** Follows the play until `stop`; `changed` says the play (or its session) changed. */
  follow(play: FollowedPlay): { changed(): void; stop(): void };
}
