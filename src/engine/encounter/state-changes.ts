/**
 * Which parts of the observable state the log records when they change, under which ids. The rubric
 * reads these (stretches without breathing, waking, EMS arriving); the debrief shows them.
 */
import type { LogEntry, LogValue } from '../log.js';
import type { ScenarioKind } from '../scenario/manifest.js';
import type { ObservableState } from './observe.js';

interface Tracked {
  readonly id: string;
  readonly kinds: readonly ScenarioKind[];
  readonly read: (state: ObservableState) => LogValue;
}

const TRACKED: readonly Tracked[] = [
  { id: 'breathing', kinds: ['overdose'], read: (s) => s.breathing },
  { id: 'responsive', kinds: ['overdose'], read: (s) => s.responsive },
  { id: 'sedated', kinds: ['overdose'], read: (s) => s.sedated },
  { id: 'pulse', kinds: ['overdose'], read: (s) => s.pulse },
  { id: 'withdrawal', kinds: ['overdose'], read: (s) => s.withdrawal },
  { id: 'brain_injury', kinds: ['overdose'], read: (s) => s.brainInjury },
  { id: 'dead', kinds: ['overdose'], read: (s) => s.dead },
  { id: 'fate', kinds: ['overdose'], read: (s) => s.fate },
  { id: 'ems_called', kinds: ['overdose'], read: (s) => s.emsCalled },
  { id: 'ems_on_scene', kinds: ['overdose'], read: (s) => s.emsOnScene },
  { id: 'caller_trust', kinds: ['overdose'], read: (s) => s.callerTrust },
  { id: 'caller_present', kinds: ['overdose'], read: (s) => s.callerPresent },
  { id: 'person_trust', kinds: ['patdown'], read: (s) => s.personTrust },
  { id: 'person_agitation', kinds: ['patdown'], read: (s) => s.personAgitation },
  { id: 'officer_injured', kinds: ['overdose', 'patdown'], read: (s) => s.officerInjured },
  { id: 'officer_on_scene', kinds: ['overdose', 'patdown'], read: (s) => s.officerOnScene },
];

/**
 * Log entries for what changed between two observations (everything, at the start, when there is no
 * previous observation).
 */
export function stateChangeEntries(previous: ObservableState | undefined, next: ObservableState): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const tracked of TRACKED) {
    if (!tracked.kinds.includes(next.kind)) continue;
    const value = tracked.read(next);
    if (previous !== undefined && tracked.read(previous) === value) continue;
    entries.push({ at: next.elapsedSeconds, kind: 'state', id: tracked.id, params: { value }, source: { origin: 'engine' } });
  }
  return entries;
}
