/**
 * The Ink runtime as the session needs it: lines with their tags and locations, choices with theirs,
 * the engine-written variables, and the state to save. Only the inkjs runtime is imported here.
 */
import { Story } from 'inkjs';
import { ScenarioError, type Diagnostic } from '../diagnostics.js';
import { locateKnot, locateTag, type CompiledStory } from './compiled-story.js';
import { RunawayWatch, type WatchedStory } from './runaway.js';

export interface StoryLocation {
  /** The Ink path of the content (`beside_patient.0.c-1`). */
  readonly path: string;
  readonly file: string;
  readonly line?: number;
}

export interface RawLine {
  readonly text: string;
  readonly tags: readonly string[];
  /** Where each tag came from, parallel to `tags`. */
  readonly tagLocations: readonly StoryLocation[];
}

export interface RawChoice {
  /** 0-based index among the current choices. */
  readonly index: number;
  readonly text: string;
  readonly tags: readonly string[];
  readonly location: StoryLocation;
}

export type InkValue = string | number | boolean;

type InkPointer = Story['state']['currentPointer'];

/** The Ink path of a pointer (a copy, as inkjs hands it over), worked out when first asked for. */
function pathAt(pointer: InkPointer): () => string {
  let path: string | undefined;
  return () => (path ??= pointer.path?.toString() ?? '');
}

/**
 * The inkjs story with its every step watched (runaway.ts) and its endings seen. A subclass rather
 * than methods replaced on the story: inkjs calls these once per step, and that is its hot path.
 */
class WatchedInkStory extends Story {
  // Unset while inkjs's constructor runs the global declarations: those steps are not the story's.
  private watch: RunawayWatch | undefined;
  private onEnding: () => void = () => {};

  constructor(json: string, watch: RunawayWatch, onEnding: () => void) {
    super(json);
    this.watch = watch;
    this.onEnding = onEnding;
  }

  override ContinueSingleStep(): boolean {
    this.watch?.step(this as unknown as WatchedStory);
    return super.ContinueSingleStep();
  }

  override PerformLogicAndFlowControl(content: Parameters<Story['PerformLogicAndFlowControl']>[0]): boolean {
    const watch = this.watch;
    if (watch === undefined) return super.PerformLogicAndFlowControl(content);
    if (watch.see(content)) this.onEnding();
    const result = super.PerformLogicAndFlowControl(content);
    watch.performed(content, this as unknown as WatchedStory);
    return result;
  }
}

export class InkStory {
  private story: Story;
  private readonly compiled: CompiledStory;
  private readonly globalTags: readonly string[];
  private readonly runtimeErrors: string[] = [];
  private readonly runaway: RunawayWatch;
  /** The error that stopped the story; inkjs is left mid-step, so nothing more is asked of it. */
  private failure: ScenarioError | undefined;
  private halfLoaded = false;
  private startedOutput: boolean;
  private reachedEnding = false;
  /** Where each tag written once in the source came from, by its text as inkjs hands it over. */
  private readonly tagLocations = new Map<string, StoryLocation>();
  /** Where each other tag came from, by the place in the story its line began at (which gives its path). */
  private readonly tagLocationsAt = new WeakMap<object, Map<string, StoryLocation>>();
  /** Which names the compiled story declares as global variables: fixed for the story, so asked once. */
  private readonly declared = new Map<string, boolean>();

  constructor(compiled: CompiledStory, seed: number) {
    this.compiled = compiled;
    this.runaway = new RunawayWatch(compiled.file, compiled.sourceMap);
    this.story = this.createStory();
    this.story.state.storySeed = seed;
    this.globalTags = this.story.globalTags ?? [];
    this.startedOutput = false;
  }

  private createStory(): Story {
    // Ink stops silently when a knot runs out of choices too: only seeing `-> END` or `-> DONE`
    // performed tells such a dead end from an ending.
    const story = new WatchedInkStory(this.compiled.json, this.runaway, () => {
      this.reachedEnding = true;
    });
    story.onError = (message: string) => {
      this.runtimeErrors.push(message);
    };
    // An EXTERNAL function is played by the Ink function of the same name (the compiler refuses one without).
    story.allowExternalFunctionFallbacks = true;
    return story;
  }

  /** The story stopped without reaching `-> END` or `-> DONE`: every choice used up, a dead end. */
  get deadEnd(): boolean {
    return this.ended && !this.reachedEnding;
  }

  get file(): string {
    return this.compiled.file;
  }

  get canContinue(): boolean {
    return this.failure === undefined && this.story.canContinue;
  }

  get ended(): boolean {
    return !this.canContinue && (this.failure !== undefined || this.story.currentChoices.length === 0);
  }

  private locateChoice(path: string): StoryLocation {
    const line = this.compiled.sourceMap.choices[path];
    return line === undefined ? { path, file: this.compiled.file } : { path, file: this.compiled.file, line };
  }

  /**
   * Where a line's tag came from, for a line begun at `start`; its path is asked for only when the
   * tag's text is not enough. Both answers are fixed for the story, so each is worked out once.
   */
  private locateLineTag(tag: string, start: InkPointer, startPath: () => string): StoryLocation {
    const fixed = this.tagLocations.get(tag);
    if (fixed) return fixed;
    const { container, index } = start;
    const near = container ? this.tagLocationsAt.get(container)?.get(`${index} ${tag}`) : undefined;
    if (near) return near;
    const at = startPath();
    const found = locateTag(this.compiled.sourceMap, tag, at);
    const location = found ? { path: found[0], file: this.compiled.file, line: found[1] } : { path: at, file: this.compiled.file };
    // A tag text written once in the source is found there whatever path the story is at.
    if ((this.compiled.sourceMap.tags[tag.trim()] ?? []).length === 1) this.tagLocations.set(tag, location);
    else if (container) {
      let atContainer = this.tagLocationsAt.get(container);
      if (!atContainer) this.tagLocationsAt.set(container, (atContainer = new Map()));
      atContainer.set(`${index} ${tag}`, location);
    }
    return location;
  }

