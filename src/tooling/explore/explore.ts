/**
 * The path explorer: plays a scenario breadth-first, branching from session snapshots rather than
 * replaying from the start, and merging points that are the same story and engine state. It proves
 * that no path dead-ends or freezes and shows which protocols the scenario exercises.
 */
import { ScenarioError, type Diagnostic } from '../../engine/diagnostics.js';
import type { ScenarioBundle } from '../../engine/scenario/bundle.js';
import type { PatientOutcome } from '../../engine/scoring/outcomes.js';
import { ruleInForce, type VerdictKind } from '../../engine/scoring/rule.js';
import { type Choice, type Session, type SessionSnapshot } from '../../engine/session.js';
import { scanInkSource } from '../../engine/story/scan-ink-source.js';
import { RUBRIC } from '../../protocols/index.js';
import type { Profile } from '../../engine/scoring/profile.js';
import { seededRandom } from '../../engine/random.js';
import type { StoryEventId } from '../../engine/vocabulary/events.js';
import { zeroTimeCycles } from './frozen-loops.js';
import { injectParams, withRaisedEvents } from './injects.js';
import { knotDiverts } from './knot-passage.js';
import { KnotTally } from './knot-tally.js';
import { livePosition, type StoryPosition } from './live-position.js';
import { currentKnot, engineKey, readInk, stateKey, visitCounts, type InkStateJson } from './state-key.js';
import { scoredSession, restoreScoredSession } from '../../protocols/scored-session.js';

export const DEFAULT_BUDGET = 20_000;
/** Picks a random completion may make before it is given up (and reported) as not ending. */
const COMPLETION_PICKS = 300;

export interface ExploreOptions {
  readonly profile: Profile;
  readonly seed?: number;
  readonly locale?: string;
  /** Stop after this many distinct states (default 20,000). */
  readonly budget?: number;
  /**
   * When the budget stops the search, how many of the states still waiting are played on to an
   * ending by seeded random picks (default 500), so that endings, dead ends and the rules are
   * reported even where breadth-first search cannot reach the end.
   */
  readonly completions?: number;
  /**
   * Also raise, from every explored state, each event the scenario lets an instructor inject
   * (`parameters.injectableEvents`) not yet raised on the path (default true).
   */
  readonly injects?: boolean;
  /** The story's source text, to list choices never offered and knots never visited, and to order the knots of a move. */
  readonly source?: string;
  /** Milliseconds since some fixed point, for the report's duration; injected so tests never time. */
  readonly now?: () => number;
}

interface ExploredNode {
  readonly id: number;
  readonly depth: number;
  readonly knot: string;
  /** The engine's part of the state key, to tell an inject that changed nothing. */
  readonly engine: string;
  /** Injectable events raised on the path here, by the story or an inject. */
  readonly raised: readonly string[];
  /** Events an instructor injected on the path here. */
  readonly injected: readonly StoryEventId[];
  /** Kept only until the node is expanded. */
  snapshot?: SessionSnapshot;
  visits?: Readonly<Record<string, number>>;
}

export interface ExploredEdge {
  readonly from: number;
  readonly to: number;
  readonly seconds: number;
  readonly choice: { readonly text: string; readonly file: string; readonly line?: number };
}

export interface Ending {
  /** The last line of story on the way to it, whole, which names the ending for its author. */
  readonly text: string;
  readonly knot: string;
  /** How the patient fared, with how many arrivals each. */
  readonly patients: Partial<Record<PatientOutcome, number>>;
  passed: number;
  failed: number;
  /**
   * Explored transitions into it. Merged states share their futures, so this is not a count of
   * distinct paths from the start.
   */
  transitions: number;
  /** Random completions (from states left waiting at the budget) that ended here. */
  completions: number;
}

export interface RuleCoverage {
  readonly id: string;
  met: number;
  violated: number;
  missed: number;
  notApplicable: number;
}

