/**
 * The session: the one public API through which the game, the command-line tools and the tests play
 * an encounter. A pick applies, in order: the Ink choice; each of its actions (logged at the current
 * simulated time, then the clock advanced by its cost); the machine's consequences; the engine's
 * variables written back into the story. Only then does the story continue, so the prose right
 * after a choice already sees the new state.
 */
import { createActor, type Actor, type Snapshot } from 'xstate';
import type { Profile } from './scoring/profile.js';
import { ScenarioError } from './diagnostics.js';
import { EncounterClock } from './encounter/clock.js';
import { encounterMachine } from './encounter/encounter-machine.js';
import { observe, type ObservableState } from './encounter/observe.js';
import { perceive, START_OF_LOG, type PerceptionCursor } from './encounter/perception.js';
import { stateChangeEntries } from './encounter/state-changes.js';
import type { LogEntry, LogSource } from './log.js';
import { seededRandom } from './random.js';
import type { ScenarioBundle } from './scenario/bundle.js';
import type { ScenarioManifest } from './scenario/manifest.js';
import { resolveParameters, resolveStoryParameters, type ResolvedStoryParameter, type ScenarioParameters } from './scenario/parameters.js';
import { buildReport, type Mode, type ScoreReport } from './scoring/report.js';
import type { Rubric } from './scoring/rule.js';
import { ENGINE_VARIABLES, type EngineVariable } from './story/engine-variables.js';
import { InkStory, type RawChoice } from './story/ink-story.js';
import type { ActionRef, EventParams } from './story/parse-tag.js';
import { readChoiceTags, readLineTags, type ChoiceCues } from './story/read-tags.js';
import { actionDefinition, type ActionId } from './vocabulary/actions.js';
import type { Speaker, StoryEventId } from './vocabulary/events.js';

export interface Line {
  readonly text: string;
  readonly speaker?: Speaker;
  readonly sfx: readonly string[];
  readonly bg?: string;
  readonly events: readonly StoryEventId[];
  /** Simulated seconds when the line was output. */
  readonly at: number;
}

export interface Choice {
  /** 0-based index among the current choices: what `choose` takes. */
  readonly index: number;
  readonly text: string;
  readonly actions: readonly ActionRef[];
  /** Simulated seconds the choice takes. */
  readonly seconds: number;
  /** Where the choice is written: its story file and line. */
  readonly source: { readonly file: string; readonly line?: number };
}

export interface Step {
  /** Lines output since the last pick (since the start, before the first). */
  readonly lines: readonly Line[];
  readonly choices: readonly Choice[];
  readonly state: ObservableState;
  /** The story has stopped: no choices, nothing more to say. */
  readonly ended: boolean;
  /** It stopped without reaching `-> END` or `-> DONE`: an authoring mistake (every choice used up). */
  readonly deadEnd: boolean;
  /**
   * Present when the story was stopped by an error (the one `createSession` or `choose` threw): a
   * story that ran away (`RunawayStoryError`) or an Ink runtime error, located at its file and line.
   * The step is then `ended`, with no choices; the session cannot go on.
   */
  readonly error?: ScenarioError;
}

/** One pick, enough to replay it: assess mode also needs the time at which it was made. */
export interface PickRecord {
  readonly index: number;
  /** Simulated seconds when the pick was made. */
  readonly at: number;
  readonly text: string;
  readonly actions: readonly ActionId[];
  /**
   * The Ink path of the chosen choice (`bench.0.110`): the same choice in every attempt on this
   * version of the scenario, whatever else was offered beside it. Absent on picks saved before it was kept.
   */
  readonly path?: string;
  /** In instructor-led mode, the class's vote: how many chose each offered choice, by index. */
  readonly vote?: Readonly<Record<number, number>>;
}

/** What an instructor added to an attempt; kept so the attempt replays exactly and the debrief shows it. */
export type InstructorInput =
  | {
      readonly kind: 'inject';
      readonly event: StoryEventId;
      readonly params: EventParams;
      readonly note?: string;
      readonly at: number;
      readonly afterPick: number;
    }
  | { readonly kind: 'note'; readonly text: string; readonly at: number; readonly afterPick: number };

