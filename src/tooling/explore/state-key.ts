/**
 * When two explored points are "the same": the same story state and the same engine state, ignoring
 * the log and with the clock rounded to the minute. Counters that only grow (turn numbers, thread
 * ids, visit counts beyond the first visit) are left out, or every pick would be a new state.
 */
import type { SessionSnapshot } from '../../engine/session.js';

export interface InkStateJson {
  flows?: Record<
    string,
    {
      callstack?: { threads?: { callstack?: unknown[] }[] };
      currentChoices?: { targetPath?: string; text?: string }[];
      outputStream?: unknown[];
    }
  >;
  variablesState?: Record<string, unknown>;
  visitCounts?: Record<string, number>;
  storySeed?: number;
  previousRandom?: number;
}

/** The story's saved state, parsed once so that the key, the knot and the visit counts share it. */
export function readInk(snapshot: SessionSnapshot): InkStateJson {
  return JSON.parse(snapshot.ink) as InkStateJson;
}

function storyKey(ink: InkStateJson): unknown {
  const flows = Object.entries(ink.flows ?? {}).map(([name, flow]) => [
    name,
    (flow.callstack?.threads ?? []).map((t) => t.callstack),
    (flow.currentChoices ?? []).map((c) => [c.targetPath, c.text]),
    flow.outputStream,
  ]);
  const visited = Object.entries(ink.visitCounts ?? {})
    .filter(([, count]) => count > 0)
    .map(([path]) => path)
    .sort();
  return [flows, ink.variablesState, visited, ink.previousRandom];
}

/** The engine's part of the key: what the story and the rules can see of the encounter. */
export function engineKey(snapshot: SessionSnapshot): string {
  const s = snapshot.observed;
  const encounter = snapshot.encounter as {
    value?: unknown;
    context?: { bystandersPresent?: number };
    children?: { patient?: { snapshot?: { value?: unknown } } };
  };
  return JSON.stringify([
    Math.floor(snapshot.clockMs / 60_000),
    encounter.value,
    encounter.children?.patient?.snapshot?.value,
    encounter.context?.bystandersPresent,
    s.breathing,
    s.responsive,
    s.pulse,
    s.dosesGiven,
    s.withdrawal,
    s.brainInjury,
    s.dead,
    s.fate,
    s.emsCalled,
    s.emsOnScene,
    s.emsEtaMinutes,
    s.callerTrust,
    s.callerPresent,
    s.personTrust,
    s.personAgitation,
    s.officerInjured,
    s.officerOnScene,
    Math.round(s.oxygenDebtSeconds / 10),
  ]);
}

/**
 * `engine`: the snapshot's `engineKey`, worked out once by the caller, who compares it too;
 * `raised`: the instructor's events already raised on the path (by the story or an inject), since
 * they decide which injects are still to explore from here; `injected`: those an instructor raised,
 * so that the report can tell what only an inject reaches.
 */
export function stateKey(engine: string, ink: InkStateJson, raised: readonly string[] = [], injected: readonly string[] = []): string {
  return JSON.stringify([storyKey(ink), engine, raised, injected]);
}

/** The knot the story is in at a choice point (the first part of its position). */
export function currentKnot(ink: InkStateJson): string {
  const flow = Object.values(ink.flows ?? {})[0];
  const target = flow?.currentChoices?.[0]?.targetPath;
  return target?.split('.')[0] ?? '(end)';
}

/** How often the story has entered each container (every container is counted: see compile-ink). */
export function visitCounts(ink: InkStateJson): Readonly<Record<string, number>> {
  return ink.visitCounts ?? {};
}