export interface InjectCoverage {
  readonly event: StoryEventId;
  /** Injects that led to a different state (an edge of the explored graph). */
  edges: number;
  /** Injects tried that changed nothing the story or the engine can see (EMS delayed before anyone called them). */
  withoutEffect: number;
}

export interface Exploration {
  readonly scenario: string;
  readonly profile: string;
  readonly seed: number;
  readonly states: number;
  /** Choice transitions between explored states (not counting injects or moves into endings). */
  readonly transitions: number;
  /** `exhausted`: every reachable state was explored; `budget`: stopped at the budget. */
  readonly stoppedBy: 'exhausted' | 'budget';
  readonly budget: number;
  readonly endings: readonly Ending[];
  readonly deadEnds: readonly Diagnostic[];
  readonly frozenLoops: readonly Diagnostic[];
  readonly errors: readonly Diagnostic[];
  /** Not errors: random completions that had not ended within their pick limit. */
  readonly warnings: readonly Diagnostic[];
  readonly choicesNeverOffered: readonly { readonly file: string; readonly line: number }[];
  readonly knotsNeverVisited: readonly string[];
  /** Moves (explored transitions and random completions' picks) that passed through each knot. */
  readonly knotVisits: Readonly<Record<string, number>>;
  /** `a -> b`: moves that went from knot a straight on to knot b. */
  readonly knotTransitions: Readonly<Record<string, number>>;
  /** Knots that only moves after an instructor's inject reached. */
  readonly knotsOnlyAfterInject: readonly string[];
  /** The instructor's injects tried, one line per injectable event. */
  readonly injects: readonly InjectCoverage[];
  /** Explored states whose path there includes an inject. */
  readonly statesAfterInject: number;
  readonly rules: readonly RuleCoverage[];
  readonly rulesNeverExercised: readonly string[];
  readonly seconds: number;
  /** Paths played on to an ending from states left waiting at the budget. */
  readonly completedFromFrontier: number;
  /** Paths played on from states left waiting that had not ended within the pick limit. */
  readonly unfinishedCompletions: number;
}

/** Snapshots the explorer keeps do not need the prose already shown. */
function lean(snapshot: SessionSnapshot): SessionSnapshot {
  return { ...snapshot, transcript: [], pendingLines: 0 };
}

/**
 * Whatever a story or the engine throws while the explorer plays it (a runtime error in the Ink, a
 * story that runs away) is a finding, located where the engine says or else at the choice played:
 * every place the explorer plays goes through here.
 */
function located(error: unknown, fallback: { file: string; line?: number }): Diagnostic[] {
  if (error instanceof ScenarioError) return [...error.diagnostics];
  const message = error instanceof Error ? error.message : String(error);
  return [{ file: fallback.file, ...(fallback.line !== undefined ? { line: fallback.line } : {}), severity: 'error', message }];
}

