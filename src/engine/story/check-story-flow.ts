/**
 * Checks on the compiled story's flow that no line of Ink shows by itself, so that they are reported
 * at compile time (the checker, `play`, the build and the author preview all compile):
 * - a divert cycle with no choice and no ending on the way (`=== loop ===` / `round` / `-> loop`),
 *   a function that always calls itself, a tunnel that always enters itself: the story would run on
 *   for ever the moment it got there;
 * - an `EXTERNAL` function with no Ink function of the same name to fall back on: Good Call has no
 *   game code to bind it to, so the story would stop with an error when it called it;
 * - a story with no text and no choice at all.
 * It only reports what is certain: any condition, variable divert, thread or choice on the way ends
 * the search there (the step budget in `ink-story.ts` catches the loops this cannot see).
 * Duck-typed: the bundled inkjs classes have minified names.
 */
import type { Diagnostic } from '../diagnostics.js';

export interface FlowNode {
  content?: FlowNode[];
  namedContent?: Map<string, FlowNode>;
  parent?: FlowNode | null;
  name?: string | null;
  path?: { toString(): string };
  ownDebugMetadata?: { startLineNumber: number } | null;
  // A divert
  pushesToStack?: boolean;
  stackPushType?: number;
  isExternal?: boolean;
  isConditional?: boolean;
  hasVariableTarget?: boolean;
  targetPathString?: string | null;
  targetPointer?: { container: FlowNode | null; index: number } | null;
  // A choice point
  pathOnChoice?: unknown;
  // A control command
  commandType?: number;
  // A string value
  value?: unknown;
}

/** inkjs ControlCommand.CommandType values that stop or hand on the flow. */
const POP_FUNCTION = 5;
const POP_TUNNEL = 6;
const START_THREAD = 18;
const DONE = 19;
const END = 20;
const BEGIN_TAG = 24;
const END_TAG = 25;
/** inkjs PushPopType.Tunnel and Function. */
const TUNNEL = 0;
const FUNCTION = 1;

const isContainer = (node: FlowNode): boolean => Array.isArray(node.content);
const isDivert = (node: FlowNode): boolean => 'pushesToStack' in node;
const isChoicePoint = (node: FlowNode): boolean => 'pathOnChoice' in node;

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly divert: FlowNode;
}

interface Position {
  readonly container: FlowNode;
  readonly index: number;
}

const keyOf = (p: Position): string => `${p.container.path?.toString() ?? ''}@${p.index}`;

/** The author's name for a place in the story: `loop`, `beside_patient.call` (the compiler's own containers left off). */
function nameOf(container: FlowNode): string {
  const parts: string[] = [];
  for (const part of (container.path?.toString() ?? '').split('.')) {
    if (part === '' || /^\d+$/.test(part) || /^[cgsb]-\d+$/.test(part) || part.startsWith('$')) break;
    parts.push(part);
  }
  return parts.join('.') || '(the start)';
}

/** The named container a divert's target leads into (a knot, a stitch, a function), for the message. */
function targetName(divert: FlowNode): string {
  const container = divert.targetPointer?.container;
  return container ? nameOf(container) : (divert.targetPathString ?? '?');
}

/**
 * Whether a function or tunnel, once called, certainly comes back without offering a choice or
 * ending: nothing in it stops or leaves the flow but returning. Only then does the search go on
 * past the call.
 */
function returnsPlainly(container: FlowNode, known: Map<FlowNode, boolean>): boolean {
  let owner: FlowNode = container;
  while (owner.parent && owner.parent.parent) owner = owner.parent;
  const cached = known.get(owner);
  if (cached !== undefined) return cached;
  const answer = walksBackPlainly(owner);
  known.set(owner, answer);
  return answer;
}

