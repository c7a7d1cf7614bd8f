/**
 * Scenarios whose story ran away (or hit an Ink runtime error) while this tab played them: listed as
 * unavailable with the located reason, so no one is sent into the same story again. Kept for the tab
 * (sessionStorage, so a reload remembers) and for the version that stopped: a new version, or the
 * trainer's saved fix under the dev server, is offered again.
 */

const KEY = 'good-call:stopped-stories';

interface Stopped {
  readonly version: number;
  readonly problems: readonly string[];
}

const stopped = new Map<string, Stopped>(read());

function read(): [string, Stopped][] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([id, entry]): [string, Stopped][] => {
      const { version, problems } = (entry ?? {}) as Partial<Stopped>;
      return typeof version === 'number' && Array.isArray(problems) && problems.every((p) => typeof p === 'string')
        ? [[id, { version, problems }]]
        : [];
    });
  } catch {
    // No storage in this tab (a locked-down browser, Node): kept in memory only.
    return [];
  }
}

function write(): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(Object.fromEntries(stopped)));
  } catch {
    // Kept in memory for this page.
  }
}

/** The story of this version of the scenario stopped: `problems` say where and why, as `file:line: ...`. */
export function markStoryStopped(scenarioId: string, version: number, problems: readonly string[]): void {
  stopped.set(scenarioId, { version, problems: [...problems] });
  write();
}

/** A new version of the scenario's story arrived (live reload): it is offered again. */
export function clearStoryStopped(scenarioId: string): void {
  if (stopped.delete(scenarioId)) write();
}

/** Why this version of the scenario is unavailable, if its story stopped in this tab. */
export function storyStoppedProblems(scenarioId: string, version: number): readonly string[] | undefined {
  const entry = stopped.get(scenarioId);
  return entry?.version === version ? entry.problems : undefined;
}