export interface SessionOptions {
  readonly scenario: ScenarioBundle;
  readonly profile: Profile;
  /** Defaults to the scenario's first locale. */
  readonly locale?: string;
  readonly mode?: Mode;
  readonly seed?: number;
  /**
   * The rubric the session is scored by. The engine knows no rubric of its own: the protocols' one is
   * passed in at one place (src/protocols/scored-session.ts); a test may pass its own.
   */
  readonly rubric: Rubric;
}

export const SNAPSHOT_FORMAT = 'good-call/session';
export const SNAPSHOT_VERSION = 1;

/** Everything needed to resume a session exactly; plain JSON. */
export interface SessionSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  readonly scenario: { readonly id: string; readonly version: number };
  readonly locale: string;
  readonly mode: Mode;
  readonly seed: number;
  readonly profile: Profile;
  readonly clockMs: number;
  readonly ink: string;
  readonly encounter: unknown;
  readonly log: readonly LogEntry[];
  readonly transcript: readonly Line[];
  readonly picks: readonly PickRecord[];
  /** Absent in snapshots taken before instructor-led mode existed. */
  readonly instructorInputs?: readonly InstructorInput[];
  readonly pendingLines: number;
  readonly observed: ObservableState;
  /** The story reached `-> END` or `-> DONE` in its last stretch. */
  readonly reachedEnding: boolean;
}

export type SessionListener = (step: Step) => void;

export interface Session {
  readonly manifest: ScenarioManifest;
  readonly locale: string;
  readonly mode: Mode;
  readonly seed: number;
  readonly profile: Profile;
  readonly parameters: ScenarioParameters;
  /** The manifest's story-only parameters as drawn for this seed (written once into the story). */
  readonly storyParameters: Readonly<Record<string, ResolvedStoryParameter>>;
  /** The current lines, choices and state. Calling it twice returns the same step. */
  next(): Step;
  /**
   * Applies a pick (a 0-based index among the current choices) and continues the story; `vote`
   * records a class's tally (instructor-led mode). Throws a `ScenarioError` when the story fails
   * (a `RunawayStoryError` when it runs on without a choice or an ending); `createSession` throws
   * the same for the opening stretch. Every later `next()` carries it as `error`.
   */
  choose(index: number, options?: { readonly vote?: Readonly<Record<number, number>> }): Step;
  /** Adds an instructor's timestamped note to the log. */
  note(text: string): Step;
  /** Everything an instructor added, in order. */
  instructorInputs(): readonly InstructorInput[];
  /** Lets simulated time pass without an action (assess mode's real time, an instructor's pause ends). */
  elapse(seconds: number): Step;
  /** Raises a story event from outside the story (an instructor's inject). */
  inject(event: StoryEventId, params?: EventParams, note?: string): Step;
  state(): ObservableState;
  snapshot(): SessionSnapshot;
  /**
   * Puts this session back at a snapshot of the same scenario, seed and locale, reusing its loaded
   * story: how the path explorer branches thousands of times without reloading the scenario.
   */
  load(snapshot: SessionSnapshot): Step;
  report(): ScoreReport;
  /** The log so far. */
  log(): readonly LogEntry[];
  /** Every line output so far. */
  transcript(): readonly Line[];
  picks(): readonly PickRecord[];
  subscribe(listener: SessionListener): () => void;
}

/** Per-action costs of a choice; `#time:` sets the choice's total, shared in proportion. */
export function choiceCosts(actions: readonly ActionRef[], totalOverride?: number): number[] {
  const defaults = actions.map((a) => actionDefinition(a.action).seconds);
  if (totalOverride === undefined) return defaults;
  const sum = defaults.reduce((a, b) => a + b, 0);
  if (actions.length === 0) return [];
  const shares = defaults.map((d) => Math.floor((sum === 0 ? 1 / actions.length : d / sum) * totalOverride));
  const remainder = totalOverride - shares.reduce((a, b) => a + b, 0);
  shares[shares.length - 1] = (shares[shares.length - 1] ?? 0) + remainder;
  return shares;
}

