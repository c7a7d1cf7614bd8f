/**
 * The Ink runtime as the session needs it: lines with their tags and locations, choices with theirs,
 * the engine-written variables, and the state to save. Only the inkjs runtime is imported here.
 */
import { Story } from 'inkjs';
import { ScenarioError, type Diagnostic } from '../diagnostics.js';
import { locateTag, type CompiledStory } from './compiled-story.js';

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

/** inkjs ControlCommand.CommandType.Done and End. */
const INK_DONE = 19;
const INK_END = 20;

export class InkStory {
  private readonly story: Story;
  private readonly compiled: CompiledStory;
  private readonly globalTags: readonly string[];
  private readonly runtimeErrors: string[] = [];
  private startedOutput: boolean;
  private reachedEnding = false;

  constructor(compiled: CompiledStory, seed: number) {
    this.compiled = compiled;
    this.story = new Story(compiled.json);
    this.story.onError = (message: string) => {
      this.runtimeErrors.push(message);
    };
    this.story.state.storySeed = seed;
    this.globalTags = this.story.globalTags ?? [];
    this.startedOutput = false;
    this.watchForEndings();
  }

  /**
   * Notes when the story performs `-> END` or `-> DONE`. Ink stops silently when a knot runs out of
   * choices too, and only this tells such a dead end from an ending.
   */
  private watchForEndings(): void {
    const story = this.story;
    const perform = story.PerformLogicAndFlowControl.bind(story);
    story.PerformLogicAndFlowControl = (content) => {
      const command = (content as { commandType?: number } | null)?.commandType;
      if (command === INK_DONE || command === INK_END) this.reachedEnding = true;
      return perform(content);
    };
  }

  /** The story stopped without reaching `-> END` or `-> DONE`: every choice used up, a dead end. */
  get deadEnd(): boolean {
    return this.ended && !this.reachedEnding;
  }

  get file(): string {
    return this.compiled.file;
  }

  get canContinue(): boolean {
    return this.story.canContinue;
  }

  get ended(): boolean {
    return !this.story.canContinue && this.story.currentChoices.length === 0;
  }

  private locateChoice(path: string): StoryLocation {
    const line = this.compiled.sourceMap.choices[path];
    return line === undefined ? { path, file: this.compiled.file } : { path, file: this.compiled.file, line };
  }

  private locateLineTag(tag: string, startPath: string): StoryLocation {
    const found = locateTag(this.compiled.sourceMap, tag, startPath);
    return found ? { path: found[0], file: this.compiled.file, line: found[1] } : { path: startPath, file: this.compiled.file };
  }

  /** Outputs one line; the global header tags that inkjs repeats on the first line are dropped. */
  continueOne(): RawLine {
    const startPath = this.story.state.currentPathString ?? '';
    const text = this.story.Continue() ?? '';
    this.throwRuntimeErrors();
    let tags = this.story.currentTags ?? [];
    if (!this.startedOutput) {
      this.startedOutput = true;
      let skip = 0;
      while (skip < this.globalTags.length && tags[skip] === this.globalTags[skip]) skip++;
      tags = tags.slice(skip);
    }
    return { text: text.replace(/\n$/, ''), tags, tagLocations: tags.map((tag) => this.locateLineTag(tag, startPath)) };
  }

  choices(): RawChoice[] {
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text,
      tags: c.tags ?? [],
      location: this.locateChoice(c.sourcePath),
    }));
  }

  choose(index: number): void {
    this.reachedEnding = false;
    this.story.ChooseChoiceIndex(index);
    this.throwRuntimeErrors();
  }

  declares(name: string): boolean {
    return this.story.variablesState.GlobalVariableExistsWithName(name);
  }

  /** Writes an engine variable the story declares; undeclared ones are left alone. */
  write(name: string, value: InkValue): void {
    if (!this.declares(name)) return;
    this.story.variablesState.$(name, value);
  }

  read(name: string): unknown {
    return this.declares(name) ? this.story.variablesState.$(name) : undefined;
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string, reachedEnding: boolean): void {
    this.story.state.LoadJson(json);
    this.startedOutput = true;
    this.reachedEnding = reachedEnding;
  }

  /** Whether the last stretch of story reached `-> END` or `-> DONE` (kept in snapshots). */
  get endedProperly(): boolean {
    return this.reachedEnding;
  }

  private throwRuntimeErrors(): void {
    // Running out of content is the story's dead end, not a crash: the session ends it and the
    // checker reports it at the choice that led there.
    const errors = [...new Set([...this.runtimeErrors, ...(this.story.currentErrors ?? [])])].filter((e) => !/ran out of content/.test(e));
    this.runtimeErrors.length = 0;
    if (errors.length === 0) return;
    const diagnostics: Diagnostic[] = errors.map((message) => {
      const match = /line (\d+):\s*(.*)$/s.exec(message);
      return match
        ? { file: this.compiled.file, line: Number(match[1]), severity: 'error', message: (match[2] ?? message).trim() }
        : { file: this.compiled.file, severity: 'error', message };
    });
    throw new ScenarioError(diagnostics);
  }
}
