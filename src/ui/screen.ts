/** What every screen is given and gives back. */
import type { Profile } from '../engine/scoring/profile.js';
import type { CatalogueEntry } from '../game/catalogue.js';
import type { Translate } from '../i18n/translator.js';
import type { AttemptHistory } from './attempts.js';
import type { SceneBridge } from './bridge.js';
import type { FlowContext, FlowEvent } from './flow.js';
import type { AudioService } from './audio/audio-service.js';
import type { TimeSource } from '../play/time-source.js';
import type { ClassroomProjector } from '../classroom/projector.js';

export interface Catalogue {
  readonly scenarios: readonly CatalogueEntry[];
  readonly profiles: readonly Profile[];
}

export interface ScreenServices {
  readonly t: Translate;
  readonly send: (event: FlowEvent) => void;
  readonly context: FlowContext;
  readonly catalogue: Catalogue;
  readonly attempts: AttemptHistory;
  readonly bridge: SceneBridge;
  readonly timeSource: TimeSource;
  /** The story's sounds: cues, the scene's ambience, mute and volume. */
  readonly sound: AudioService;
  /** This window's side of a class run from an instructor console. */
  readonly classroom: ClassroomProjector;
}

export interface Screen {
  readonly root: HTMLElement;
  /** Where focus goes when the screen appears: its heading, unless a control is the obvious next step. */
  readonly initialFocus: HTMLElement;
  /** Stops timers and subscriptions when the screen is left. */
  dispose?(): void;
}