interface Internals {
  options: Required<SessionOptions>;
  parameters: ScenarioParameters;
  storyParameters: Readonly<Record<string, ResolvedStoryParameter>>;
  /** How far the log has been read for what the officer perceived (perception.ts). */
  perception: PerceptionCursor;
  clock: EncounterClock;
  actor: Actor<typeof encounterMachine>;
  readonly story: InkStory;
  log: LogEntry[];
  transcript: Line[];
  picks: PickRecord[];
  instructorInputs: InstructorInput[];
  pendingLines: number;
  observed: ObservableState;
}

function chooseLocale(manifest: ScenarioManifest, stories: ScenarioBundle['stories'], wanted?: string): string {
  const locale = wanted ?? manifest.locales[0] ?? 'en';
  if (!stories[locale]) {
    const available = Object.keys(stories).join(', ') || 'none';
    throw new ScenarioError([
      {
        file: `${manifest.id}/${locale}.ink`,
        severity: 'error',
        message: `no compiled story for locale "${locale}" (available: ${available})`,
      },
    ]);
  }
  return locale;
}

function createEncounterActor(
  clock: EncounterClock,
  manifest: ScenarioManifest,
  parameters: ScenarioParameters,
  snapshot?: Snapshot<unknown>,
): Actor<typeof encounterMachine> {
  return createActor(encounterMachine, {
    clock,
    input: { kind: manifest.kind, parameters },
    ...(snapshot ? { snapshot: snapshot as never } : {}),
  });
}

class EncounterSession implements Session {
  private readonly s: Internals;
  private readonly listeners = new Set<SessionListener>();
  private currentChoices: Choice[] = [];
  private rawChoices: RawChoice[] = [];
  /** What each current choice's tags say, read once when it is offered. */
  private choiceCues: ChoiceCues[] = [];
  private failure: ScenarioError | undefined;
  private lastState:
    | {
        readonly now: number;
        readonly snapshot: unknown;
        readonly log: readonly LogEntry[];
        readonly logLength: number;
        readonly state: ObservableState;
      }
    | undefined;

  /** The engine variables this story declares: the others are never written, so never worked out. */
  private readonly declaredVariables: readonly EngineVariable[];

  constructor(internals: Internals, restoring: boolean) {
    this.s = internals;
    this.declaredVariables = ENGINE_VARIABLES.filter((variable) => internals.story.declares(variable.name));
    if (!restoring) {
      this.recordState();
      this.writeVariables();
      this.continueStory();
    } else {
      this.readChoices();
    }
  }

  get manifest(): ScenarioManifest {
    return this.s.options.scenario.manifest;
  }
  get locale(): string {
    return this.s.options.locale;
  }
  get mode(): Mode {
    return this.s.options.mode;
  }
  get seed(): number {
    return this.s.options.seed;
  }
  get profile(): Profile {
    return this.s.options.profile;
  }
  get parameters(): ScenarioParameters {
    return this.s.parameters;
  }
  get storyParameters(): Readonly<Record<string, ResolvedStoryParameter>> {
    return this.s.storyParameters;
  }

  private nowSeconds(): number {
    return this.s.clock.now() / 1000;
  }

  state(): ObservableState {
    const now = this.s.clock.now();
    const { log } = this.s;
    const snapshot = this.s.actor.getSnapshot();
    const last = this.lastState;
    // Asked for after every line and every step of the clock, mostly with nothing changed since.
    if (last && last.now === now && last.snapshot === snapshot && last.log === log && last.logLength === log.length) return last.state;
    this.s.perception = perceive(log, this.s.perception, now / 1000, this.manifest.kind);
    const state = observe(snapshot, now, this.s.perception.perception);
    this.lastState = { now, snapshot, log, logLength: log.length, state };
    return state;
  }

  private recordState(): void {
    const next = this.state();
    const previous = this.s.log.length === 0 ? undefined : this.s.observed;
    this.s.log.push(...stateChangeEntries(previous, next));
    this.s.observed = next;
  }