  /** Outputs one line; the global header tags that inkjs repeats on the first line are dropped. */
  continueOne(): RawLine {
    if (this.failure) throw this.failure;
    // The path is only needed to locate an error or an ambiguous tag: building its text for every
    // line cost more than the rest of the engine's reading of the line.
    const start = this.story.state.currentPointer;
    const startPath = pathAt(start);
    let text: string;
    try {
      text = this.story.Continue() ?? '';
      this.runaway.check(this.story as unknown as WatchedStory);
    } catch (error) {
      throw this.fail(error, startPath());
    }
    this.throwRuntimeErrors(startPath);
    let tags = this.story.currentTags ?? [];
    if (!this.startedOutput) {
      this.startedOutput = true;
      let skip = 0;
      while (skip < this.globalTags.length && tags[skip] === this.globalTags[skip]) skip++;
      tags = tags.slice(skip);
    }
    return {
      text: text.endsWith('\n') ? text.slice(0, -1) : text,
      tags,
      tagLocations: tags.length === 0 ? [] : tags.map((tag) => this.locateLineTag(tag, start, startPath)),
    };
  }

  choices(): RawChoice[] {
    if (this.failure) return [];
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text,
      tags: c.tags ?? [],
      location: this.locateChoice(c.sourcePath),
    }));
  }

  choose(index: number): void {
    if (this.failure) throw this.failure;
    this.reachedEnding = false;
    this.runaway.reset();
    const at = pathAt(this.story.state.currentPointer);
    try {
      this.story.ChooseChoiceIndex(index);
    } catch (error) {
      throw this.fail(error, at());
    }
    this.throwRuntimeErrors(at);
  }

  declares(name: string): boolean {
    let declared = this.declared.get(name);
    if (declared === undefined) {
      declared = this.story.variablesState.GlobalVariableExistsWithName(name);
      this.declared.set(name, declared);
    }
    return declared;
  }

  /** Writes an engine variable the story declares; undeclared ones are left alone, unchanged ones too. */
  write(name: string, value: InkValue): void {
    if (!this.declares(name)) return;
    const variables = this.story.variablesState;
    if (variables.$(name) === value) return;
    variables.$(name, value);
  }

  read(name: string): unknown {
    return this.declares(name) ? this.story.variablesState.$(name) : undefined;
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string, reachedEnding: boolean): void {
    if (this.failure || this.halfLoaded) {
      this.story = this.createStory();
      this.failure = undefined;
      this.runtimeErrors.length = 0;
    }
    this.runaway.reset();
    // A state inkjs refuses may leave it half loaded: the next load starts from a fresh story.
    this.halfLoaded = true;
    this.story.state.LoadJson(json);
    this.halfLoaded = false;
    this.startedOutput = true;
    this.reachedEnding = reachedEnding;
  }

  /** Whether the last stretch of story reached `-> END` or `-> DONE` (kept in snapshots). */
  get endedProperly(): boolean {
    return this.reachedEnding;
  }

  /** Whatever inkjs threw, as a located error; the story is not asked for anything more. */
  private fail(error: unknown, path: string): ScenarioError {
    this.failure =
      error instanceof ScenarioError
        ? error
        : new ScenarioError([this.locate(error instanceof Error ? error.message : String(error), path)]);
    return this.failure;
  }

  /** An inkjs message at its line when it names one, else at the first line of the knot it happened in. */
  private locate(raw: string, path: string): Diagnostic {
    let message = raw.replace(/^(?:Error:\s*)?(?:RUNTIME ERROR:\s*)?(?:'[^']*'\s*)?/, '').trim();
    const match = /line (\d+):\s*(.*)$/s.exec(message);
    if (match) return { file: this.compiled.file, line: Number(match[1]), severity: 'error', message: (match[2] ?? message).trim() };
    // inkjs names where it was as "(Ink Pointer -> sums.0 -- index 4): ".
    const pointer = /^\(Ink Pointer -> (\S+) -- index \d+\):\s*/.exec(message);
    if (pointer) message = message.slice(pointer[0].length);
    const map = this.compiled.sourceMap;
    const knot = [pointer?.[1], this.story.state.currentPathString, path]
      .map((at) => (at ? locateKnot(map, at) : undefined))
      .find((found) => found !== undefined);
    return {
      file: this.compiled.file,
      ...(knot?.line !== undefined ? { line: knot.line } : {}),
      severity: 'error',
      message: knot ? `in ${knot.knot}: ${message}` : message,
    };
  }

  private throwRuntimeErrors(path: () => string): void {
    if (this.runtimeErrors.length === 0 && (this.story.currentErrors?.length ?? 0) === 0) return;
    // Running out of content is the story's dead end, not a crash: the session ends it and the
    // checker reports it at the choice that led there.
    const errors = [...new Set([...this.runtimeErrors, ...(this.story.currentErrors ?? [])])].filter((e) => !/ran out of content/.test(e));
    this.runtimeErrors.length = 0;
    if (errors.length === 0) return;
    const at = path();
    throw new ScenarioError(errors.map((message) => this.locate(message, at)));
  }
}
