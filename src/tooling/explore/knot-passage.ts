/**
 * Which knots one move of the story passes through, and in what order. Ink counts every visit to
 * every container (see compile-ink), so the knots passed through are those with a container whose
 * count went up. Counts say nothing of order: where it can, the explorer puts them in an order that
 * follows the diverts written in the source.
 */
import { scanInkSource, stripComments } from '../../engine/story/scan-ink-source.js';

/** For each knot, the knots its text diverts, tunnels or threads to (`-> name`, `<- name`). */
export type DivertGraph = ReadonlyMap<string, ReadonlySet<string>>;

export function knotDiverts(source: string): DivertGraph {
  // Functions end the knot before them too, though they are not knots.
  const knots = scanInkSource(source).outline.filter((item) => item.kind === 'knot' || item.kind === 'function');
  const names = new Set(knots.map((k) => (k.kind === 'knot' ? k.name : '')));
  const lines = stripComments(source).split('\n');
  const graph = new Map<string, Set<string>>();
  knots.forEach((knot, i) => {
    if (knot.kind !== 'knot') return;
    const end = knots[i + 1]?.line ?? lines.length + 1;
    const targets = new Set<string>();
    for (const line of lines.slice(knot.line, end - 1)) {
      for (const match of line.matchAll(/(?:->|<-)\s*([A-Za-z_][A-Za-z0-9_]*)/g)) {
        if (names.has(match[1]!)) targets.add(match[1]!);
      }
    }
    graph.set(knot.name, targets);
  });
  return graph;
}

export interface Passage {
  /** Knots (the first part of a container's path) whose visit count went up, in Ink's order of first visits. */
  readonly entered: ReadonlySet<string>;
  /** Those of them the story had never been in before. */
  readonly fresh: ReadonlySet<string>;
}

/** The knot of a container's path, or `undefined` for content outside any knot; asked for the same few paths at every move. */
const knotOfPath = new Map<string, string | undefined>();
function knotOf(path: string): string | undefined {
  if (knotOfPath.has(path)) return knotOfPath.get(path);
  const knot = path.split('.')[0]!;
  // Content before the first knot lives in the root (path "") and its numbered containers, not in a knot.
  const found = knot !== '' && !/^\d+$/.test(knot) ? knot : undefined;
  knotOfPath.set(path, found);
  return found;
}

/** The knots a set of visit counts has been in; each explored state's counts are the "before" of all its moves. */
const knotsSeen = new WeakMap<Readonly<Record<string, number>>, ReadonlySet<string>>();
function seenIn(visits: Readonly<Record<string, number>>): ReadonlySet<string> {
  let seen = knotsSeen.get(visits);
  if (!seen) {
    const knots = new Set<string>();
    for (const path in visits) if (visits[path]! > 0) knots.add(path.split('.')[0]!);
    knotsSeen.set(visits, (seen = knots));
  }
  return seen;
}

export function knotsEntered(before: Readonly<Record<string, number>>, after: Readonly<Record<string, number>>): Passage {
  const entered = new Set<string>();
  for (const path in after) {
    if (after[path]! <= (before[path] ?? 0)) continue;
    const knot = knotOf(path);
    if (knot !== undefined) entered.add(knot);
  }
  if (entered.size === 0) return { entered, fresh: entered };
  const seenBefore = seenIn(before);
  return { entered, fresh: new Set([...entered].filter((k) => !seenBefore.has(k))) };
}

/** Beyond this many knots in one move, orders are not searched for (they never come near it). */
const MAX_ORDERED = 8;

/**
 * The knots of one move in order, from the knot of the choice (`from`) to the knot of the next
 * choice (`to`; undefined when the move ends the story), following diverts written in the source.
 * Knots entered for the first time are in order already; others are put in an order that follows
 * the diverts. Returns only `[from, to]` (or `[from]`) when no such order is found.
 */
export function orderPassage(
  from: string,
  to: string | undefined,
  entered: ReadonlySet<string>,
  fresh: ReadonlySet<string>,
  diverts: DivertGraph | undefined,
): string[] {
  const between = [...entered].filter((k) => k !== from && k !== to);
  const fallback = to === undefined ? [from] : [from, to];
  if (between.length === 0) return fallback;
  // Ink records first visits in order, so knots never entered before are already in order.
  if (between.every((k) => fresh.has(k))) return [from, ...between, ...(to === undefined ? [] : [to])];
  if (!diverts || between.length > MAX_ORDERED) return fallback;
  const leads = (a: string, b: string): boolean => diverts.get(a)?.has(b) ?? false;
  const path = [from];
  const used = new Set<string>();
  const search = (): boolean => {
    const last = path.at(-1)!;
    if (used.size === between.length) return to === undefined || leads(last, to);
    for (const next of between) {
      if (used.has(next) || !leads(last, next)) continue;
      used.add(next);
      path.push(next);
      if (search()) return true;
      used.delete(next);
      path.pop();
    }
    return false;
  };
  if (!search()) return fallback;
  return to === undefined ? path : [...path, to];
}