  private writeVariables(): void {
    const state = this.state();
    for (const variable of this.declaredVariables) this.s.story.write(variable.name, variable.read(state, this.s.options.mode));
  }

  private advance(seconds: number): void {
    if (seconds <= 0) return;
    this.s.clock.advanceTo(this.s.clock.now() + seconds * 1000, () => this.recordState());
  }

  private raiseEvent(event: StoryEventId, params: EventParams, source: LogSource): void {
    const at = this.nowSeconds();
    this.s.log.push({ at, kind: 'event', id: event, params: { ...params }, source });
    this.s.actor.send({ type: 'story event', at: this.s.clock.now(), event, params });
    this.recordState();
  }

  private continueStory(): void {
    try {
      this.continueLines();
    } catch (error) {
      // The story stopped mid-stretch: nothing it offered before may be picked.
      this.currentChoices = [];
      this.rawChoices = [];
      this.choiceCues = [];
      if (error instanceof ScenarioError) this.failure = error;
      throw error;
    }
    this.readChoices();
  }

  private continueLines(): void {
    const { story } = this.s;
    while (story.canContinue) {
      const raw = story.continueOne();
      const cues = readLineTags(raw.tags, raw.tagLocations);
      for (const { event, params, location } of cues.events) {
        const { path, file, line } = location;
        this.raiseEvent(event, params, { origin: 'story', path, file, ...(line !== undefined ? { line } : {}) });
      }
      this.writeVariables();
      if (raw.text.trim() === '' && cues.sfx.length === 0 && cues.bg === undefined) continue;
      this.s.transcript.push({
        text: raw.text,
        ...(cues.speaker ? { speaker: cues.speaker } : {}),
        sfx: cues.sfx,
        ...(cues.bg ? { bg: cues.bg } : {}),
        events: cues.events.map((e) => e.event),
        at: this.nowSeconds(),
      });
      this.s.pendingLines++;
    }
  }

  private readChoices(): void {
    this.rawChoices = this.s.story.choices();
    this.choiceCues = [];
    this.choiceCues = this.rawChoices.map((raw) => readChoiceTags(raw.tags, raw.location));
    this.currentChoices = this.rawChoices.map((raw, index) => {
      const cues = this.choiceCues[index]!;
      const seconds = choiceCosts(cues.actions, cues.seconds).reduce((a, b) => a + b, cues.actions.length === 0 ? (cues.seconds ?? 0) : 0);
      const { file, line } = raw.location;
      return { index, text: raw.text, actions: cues.actions, seconds, source: { file, ...(line !== undefined ? { line } : {}) } };
    });
  }

  next(): Step {
    const { transcript, pendingLines } = this.s;
    return {
      lines: transcript.slice(transcript.length - pendingLines),
      choices: this.currentChoices,
      state: this.state(),
      ended: this.s.story.ended,
      deadEnd: this.failure === undefined && this.s.story.deadEnd,
      ...(this.failure ? { error: this.failure } : {}),
    };
  }

  choose(index: number, options: { readonly vote?: Readonly<Record<number, number>> } = {}): Step {
    if (this.failure) throw this.failure;
    const choice = this.currentChoices[index];
    const raw = this.rawChoices[index];
    if (!choice || !raw) {
      throw new RangeError(`no choice ${index}: ${this.currentChoices.length} choices are offered`);
    }
    const pick = this.s.picks.length;
    this.s.picks.push({
      index,
      at: this.nowSeconds(),
      text: choice.text,
      actions: choice.actions.map((a) => a.action),
      path: raw.location.path,
      ...(options.vote ? { vote: { ...options.vote } } : {}),
    });
    this.s.story.choose(raw.index);
    this.s.pendingLines = 0;

    // Read again only if they could not all be read when offered: the same error then.
    const cues = this.choiceCues[index] ?? readChoiceTags(raw.tags, raw.location);
    const costs = choiceCosts(cues.actions, cues.seconds);
    const { path, file, line } = raw.location;
    const source: LogSource = { origin: 'choice', pick, path, file, ...(line !== undefined ? { line } : {}) };
    cues.actions.forEach((ref, i) => {
      const cost = costs[i] ?? 0;
      const startMs = this.s.clock.now();
      this.s.log.push({ at: startMs / 1000, kind: 'action', id: ref.action, params: { ...ref.params }, source, seconds: cost });
      this.s.actor.send({ type: 'action', at: startMs, action: ref.action, params: ref.params, until: startMs + cost * 1000 });
      this.recordState();
      this.advance(cost);
    });
    if (cues.actions.length === 0) this.advance(cues.seconds ?? 0);
    this.writeVariables();
    this.continueStory();
    return this.notify();
  }