function walksBackPlainly(owner: FlowNode): boolean {
  const stack: FlowNode[] = [owner];
  const seen = new Set<FlowNode>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (isChoicePoint(node)) return false;
    if (node.commandType === DONE || node.commandType === END || node.commandType === START_THREAD) return false;
    if (isDivert(node) && !node.pushesToStack && !node.isExternal && !node.isConditional) {
      // A divert inside the function's own containers (a gather, a branch) stays in it; any other leaves.
      const target = node.targetPointer?.container;
      let inside = false;
      for (let c: FlowNode | null | undefined = target; c; c = c.parent) if (c === owner) inside = true;
      if (!inside) return false;
    }
    for (const child of node.content ?? []) stack.push(child);
    for (const child of node.namedContent?.values() ?? []) stack.push(child);
  }
  return true;
}

/**
 * Follows the flow from a position for as long as it is certain: collects where it unconditionally
 * goes (diverts, tunnels and function calls taken before any choice, ending, condition or return).
 */
function certainMoves(start: Position, key: string, known: Map<FlowNode, boolean>): Edge[] {
  const edges: Edge[] = [];
  let container = start.container;
  let index = Math.max(0, start.index);
  for (let guard = 0; guard < 100_000; guard++) {
    const content = container.content ?? [];
    if (index >= content.length) {
      // Off the end of a container: on into its parent if it sits in the parent's content, else the flow stops.
      const parent = container.parent;
      const at = parent?.content?.indexOf(container) ?? -1;
      if (!parent || at < 0) return edges;
      container = parent;
      index = at + 1;
      continue;
    }
    const node = content[index]!;
    if (isContainer(node)) {
      container = node;
      index = 0;
      continue;
    }
    if (isChoicePoint(node)) return edges;
    if (node.commandType !== undefined && [POP_FUNCTION, POP_TUNNEL, START_THREAD, DONE, END].includes(node.commandType)) return edges;
    if (isDivert(node) && !node.isExternal) {
      if (node.hasVariableTarget || node.isConditional) return edges;
      const target = node.targetPointer;
      if (!target?.container) return edges;
      edges.push({ from: key, to: keyOf({ container: target.container, index: target.index }), divert: node });
      if (!node.pushesToStack || !returnsPlainly(target.container, known)) return edges;
    }
    index++;
  }
  return edges;
}

function lineOf(node: FlowNode): number | undefined {
  return node.ownDebugMetadata?.startLineNumber;
}

function describeCycle(cycle: readonly Edge[], file: string): Diagnostic {
  const closing = cycle.find((e) => lineOf(e.divert) !== undefined) ?? cycle[0]!;
  const line = lineOf(closing.divert);
  const where = line !== undefined ? { line } : {};
  const calls = cycle.every((e) => e.divert.pushesToStack && e.divert.stackPushType === FUNCTION);
  const tunnels = cycle.every((e) => e.divert.pushesToStack && e.divert.stackPushType === TUNNEL);
  const names = [...new Set(cycle.map((e) => targetName(e.divert)))];
  const through = cycle
    .map((e) => {
      const target = targetName(e.divert);
      const at = lineOf(e.divert);
      const written =
        e.divert.stackPushType === FUNCTION && e.divert.pushesToStack
          ? `${target}()`
          : e.divert.pushesToStack
            ? `-> ${target} ->`
            : `-> ${target}`;
      return at !== undefined ? `${written} at line ${at}` : written;
    })
    .join(', ');
  const message = calls
    ? `function ${names.map((n) => `"${n}"`).join(' and ')} always ${names.length === 1 ? 'calls itself' : 'call each other'} before returning (${through}): the story would never stop; call it again only under a condition that ends`
    : tunnels
      ? `tunnel ${names.map((n) => `"${n}"`).join(' and ')} always ${names.length === 1 ? 'enters itself' : 'enter each other'} before returning (${through}): the story would never stop; return with ->-> or offer a choice first`
      : `${names.map((n) => `"${n}"`).join(' and ')} ${names.length === 1 ? 'diverts back to itself' : 'divert round in a circle'} with no choice and no ending on the way (${through}): the story would run on for ever; offer a choice in the loop or a way to -> END`;
  return { file, ...where, severity: 'error', message };
}

