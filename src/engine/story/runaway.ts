/**
 * A story that runs on without offering a choice or reaching an ending would hang whatever plays it
 * (the game's tab, the author preview, `play`, the checker): a knot that diverts to itself, a function
 * that calls itself without end, a tunnel into itself. inkjs never returns from one `Continue()` on
 * unbounded recursion, so the watch counts its interpreter steps one by one (its single-step loop
 * calls `step`, its flow control `see` and `performed`) and the depth of its call stack, and stops the story past fixed limits. Counted steps, not
 * time: the same story stops at the same step on every machine, however loaded.
 */
import { ScenarioError } from '../diagnostics.js';
import { locateKnot, type SourceMap } from './compiled-story.js';

/**
 * Interpreter steps the story may take between two choices (or from the start to the first). The
 * longest stretch in the shipped scenarios takes under 600.
 */
export const STEP_BUDGET = 100_000;
/** Functions and tunnels the story may be inside at once. The shipped scenarios never go past 2. */
export const CALL_DEPTH_LIMIT = 200;
/**
 * Pieces of output one line may grow to (the shipped scenarios' longest has 13): a loop that writes
 * without ever ending its line slows every step as the line grows, so it is stopped sooner.
 */
export const LINE_PIECES_LIMIT = 1_000;
/** Steps watched past the budget to see what the story repeats, for the message. */
const WATCHED_STEPS = 2_000;

export type RunawayKind = 'loop' | 'recursion' | 'tunnel';

/** What a runaway story was doing when it was stopped. */
export interface Runaway {
  /** A loop with no choice, a function calling itself without end, or a tunnel entering itself. */
  readonly kind: RunawayKind;
  readonly file: string;
  /** The knot (`loop`, `beside_patient.call`) or function it went round in, when known. */
  readonly knot?: string;
  /** The line where it loops: the divert or call that goes round again, else the knot's first line. */
  readonly line?: number;
  /** What it kept doing: lines of text it repeated, or the divert or call it kept taking. */
  readonly repeated: readonly string[];
  /** Interpreter steps since the last choice when it was stopped. */
  readonly steps: number;
  /** Functions and tunnels it was inside when it was stopped. */
  readonly depth: number;
}

function describe(r: Runaway): string {
  const knot = r.knot !== undefined ? `"${r.knot}"` : 'the story';
  const quoted = r.repeated.map((s) => `"${s}"`).join(', ');
  const several = r.repeated.length > 1;
  switch (r.kind) {
    case 'recursion':
      return `${several ? 'functions' : 'function'} ${several ? quoted : knot} ${several ? 'call each other' : `calls itself (${quoted})`} without end, ${r.depth} calls deep: the story was stopped; call again only under a condition that ends`;
    case 'tunnel':
      return `${several ? 'tunnels' : 'tunnel'} ${several ? quoted : knot} ${several ? 'enter each other' : `enters itself (${quoted})`} without end, ${r.depth} deep: the story was stopped; return with ->-> or offer a choice first`;
    case 'loop':
      return `the story runs on in ${knot} without offering a choice or reaching an ending${quoted ? `, repeating ${quoted}` : ''}: it was stopped after ${r.steps.toLocaleString('en-US')} steps; offer a choice in the loop or a way to -> END`;
  }
}

/**
 * Thrown by the session (`createSession`, `choose`, `restoreSession`'s first continue) when the story
 * runs away. Like every `ScenarioError` it carries a located diagnostic (file and line), so whatever
 * shows a scenario's problems shows this one; `runaway` says what happened for those who want more.
 * The session it came from cannot go on: start a new one (or `load` a snapshot taken before).
 */
export class RunawayStoryError extends ScenarioError {
  readonly runaway: Runaway;

  constructor(runaway: Runaway) {
    super([
      { file: runaway.file, ...(runaway.line !== undefined ? { line: runaway.line } : {}), severity: 'error', message: describe(runaway) },
    ]);
    this.name = 'RunawayStoryError';
    this.runaway = runaway;
  }
}

/** The parts of inkjs's Story the watch uses. Duck-typed: the bundled classes have minified names. */
interface CallFrame {
  readonly type: number;
  readonly currentPointer: { readonly path: { toString(): string } | null; Resolve(): unknown };
}
export interface WatchedStory {
  readonly canContinue: boolean;
  readonly state: {
    readonly currentPathString: string | null;
    readonly outputStream: readonly unknown[];
    readonly callStack: { readonly depth: number; readonly elements: readonly CallFrame[] };
  };
}

interface Content {
  readonly commandType?: number;
  readonly value?: unknown;
  readonly isNewline?: boolean;
  readonly pushesToStack?: boolean;
  readonly path?: { toString(): string };
}

/** inkjs PushPopType.Function; ControlCommand.CommandType.Done, End, BeginTag and EndTag. */
const FUNCTION = 1;
const INK_DONE = 19;
const INK_END = 20;
const BEGIN_TAG = 24;
const END_TAG = 25;

function mostCommon(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}

function lastOf<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