  elapse(seconds: number): Step {
    // Once the story has ended nothing more happens to anyone in it.
    if (this.s.story.ended) return this.next();
    this.advance(seconds);
    this.writeVariables();
    return this.notify();
  }

  inject(event: StoryEventId, params: EventParams = {}, note?: string): Step {
    this.s.instructorInputs.push({
      kind: 'inject',
      event,
      params: { ...params },
      ...(note !== undefined ? { note } : {}),
      at: this.nowSeconds(),
      afterPick: this.s.picks.length,
    });
    this.raiseEvent(event, params, { origin: 'instructor', ...(note !== undefined ? { note } : {}) });
    this.writeVariables();
    return this.notify();
  }

  note(text: string): Step {
    const at = this.nowSeconds();
    this.s.instructorInputs.push({ kind: 'note', text, at, afterPick: this.s.picks.length });
    this.s.log.push({ at, kind: 'note', id: 'instructor_note', params: { text }, source: { origin: 'instructor' } });
    return this.notify();
  }

  instructorInputs(): readonly InstructorInput[] {
    return this.s.instructorInputs;
  }

  private notify(): Step {
    const step = this.next();
    for (const listener of this.listeners) listener(step);
    return step;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  log(): readonly LogEntry[] {
    return this.s.log;
  }

  transcript(): readonly Line[] {
    return this.s.transcript;
  }

  picks(): readonly PickRecord[] {
    return this.s.picks;
  }

  report(): ScoreReport {
    const { manifest, profile } = this;
    return buildReport({
      rubric: this.s.options.rubric,
      log: [...this.s.log],
      pickTimes: this.s.picks.map((p) => p.at),
      profile,
      scenario: { id: manifest.id, version: manifest.version, kind: manifest.kind, parameters: this.s.parameters },
      final: this.state(),
      locale: this.locale,
      seed: this.seed,
      mode: this.mode,
    });
  }

  // Log entries, lines and picks are never changed once made, so copying the arrays is enough; the
  // machine's persisted snapshot is fresh data, and the profile is shared read-only.
  snapshot(): SessionSnapshot {
    const { manifest } = this;
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      scenario: { id: manifest.id, version: manifest.version },
      locale: this.locale,
      mode: this.mode,
      seed: this.seed,
      profile: this.profile,
      clockMs: this.s.clock.now(),
      ink: this.s.story.saveState(),
      encounter: this.s.actor.getPersistedSnapshot(),
      log: [...this.s.log],
      transcript: [...this.s.transcript],
      picks: [...this.s.picks],
      instructorInputs: [...this.s.instructorInputs],
      pendingLines: this.s.pendingLines,
      observed: this.s.observed,
      reachedEnding: this.s.story.endedProperly,
    };
  }

  load(snapshot: SessionSnapshot): Step {
    checkSnapshot(snapshot, this.manifest);
    const { clock, actor } = startEncounter(this.manifest, this.s.parameters, snapshot);
    this.s.actor.stop();
    this.s.clock = clock;
    this.s.actor = actor;
    this.s.story.loadState(snapshot.ink, snapshot.reachedEnding);
    this.s.log = [...snapshot.log];
    this.s.perception = START_OF_LOG;
    this.s.transcript = [...snapshot.transcript];
    this.s.picks = [...snapshot.picks];
    this.s.instructorInputs = [...(snapshot.instructorInputs ?? [])];
    this.s.pendingLines = snapshot.pendingLines;
    this.s.observed = snapshot.observed;
    this.failure = undefined;
    this.readChoices();
    return this.next();
  }
}