/** Every cycle of certain moves, each once (Tarjan's strongly connected components, then one cycle in each). */
function endlessCycles(edges: readonly Edge[]): Edge[][] {
  const out = new Map<string, Edge[]>();
  for (const e of edges) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const e of out.get(v) ?? []) {
      if (!index.has(e.to)) {
        connect(e.to);
        low.set(v, Math.min(low.get(v)!, low.get(e.to)!));
      } else if (onStack.has(e.to)) low.set(v, Math.min(low.get(v)!, index.get(e.to)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of out.keys()) if (!index.has(v)) connect(v);

  const cycles: Edge[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const inside = (v: string): Edge[] => (out.get(v) ?? []).filter((e) => members.has(e.to));
    const start = component[component.length - 1]!;
    if (component.length === 1 && !inside(start).some((e) => e.to === start)) continue;
    // Walk inside the component until a place repeats: that stretch is one cycle.
    const path: Edge[] = [];
    const seenAt = new Map<string, number>([[start, 0]]);
    let at = start;
    for (;;) {
      const e = inside(at)[0]!;
      path.push(e);
      const again = seenAt.get(e.to);
      if (again !== undefined) {
        cycles.push(path.slice(again));
        break;
      }
      seenAt.set(e.to, path.length);
      at = e.to;
    }
  }
  return cycles;
}

/** All the containers and objects of the story, each once. */
function everyNode(root: FlowNode): FlowNode[] {
  const nodes: FlowNode[] = [];
  const seen = new Set<FlowNode>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    nodes.push(node);
    for (const child of node.content ?? []) stack.push(child);
    for (const child of node.namedContent?.values() ?? []) stack.push(child);
  }
  return nodes;
}

function hasTextOrChoice(root: FlowNode): boolean {
  let inTag = false;
  const visit = (node: FlowNode): boolean => {
    if (isChoicePoint(node)) return true;
    if (node.commandType === BEGIN_TAG) inTag = true;
    else if (node.commandType === END_TAG) inTag = false;
    else if (!inTag && typeof node.value === 'string' && node.value.trim() !== '') return true;
    for (const child of node.content ?? []) if (visit(child)) return true;
    for (const child of node.namedContent?.values() ?? []) if (visit(child)) return true;
    return false;
  };
  return visit(root);
}

/** The flow problems of a compiled story (the compiler's runtime, with its source lines). */
export function checkStoryFlow(root: FlowNode, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const nodes = everyNode(root);

  if (!hasTextOrChoice(root)) {
    diagnostics.push({ file, severity: 'error', message: 'the story is empty: it has no text and offers no choice' });
  }

  const functions = root.namedContent ?? new Map<string, FlowNode>();
  for (const node of nodes) {
    if (!isDivert(node) || !node.isExternal) continue;
    const name = node.targetPathString ?? '?';
    if (functions.has(name)) continue;
    const line = lineOf(node);
    diagnostics.push({
      file,
      ...(line !== undefined ? { line } : {}),
      severity: 'error',
      message: `"${name}" is an EXTERNAL function, which Good Call cannot provide (it runs stories without game code): write it in Ink as "=== function ${name}() ===" instead`,
    });
  }

  const starts = new Map<string, Position>([[keyOf({ container: root, index: 0 }), { container: root, index: 0 }]]);
  for (const node of nodes) {
    const target = isDivert(node) && !node.isExternal && !node.hasVariableTarget ? node.targetPointer : undefined;
    if (target?.container)
      starts.set(keyOf({ container: target.container, index: target.index }), { container: target.container, index: target.index });
  }
  const edges: Edge[] = [];
  const known = new Map<FlowNode, boolean>();
  for (const [key, position] of starts) edges.push(...certainMoves(position, key, known));
  for (const cycle of endlessCycles(edges)) diagnostics.push(describeCycle(cycle, file));
  return diagnostics;
}
