/**
 * When two explored points are "the same": the same story state and the same engine state, ignoring
 * the log and with the clock rounded to the minute. Counters that only grow (turn numbers, thread
 * ids, visit counts beyond the first visit) are left out, or every pick would be a new state.
 */
import type { SessionSnapshot } from '../../engine/session.js';

interface InkStateJson {
  flows?: Record<string, { callstack?: { threads?: { callstack?: unknown[] }[] }; currentChoices?: { targetPath?: string; text?: string }[]; outputStream?: unknown[] }>;
  variablesState?: Record<string, unknown>;
  visitCounts?: Record<string, number>;
  storySeed?: number;
  previousRandom?: number;
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

function engineKey(snapshot: SessionSnapshot): unknown {
  const s = snapshot.observed;
  const encounter = snapshot.encounter as { value?: unknown; children?: { patient?: { snapshot?: { value?: unknown } } } };
  return [
    Math.floor(snapshot.clockMs / 60_000),
    encounter.value,
    encounter.children?.patient?.snapshot?.value,
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
  ];
}

export function stateKey(snapshot: SessionSnapshot): string {
  return JSON.stringify([storyKey(JSON.parse(snapshot.ink) as InkStateJson), engineKey(snapshot)]);
}

/** The knot the story is in at a choice point (the first part of its position). */
export function currentKnot(snapshot: SessionSnapshot): string {
  const ink = JSON.parse(snapshot.ink) as InkStateJson;
  const flow = Object.values(ink.flows ?? {})[0];
  const target = flow?.currentChoices?.[0]?.targetPath;
  return target?.split('.')[0] ?? '(end)';
}

/** Names of every container the story has visited. */
export function visitedContainers(snapshot: SessionSnapshot): string[] {
  const ink = JSON.parse(snapshot.ink) as InkStateJson;
  return Object.entries(ink.visitCounts ?? {})
    .filter(([, count]) => count > 0)
    .map(([path]) => path);
}