export function createSession(options: SessionOptions): Session {
  const { manifest, stories } = options.scenario;
  const seed = options.seed ?? 1;
  const locale = chooseLocale(manifest, stories, options.locale);
  const { parameters, storyParameters } = drawVariant(manifest, seed);
  const clock = new EncounterClock();
  const actor = createEncounterActor(clock, manifest, parameters);
  actor.start();
  const story = new InkStory(stories[locale]!, seed);
  for (const [name, value] of Object.entries(storyParameters)) story.write(name, value);
  const mode = options.mode ?? 'learn';
  return new EncounterSession(
    {
      options: { scenario: options.scenario, profile: options.profile, locale, mode, seed, rubric: options.rubric },
      parameters,
      storyParameters,
      perception: START_OF_LOG,
      clock,
      actor,
      story,
      log: [],
      transcript: [],
      picks: [],
      instructorInputs: [],
      pendingLines: 0,
      observed: observe(actor.getSnapshot(), 0),
    },
    false,
  );
}

/** The variant a seed gives: the engine's parameters first, then the story's own, from one random stream. */
export function drawVariant(manifest: ScenarioManifest, seed: number) {
  const random = seededRandom(seed);
  const parameters = resolveParameters(manifest.parameters, random);
  return { parameters, storyParameters: resolveStoryParameters(manifest.storyParameters, random) };
}

function checkSnapshot(snapshot: SessionSnapshot, manifest: ScenarioManifest): void {
  if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.version !== SNAPSHOT_VERSION) {
    throw new Error(
      `not a session snapshot this version can read (format ${String(snapshot.format)}, version ${String(snapshot.version)})`,
    );
  }
  if (snapshot.scenario.id !== manifest.id || snapshot.scenario.version !== manifest.version) {
    throw new Error(
      `the snapshot was taken on ${snapshot.scenario.id} version ${snapshot.scenario.version}, not ${manifest.id} version ${manifest.version}`,
    );
  }
}

/** A running encounter at a snapshot's moment: the clock set, every pending timer re-armed. */
function startEncounter(manifest: ScenarioManifest, parameters: ScenarioParameters, snapshot: SessionSnapshot) {
  const clock = new EncounterClock();
  clock.set(snapshot.clockMs);
  const actor = createEncounterActor(clock, manifest, parameters, snapshot.encounter as Snapshot<unknown>);
  // XState keeps a snapshot it cannot restore as an error and, once started, throws it later from a
  // timer where nobody can catch it: refuse it here instead.
  const restored = actor.getSnapshot() as { status?: string; error?: unknown };
  if (restored.status === 'error') {
    const cause = restored.error instanceof Error ? restored.error.message : String(restored.error);
    throw new Error(`the saved encounter does not restore: ${cause}`);
  }
  actor.start();
  return { clock, actor };
}

/** Resumes a session exactly where its snapshot was taken. The scenario must be the one it was played on. */
export function restoreSession(snapshot: SessionSnapshot, scenario: ScenarioBundle, rubric: Rubric): Session {
  const { manifest, stories } = scenario;
  checkSnapshot(snapshot, manifest);
  const locale = chooseLocale(manifest, stories, snapshot.locale);
  const { parameters, storyParameters } = drawVariant(manifest, snapshot.seed);
  const { clock, actor } = startEncounter(manifest, parameters, snapshot);
  const story = new InkStory(stories[locale]!, snapshot.seed);
  story.loadState(snapshot.ink, snapshot.reachedEnding);
  return new EncounterSession(
    {
      options: { scenario, profile: snapshot.profile, locale, mode: snapshot.mode, seed: snapshot.seed, rubric },
      parameters,
      storyParameters,
      perception: START_OF_LOG,
      clock,
      actor,
      story,
      log: [...snapshot.log],
      transcript: [...snapshot.transcript],
      picks: [...snapshot.picks],
      instructorInputs: [...(snapshot.instructorInputs ?? [])],
      pendingLines: snapshot.pendingLines,
      observed: snapshot.observed,
    },
    true,
  );
}