export function explore(bundle: ScenarioBundle, options: ExploreOptions): Exploration {
  const now = options.now ?? (() => 0);
  const started = now();
  const budget = options.budget ?? DEFAULT_BUDGET;
  const seed = options.seed ?? 1;
  const sessionOptions = { scenario: bundle, profile: options.profile, seed, ...(options.locale ? { locale: options.locale } : {}) };
  let worker: Session | undefined;
  /** One session, moved from snapshot to snapshot: reloading the story for every branch would cost more than playing it. */
  const restore = (snapshot: SessionSnapshot): Session => {
    if (!worker) worker = restoreScoredSession(snapshot, bundle);
    else worker.load(snapshot);
    return worker;
  };

  const nodes: ExploredNode[] = [];
  const edges: ExploredEdge[] = [];
  const byKey = new Map<string, number>();
  const queue: number[] = [];
  const endings = new Map<string, Ending>();
  const deadEnds = new Map<string, Diagnostic>();
  const errors = new Map<string, Diagnostic>();
  const offeredLines = new Set<string>();
  const rules = new Map<string, RuleCoverage>();
  const knots = new KnotTally(options.source !== undefined ? knotDiverts(options.source) : undefined);
  const injects = new Map<StoryEventId, InjectCoverage>();
  let injectable: readonly StoryEventId[] = [];
  let injectableSet: ReadonlySet<string> = new Set();
  let stoppedBy: 'exhausted' | 'budget' = 'exhausted';
  const recordError = (error: unknown, at: { file: string; line?: number }): void => {
    for (const d of located(error, at)) errors.set(JSON.stringify(d), d);
  };

  const addNode = (
    snapshot: SessionSnapshot,
    ink: InkStateJson,
    depth: number,
    raised: readonly string[],
    injected: readonly StoryEventId[],
    engine = engineKey(snapshot),
  ): number => {
    const key = stateKey(engine, ink, raised, injected);
    const existing = byKey.get(key);
    if (existing !== undefined) return existing;
    const node: ExploredNode = {
      id: nodes.length,
      depth,
      knot: currentKnot(ink),
      engine,
      raised,
      injected,
      snapshot,
      visits: visitCounts(ink),
    };
    nodes.push(node);
    byKey.set(key, node.id);
    queue.push(node.id);
    return node.id;
  };

  const recordEnding = (session: Session, knot: string, lastLine: string | undefined, via: 'transitions' | 'completions'): void => {
    const report = session.report();
    const text = lastLine ?? '(no text)';
    const ending = endings.get(text) ?? { text, knot, patients: {}, passed: 0, failed: 0, transitions: 0, completions: 0 };
    ending[via]++;
    ending.patients[report.outcome.patient] = (ending.patients[report.outcome.patient] ?? 0) + 1;
    if (report.passed) ending.passed++;
    else ending.failed++;
    endings.set(text, ending);
    for (const rule of report.rules) {
      const coverage = rules.get(rule.id) ?? { id: rule.id, met: 0, violated: 0, missed: 0, notApplicable: 0 };
      const field: Record<VerdictKind, keyof Omit<RuleCoverage, 'id'>> = {
        met: 'met',
        violated: 'violated',
        missed: 'missed',
        not_applicable: 'notApplicable',
      };
      coverage[field[rule.verdict]]++;
      rules.set(rule.id, coverage);
    }
  };

  const deadEnd = (
    choice: { text: string; source: Choice['source'] },
    knot: string | undefined,
    injected: readonly StoryEventId[],
  ): void => {
    const where = knot !== undefined ? ` in ${knot}` : '';
    const after = injected.length > 0 ? ` (after the instructor's ${injected.join(', ')})` : '';
    const d: Diagnostic = {
      file: choice.source.file,
      ...(choice.source.line !== undefined ? { line: choice.source.line } : {}),
      severity: 'error',
      message: `dead end: after "${choice.text}"${where}${after} the story stops without reaching -> END (every choice there used up?)`,
    };
    // One report per choice: the first path found (the shortest, breadth first) names the injects.
    const key = `${d.file}:${d.line}:${choice.text}`;
    if (!deadEnds.has(key)) deadEnds.set(key, d);
  };

  try {
    const first = scoredSession(sessionOptions);
    if (options.injects !== false) {
      injectable = first.parameters.injectableEvents;
      injectableSet = new Set(injectable);
      for (const event of injectable) injects.set(event, { event, edges: 0, withoutEffect: 0 });
    }
    const snapshot = lean(first.snapshot());
    const ink = readInk(snapshot);
    knots.opening(visitCounts(ink));
    addNode(snapshot, ink, 0, withRaisedEvents([], snapshot.log, injectableSet), []);
  } catch (error) {
    recordError(error, { file: bundle.stories[options.locale ?? bundle.manifest.locales[0] ?? 'en']?.file ?? bundle.manifest.id });
  }

  while (queue.length > 0) {
    if (nodes.length >= budget) {
      stoppedBy = 'budget';
      break;
    }
    const node = nodes[queue.shift()!]!;
    const snapshot = node.snapshot!;
    const before = node.visits!;
    node.snapshot = undefined;
    node.visits = undefined;
    const afterInject = node.injected.length > 0;
    const step = restore(snapshot).next();
    for (const choice of step.choices) offeredLines.add(`${choice.source.file}:${choice.source.line}`);
    for (const choice of step.choices) {
      const session = choice.index === 0 ? worker! : restore(snapshot);
      const startSeconds = session.state().elapsedSeconds;
      let after: ReturnType<Session['next']>;
      try {
        after = session.choose(choice.index);
      } catch (error) {
        recordError(error, choice.source);
        continue;
      }
      const next = lean(session.snapshot());
      const ink = readInk(next);
      const nextKnot = after.ended ? undefined : currentKnot(ink);
      knots.move(node.knot, nextKnot, before, visitCounts(ink), afterInject);
      if (after.ended) {
        if (after.deadEnd) deadEnd(choice, node.knot, node.injected);
        else recordEnding(session, node.knot, after.lines.at(-1)?.text, 'transitions');
        continue;
      }
      const raised = withRaisedEvents(node.raised, next.log.slice(snapshot.log.length), injectableSet);
      const to = addNode(next, ink, node.depth + 1, raised, node.injected);
      const seconds = after.state.elapsedSeconds - startSeconds;
      edges.push({
        from: node.id,
        to,
        seconds,
        choice: { text: choice.text, file: choice.source.file, ...(choice.source.line !== undefined ? { line: choice.source.line } : {}) },
      });
    }
    // The instructor may raise each injectable event at any moment: once per path is enough.
    for (const event of injectable) {
      if (node.raised.includes(event)) continue;
      const coverage = injects.get(event)!;
      const session = restore(snapshot);
      try {
        session.inject(event, injectParams(event));
      } catch (error) {
        recordError(error, { file: bundle.manifest.id });
        continue;
      }
      const next = lean(session.snapshot());
      const engine = engineKey(next);
      if (engine === node.engine) {
        coverage.withoutEffect++;
        continue;
      }
      coverage.edges++;
      const raised = withRaisedEvents(node.raised, next.log.slice(snapshot.log.length), injectableSet);
      addNode(next, readInk(next), node.depth + 1, raised, [...node.injected, event].sort(), engine);
    }
  }

  // Past the budget, play some waiting states on to an ending, picking at random with a fixed seed.
  let completedFromFrontier = 0;
  const unfinished = new Map<string, { diagnostic: Diagnostic; count: number }>();
  if (stoppedBy === 'budget') {
    const random = seededRandom(seed);
    const waiting = queue.map((id) => nodes[id]!).filter((n) => n.snapshot !== undefined);
    const count = Math.min(options.completions ?? 500, waiting.length);
    for (let i = 0; i < count; i++) {
      const node = waiting[Math.floor((i * waiting.length) / count)]!;
      const afterInject = node.injected.length > 0;
      const session = restore(node.snapshot!);
      // Where the story is after each pick: read live where the story can be, else from a snapshot.
      const position =
        livePosition(session) ??
        ((): StoryPosition => {
          const ink = readInk(session.snapshot());
          return { knot: currentKnot(ink), visits: visitCounts(ink) };
        });
      let last: ReturnType<Session['next']> = session.next();
      let lastChoice: Choice | undefined;
      let knot = node.knot;
      let visits = node.visits!;
      try {
        for (let pick = 0; pick < COMPLETION_PICKS && !last.ended; pick++) {
          for (const choice of last.choices) offeredLines.add(`${choice.source.file}:${choice.source.line}`);
          lastChoice = last.choices[Math.floor(random() * last.choices.length)];
          if (!lastChoice) break;
          last = session.choose(lastChoice.index);
          const now = position();
          const nextKnot = last.ended ? undefined : now.knot;
          knots.move(knot, nextKnot, visits, now.visits, afterInject);
          visits = now.visits;
          if (nextKnot !== undefined) knot = nextKnot;
        }
      } catch (error) {
        recordError(error, lastChoice?.source ?? { file: '' });
        continue;
      }
      if (!last.ended) {
        const at = lastChoice?.source ?? { file: bundle.manifest.id };
        const key = `${at.file}:${at.line}`;
        const entry = unfinished.get(key) ?? {
          count: 0,
          diagnostic: { file: at.file, ...(at.line !== undefined ? { line: at.line } : {}), severity: 'warning', message: '' },
        };
        entry.count++;
        entry.diagnostic = {
          ...entry.diagnostic,
          message: `${entry.count === 1 ? 'a random completion' : `${entry.count} random completions`} had not ended after ${COMPLETION_PICKS} picks, the last of them "${lastChoice?.text ?? '?'}" in ${knot}: a loop the trainee can go round for ever?`,
        };
        unfinished.set(key, entry);
        continue;
      }
      completedFromFrontier++;
      if (last.deadEnd && lastChoice) deadEnd(lastChoice, undefined, node.injected);
      else recordEnding(session, knot, last.lines.at(-1)?.text, 'completions');
    }
  }

  // Injects are not among the edges: a frozen loop is one the trainee's own picks go round.
  const frozenLoops = zeroTimeCycles(nodes.length, edges).map((component): Diagnostic => {
    const members = new Set(component);
    const loopEdges = edges.filter((e) => e.seconds <= 0 && members.has(e.from) && members.has(e.to));
    const first = loopEdges[0]!.choice;
    const choices = [...new Set(loopEdges.map((e) => `"${e.choice.text}" (line ${e.choice.line ?? '?'})`))].join(', ');
    return {
      file: first.file,
      ...(first.line !== undefined ? { line: first.line } : {}),
      severity: 'error',
      message: `frozen loop in ${[...new Set(component.map((id) => nodes[id]!.knot))].join(', ')}: simulated time stands still while the trainee picks ${choices} again and again; give a choice an action or make it once-only (*)`,
    };
  });

  const scan = options.source !== undefined ? scanInkSource(options.source) : undefined;
  const file = bundle.stories[options.locale ?? bundle.manifest.locales[0] ?? 'en']?.file ?? '';
  const choicesNeverOffered = (scan?.outline ?? [])
    .filter((item) => item.kind === 'choice' && !offeredLines.has(`${file}:${item.line}`))
    .map((item) => ({ file, line: item.line }));
  const knotsNeverVisited = (scan?.outline ?? [])
    .filter((item) => item.kind === 'knot' && !knots.visits[item.name])
    .map((item) => (item.kind === 'knot' ? item.name : ''));

  // Rules that cannot apply to this kind of scenario under this profile are left out of the table.
  const inForce = new Set(RUBRIC.rules.filter((r) => ruleInForce(r, bundle.manifest.kind, options.profile, RUBRIC.rules)).map((r) => r.id));
  const ruleList = RUBRIC.rules
    .filter((r) => inForce.has(r.id))
    .map((r) => rules.get(r.id) ?? { id: r.id, met: 0, violated: 0, missed: 0, notApplicable: 0 });
  return {
    scenario: bundle.manifest.id,
    profile: options.profile.id,
    seed,
    states: nodes.length,
    transitions: edges.length,
    stoppedBy,
    budget,
    endings: [...endings.values()].sort((a, b) => b.transitions + b.completions - (a.transitions + a.completions)),
    deadEnds: [...deadEnds.values()],
    frozenLoops,
    errors: [...errors.values()],
    warnings: [...unfinished.values()].map((u) => u.diagnostic),
    choicesNeverOffered,
    knotsNeverVisited,
    knotVisits: knots.visits,
    knotTransitions: knots.transitions,
    knotsOnlyAfterInject: knots.onlyAfterInject(),
    injects: [...injects.values()],
    statesAfterInject: nodes.filter((n) => n.injected.length > 0).length,
    rules: ruleList,
    rulesNeverExercised: ruleList.filter((r) => r.met + r.violated + r.missed === 0).map((r) => r.id),
    seconds: Math.round((now() - started) / 100) / 10,
    completedFromFrontier,
    unfinishedCompletions: [...unfinished.values()].reduce((n, u) => n + u.count, 0),
  };
}
