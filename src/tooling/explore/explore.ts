/**
 * The path explorer: plays a scenario breadth-first, branching from session snapshots rather than
 * replaying from the start, and merging points that are the same story and engine state. It proves
 * that no path dead-ends or freezes and shows which protocols the scenario exercises.
 */
import { ScenarioError, type Diagnostic } from '../../engine/diagnostics.js';
import type { ScenarioBundle } from '../../engine/scenario/bundle.js';
import type { PatientOutcome } from '../../engine/scoring/outcomes.js';
import { ruleInForce, type VerdictKind } from '../../engine/scoring/rule.js';
import { createSession, restoreSession, type Session, type SessionSnapshot } from '../../engine/session.js';
import { scanInkSource } from '../../engine/story/scan-ink-source.js';
import { RUBRIC } from '../../protocols/index.js';
import type { Profile } from '../../protocols/profile.js';
import { seededRandom } from '../../engine/random.js';
import { zeroTimeCycles } from './frozen-loops.js';
import { currentKnot, stateKey, visitedContainers } from './state-key.js';

export const DEFAULT_BUDGET = 20_000;

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
  /** The story's source text, to list choices never offered and knots never visited. */
  readonly source?: string;
  /** Milliseconds since some fixed point, for the report's duration; injected so tests never time. */
  readonly now?: () => number;
}

interface ExploredNode {
  readonly id: number;
  readonly depth: number;
  readonly knot: string;
  /** Kept only until the node is expanded. */
  snapshot?: SessionSnapshot;
}

export interface ExploredEdge {
  readonly from: number;
  readonly to: number;
  readonly seconds: number;
  readonly choice: { readonly text: string; readonly file: string; readonly line?: number };
}

export interface Ending {
  /** The last line of story on the way to it, which names the ending for its author. */
  readonly text: string;
  readonly knot: string;
  readonly patient: PatientOutcome;
  readonly passed: boolean;
  /** Explored paths that reach it. */
  paths: number;
}

export interface RuleCoverage {
  readonly id: string;
  met: number;
  violated: number;
  missed: number;
  notApplicable: number;
}

export interface Exploration {
  readonly scenario: string;
  readonly profile: string;
  readonly seed: number;
  readonly states: number;
  readonly transitions: number;
  /** `exhausted`: every reachable state was explored; `budget`: stopped at the budget. */
  readonly stoppedBy: 'exhausted' | 'budget';
  readonly budget: number;
  readonly endings: readonly Ending[];
  readonly deadEnds: readonly Diagnostic[];
  readonly frozenLoops: readonly Diagnostic[];
  readonly errors: readonly Diagnostic[];
  readonly choicesNeverOffered: readonly { readonly file: string; readonly line: number }[];
  readonly knotsNeverVisited: readonly string[];
  readonly knotVisits: Readonly<Record<string, number>>;
  readonly knotTransitions: Readonly<Record<string, number>>;
  readonly rules: readonly RuleCoverage[];
  readonly rulesNeverExercised: readonly string[];
  readonly seconds: number;
  /** Paths played on to an ending from states left waiting at the budget. */
  readonly completedFromFrontier: number;
}

