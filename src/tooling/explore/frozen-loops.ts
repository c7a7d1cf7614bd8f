/**
 * Finds loops in which simulated time stands still: cycles of the explored graph made only of picks
 * that take no time. A trainee could go round them for ever while the patient never changes.
 */

export interface TimedEdge {
  readonly from: number;
  readonly to: number;
  readonly seconds: number;
}

/** Strongly connected components (Tarjan) of the graph of zero-time edges that contain a cycle. */
export function zeroTimeCycles(nodeCount: number, edges: readonly TimedEdge[]): number[][] {
  const adjacency = new Map<number, number[]>();
  const selfLoops = new Set<number>();
  for (const e of edges) {
    if (e.seconds > 0) continue;
    if (e.from === e.to) selfLoops.add(e.from);
    const list = adjacency.get(e.from) ?? [];
    list.push(e.to);
    adjacency.set(e.from, list);
  }
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  // Iterative, so a long chain of zero-time picks cannot overflow the call stack.
  for (let root = 0; root < nodeCount; root++) {
    if (index.has(root) || !adjacency.has(root)) continue;
    const work: { node: number; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const successors = adjacency.get(frame.node) ?? [];
      if (frame.next < successors.length) {
        const next = successors[frame.next++]!;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || selfLoops.has(frame.node)) components.push(component);
      }
    }
  }
  return components.map((c) => [...c].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}