function clip(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/** What the story did in the steps watched past the budget. */
class Watching {
  steps = 0;
  readonly knots = new Map<string, number>();
  readonly lines: string[] = [];
  readonly diverts: string[] = [];
  private text = '';
  private inTag = false;

  /** inkjs looks one line ahead and then rewinds: what it wrote past the line's end is written again. */
  lineEnded(): void {
    this.text = '';
  }

  see(content: Content): void {
    if (content.commandType === BEGIN_TAG) this.inTag = true;
    else if (content.commandType === END_TAG) this.inTag = false;
    else if (content.pushesToStack !== undefined && content.path) this.diverts.push(content.path.toString());
    else if (!this.inTag && typeof content.value === 'string') {
      if (content.isNewline || content.value === '\n') {
        const line = clip(this.text);
        if (line !== '' && !this.lines.includes(line)) this.lines.push(line);
        this.text = '';
      } else this.text += content.value;
    }
  }
}

export class RunawayWatch {
  private steps = 0;
  private watching: Watching | undefined;

  constructor(
    private readonly file: string,
    private readonly sourceMap: SourceMap,
  ) {}

  /** Counts one interpreter step, before the story takes it (the story's single step calls it). */
  step(story: WatchedStory): void {
    this.steps++;
    if (this.watching || this.steps > STEP_BUDGET || (this.steps % 64 === 0 && story.state.outputStream.length > LINE_PIECES_LIMIT))
      this.watchStep(story);
  }

  /**
   * Sees a piece of content before the story performs it (the story's flow control calls it);
   * whether it is `-> END` or `-> DONE`.
   */
  see(content: unknown): boolean {
    const c = content as Content | null;
    if (c && this.watching) this.watching.see(c);
    const command = c?.commandType;
    return command === INK_DONE || command === INK_END;
  }

  /** After the story performed a piece of content: a call or tunnel past the depth limit stops it. */
  performed(content: unknown, story: WatchedStory): void {
    if ((content as Content | null)?.pushesToStack === true && story.state.callStack.depth > CALL_DEPTH_LIMIT) throw this.tooDeep(story);
  }

  /** A choice was made, or the story was put back at a saved state: the count starts again. */
  reset(): void {
    this.steps = 0;
    this.watching = undefined;
  }

  /** Called after each line: a story over budget that stopped before the watch was over is reported all the same. */
  check(story: WatchedStory): void {
    if (!this.watching) return;
    this.watching.lineEnded();
    if (!story.canContinue) throw this.loop();
  }

  private watchStep(story: WatchedStory): void {
    this.watching ??= new Watching();
    const w = this.watching;
    const at = story.state.currentPathString;
    if (at) {
      const knot = locateKnot(this.sourceMap, at)?.knot;
      if (knot !== undefined) w.knots.set(knot, (w.knots.get(knot) ?? 0) + 1);
    }
    if (++w.steps > WATCHED_STEPS) throw this.loop();
  }

  private loop(): RunawayStoryError {
    const w = this.watching ?? new Watching();
    const knot = mostCommon(w.knots);
    const diverts = this.sourceMap.diverts ?? {};
    // The divert that goes round again: the last one taken in the loop's knot that has a line.
    const inKnot = lastOf(w.diverts, (p) => diverts[p] !== undefined && (knot === undefined || p.startsWith(`${knot}.`)));
    const divertLine = diverts[inKnot ?? lastOf(w.diverts, (p) => diverts[p] !== undefined) ?? ''];
    const line = divertLine ?? (knot !== undefined ? this.sourceMap.knots?.[knot] : undefined);
    return new RunawayStoryError({
      kind: 'loop',
      file: this.file,
      ...(knot !== undefined ? { knot } : {}),
      ...(line !== undefined ? { line } : {}),
      repeated: w.lines.slice(0, 3),
      steps: this.steps,
      depth: 0,
    });
  }

  private tooDeep(story: WatchedStory): RunawayStoryError {
    const frames = story.state.callStack.elements;
    const kind: RunawayKind = frames.at(-1)?.type === FUNCTION ? 'recursion' : 'tunnel';
    // Each frame but the last waits at the call that made the next: the calls it repeats.
    const targets: string[] = [];
    let callPath: string | undefined;
    for (const frame of frames.slice(-50, -1)) {
      const at = frame.currentPointer.path?.toString();
      const divert = frame.currentPointer.Resolve() as { targetPathString?: string | null } | null;
      const target = divert?.targetPathString ?? undefined;
      if (target !== undefined && !targets.includes(target)) targets.push(target);
      if (at !== undefined) callPath = at;
    }
    const located = callPath !== undefined ? locateKnot(this.sourceMap, callPath) : undefined;
    const line = (callPath !== undefined ? this.sourceMap.diverts?.[callPath] : undefined) ?? located?.line;
    const knot = targets[0] ?? located?.knot;
    return new RunawayStoryError({
      kind,
      file: this.file,
      ...(knot !== undefined ? { knot } : {}),
      ...(line !== undefined ? { line } : {}),
      repeated: targets.map((t) => (kind === 'recursion' ? `${t}()` : `-> ${t} ->`)),
      steps: this.steps,
      depth: frames.length,
    });
  }
}