/** Snapshots the explorer keeps do not need the prose already shown. */
function lean(snapshot: SessionSnapshot): SessionSnapshot {
  return { ...snapshot, transcript: [], pendingLines: 0 };
}

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
    if (!worker) worker = restoreSession(snapshot, bundle);
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
  const visited = new Set<string>();
  const rules = new Map<string, RuleCoverage>();
  const knotVisits: Record<string, number> = {};
  const knotTransitions: Record<string, number> = {};
  let stoppedBy: 'exhausted' | 'budget' = 'exhausted';

  const addNode = (session: Session, depth: number): number => {
    const snapshot = lean(session.snapshot());
    const key = stateKey(snapshot);
    const existing = byKey.get(key);
    if (existing !== undefined) return existing;
    const node: ExploredNode = { id: nodes.length, depth, knot: currentKnot(snapshot), snapshot };
    nodes.push(node);
    byKey.set(key, node.id);
    queue.push(node.id);
    for (const container of visitedContainers(snapshot)) visited.add(container);
    return node.id;
  };

  const recordEnding = (session: Session, knot: string, lastLine: string | undefined): void => {
    const report = session.report();
    const text = lastLine ?? '(no text)';
    const key = `${text}|${report.outcome.patient}|${report.passed}`;
    const ending = endings.get(key) ?? { text, knot, patient: report.outcome.patient, passed: report.passed, paths: 0 };
    ending.paths++;
    endings.set(key, ending);
    for (const rule of report.rules) {
      const coverage = rules.get(rule.id) ?? { id: rule.id, met: 0, violated: 0, missed: 0, notApplicable: 0 };
      const field: Record<VerdictKind, keyof Omit<RuleCoverage, 'id'>> = { met: 'met', violated: 'violated', missed: 'missed', not_applicable: 'notApplicable' };
      coverage[field[rule.verdict]]++;
      rules.set(rule.id, coverage);
    }
  };

  try {
    const first = createSession(sessionOptions);
    addNode(first, 0);
  } catch (error) {
    for (const d of located(error, { file: bundle.stories[options.locale ?? bundle.manifest.locales[0] ?? 'en']?.file ?? bundle.manifest.id })) errors.set(JSON.stringify(d), d);
  }

  while (queue.length > 0) {
    if (nodes.length >= budget) {
      stoppedBy = 'budget';
      break;
    }
    const node = nodes[queue.shift()!]!;
    const snapshot = node.snapshot!;
    node.snapshot = undefined;
    knotVisits[node.knot] = (knotVisits[node.knot] ?? 0) + 1;
    const step = restore(snapshot).next();
    for (const choice of step.choices) offeredLines.add(`${choice.source.file}:${choice.source.line}`);
    for (const choice of step.choices) {
      const session = choice.index === 0 ? worker! : restore(snapshot);
      const before = session.state().elapsedSeconds;
      let after: ReturnType<Session['next']>;
      try {
        after = session.choose(choice.index);
      } catch (error) {
        for (const d of located(error, choice.source)) errors.set(JSON.stringify(d), d);
        continue;
      }
      const seconds = after.state.elapsedSeconds - before;
      const edgeChoice = { text: choice.text, file: choice.source.file, ...(choice.source.line !== undefined ? { line: choice.source.line } : {}) };
      if (after.ended) {
        if (after.deadEnd) {
          const d: Diagnostic = {
            file: choice.source.file,
            ...(choice.source.line !== undefined ? { line: choice.source.line } : {}),
            severity: 'error',
            message: `dead end: after "${choice.text}" in ${node.knot} the story stops without reaching -> END (every choice there used up?)`,
          };
          deadEnds.set(JSON.stringify(d), d);
        } else {
          recordEnding(session, node.knot, after.lines.at(-1)?.text);
        }
        continue;
      }
      const to = addNode(session, node.depth + 1);
      edges.push({ from: node.id, to, seconds, choice: edgeChoice });
      const transition = `${node.knot} -> ${nodes[to]!.knot}`;
      knotTransitions[transition] = (knotTransitions[transition] ?? 0) + 1;
    }
  }

  // Past the budget, play some waiting states on to an ending, picking at random with a fixed seed.
  let completedFromFrontier = 0;
  if (stoppedBy === 'budget') {
    const random = seededRandom(seed);
    const waiting = queue.map((id) => nodes[id]!).filter((n) => n.snapshot !== undefined);
    const count = Math.min(options.completions ?? 500, waiting.length);
    for (let i = 0; i < count; i++) {
      const node = waiting[Math.floor((i * waiting.length) / count)]!;
      const session = restore(node.snapshot!);
      let last: ReturnType<Session['next']> = session.next();
      let lastChoice: ReturnType<Session['next']>['choices'][number] | undefined;
      try {
        for (let pick = 0; pick < 300 && !last.ended; pick++) {
          for (const choice of last.choices) offeredLines.add(`${choice.source.file}:${choice.source.line}`);
          lastChoice = last.choices[Math.floor(random() * last.choices.length)];
          if (!lastChoice) break;
          last = session.choose(lastChoice.index);
          for (const container of visitedContainers(session.snapshot())) visited.add(container);
        }
      } catch (error) {
        for (const d of located(error, lastChoice?.source ?? { file: '' })) errors.set(JSON.stringify(d), d);
        continue;
      }
      if (!last.ended) continue;
      completedFromFrontier++;
      if (last.deadEnd && lastChoice) {
        const d: Diagnostic = { file: lastChoice.source.file, ...(lastChoice.source.line !== undefined ? { line: lastChoice.source.line } : {}), severity: 'error', message: `dead end: after "${lastChoice.text}" the story stops without reaching -> END (every choice there used up?)` };
        deadEnds.set(JSON.stringify(d), d);
      } else recordEnding(session, node.knot, last.lines.at(-1)?.text);
    }
  }

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
  const visitedKnots = new Set([...visited].map((path) => path.split('.')[0]));
  const knotsNeverVisited = (scan?.outline ?? []).filter((item) => item.kind === 'knot' && !visitedKnots.has(item.name)).map((item) => (item.kind === 'knot' ? item.name : ''));

  // Rules that cannot apply to this kind of scenario under this profile are left out of the table.
  const inForce = new Set(RUBRIC.filter((r) => ruleInForce(r, bundle.manifest.kind, options.profile)).map((r) => r.id));
  const ruleList = RUBRIC.filter((r) => inForce.has(r.id)).map((r) => rules.get(r.id) ?? { id: r.id, met: 0, violated: 0, missed: 0, notApplicable: 0 });
  return {
    scenario: bundle.manifest.id,
    profile: options.profile.id,
    seed,
    states: nodes.length,
    transitions: edges.length,
    stoppedBy,
    budget,
    endings: [...endings.values()].sort((a, b) => b.paths - a.paths),
    deadEnds: [...deadEnds.values()],
    frozenLoops,
    errors: [...errors.values()],
    choicesNeverOffered,
    knotsNeverVisited,
    knotVisits,
    knotTransitions,
    rules: ruleList,
    rulesNeverExercised: ruleList.filter((r) => r.met + r.violated + r.missed === 0).map((r) => r.id),
    seconds: Math.round((now() - started) / 100) / 10,
    completedFromFrontier,
  };
}
