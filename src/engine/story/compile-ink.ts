/**
 * Ink source in, compiled story or every located problem out. The one compile function used by the
 * Vite plugin, the command-line tools, the tests and the author preview. It loads the inkjs
 * compiler, so the trainee bundle must never import it (the runtime needs only `CompiledStory`).
 */
import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';
import type { Diagnostic, Severity } from '../diagnostics.js';
import { hasErrors } from '../diagnostics.js';
import { checkStoryFlow, type FlowNode } from './check-story-flow.js';
import { checkSourceTags, type KnownAssets } from './check-tags.js';
import type { CompiledStory, SourceMap } from './compiled-story.js';
import { scanInkSource } from './scan-ink-source.js';

export type CompileResult =
  | { readonly ok: true; readonly story: CompiledStory; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export interface CompileOptions {
  /** Presentation ids the game knows; without them unknown `#sfx`/`#bg` ids are warnings. */
  readonly assets?: KnownAssets;
}

const COMPILER_MESSAGE = /^(RUNTIME )?(ERROR|WARNING|TODO):\s*(?:'[^']*'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/** Turns one inkjs compiler message into a located diagnostic (author TODOs are not problems). */
function toDiagnostic(message: string, file: string): Diagnostic | undefined {
  const match = COMPILER_MESSAGE.exec(message.trim());
  if (!match) return { file, severity: 'error', message: message.trim() };
  const [, , level, line, text] = match;
  if (level === 'TODO') return undefined;
  const severity: Severity = level === 'WARNING' ? 'warning' : 'error';
  return { file, severity, message: (text ?? '').trim(), ...(line ? { line: Number(line) } : {}) };
}

interface RuntimeNode {
  content?: RuntimeNode[];
  namedContent?: Map<string, RuntimeNode>;
  ownDebugMetadata?: { startLineNumber: number } | null;
  path?: { toString(): string };
  name?: string | null;
  pathOnChoice?: unknown;
  pushesToStack?: boolean;
  commandType?: number;
  value?: unknown;
}

/** Names the compiler gives the containers it makes (choices, gathers, branches), not the author. */
const GENERATED_NAME = /^(?:[cgsb]-\d+|\$.*|global decl)$/;

/** inkjs ControlCommand.CommandType.BeginTag and EndTag. */
const BEGIN_TAG = 24;
const END_TAG = 25;

/**
 * Records the source line of every choice and every tag, so that the session can locate the `#act`
 * or `#event` it reads from the compiled story. Duck-typed: the bundled inkjs classes have
 * minified names.
 */
function buildSourceMap(root: RuntimeNode): SourceMap {
  const choices: Record<string, number> = {};
  const tags: Record<string, [string, number][]> = {};
  const diverts: Record<string, number> = {};
  const knots: Record<string, number> = {};
  const seen = new Set<RuntimeNode>();
  const walk = (node: RuntimeNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const line = node.ownDebugMetadata?.startLineNumber;
    if (line !== undefined && 'pathOnChoice' in node && node.path) choices[node.path.toString()] = line;
    if (line !== undefined && 'pushesToStack' in node && node.path) diverts[node.path.toString()] = line;
    if (line !== undefined && node.content && node.name && !GENERATED_NAME.test(node.name) && node.path) knots[node.path.toString()] = line;
    let inTag = false;
    for (const child of node.content ?? []) {
      if (child.commandType === BEGIN_TAG) inTag = true;
      else if (child.commandType === END_TAG) inTag = false;
      else if (inTag && typeof child.value === 'string' && child.path) {
        const childLine = child.ownDebugMetadata?.startLineNumber ?? line;
        if (childLine !== undefined) (tags[child.value.trim()] ??= []).push([child.path.toString(), childLine]);
      }
      walk(child);
    }
    for (const child of node.namedContent?.values() ?? []) walk(child);
  };
  walk(root);
  return { choices, tags, diverts, knots };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}|${d.severity}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function compileInk(source: string, file: string, options: CompileOptions = {}): CompileResult {
  const text = source.replace(/^\uFEFF/, '');
  const messages: string[] = [];
  const compiler = new Compiler(
    text,
    // Counting every visit lets the path explorer see which knots a path went through.
    new CompilerOptions(file, [], true, (message: string) => messages.push(message), new JsonFileHandler({ [file]: text })),
  );
  let runtime: ReturnType<Compiler['Compile']> | undefined;
  try {
    runtime = compiler.Compile();
  } catch (error) {
    // The compiler throws "Compilation failed." after reporting through the handler; anything else is new.
    if (messages.length === 0) messages.push(`ERROR: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const m of [...compiler.errors, ...compiler.warnings]) if (!messages.includes(m)) messages.push(m);

  const diagnostics = dedupe([
    ...messages.map((m) => toDiagnostic(m, file)).filter((d): d is Diagnostic => d !== undefined),
    ...checkSourceTags(scanInkSource(text).tags, { file, ...(options.assets ? { assets: options.assets } : {}) }),
  ]).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  if (runtime && !hasErrors(diagnostics)) {
    diagnostics.push(...checkStoryFlow(runtime.mainContentContainer as unknown as FlowNode, file));
    diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
  if (!runtime || hasErrors(diagnostics)) return { ok: false, diagnostics };
  const json = runtime.ToJson();
  if (typeof json !== 'string')
    return { ok: false, diagnostics: [...diagnostics, { file, severity: 'error', message: 'the compiler produced no JSON' }] };
  const sourceMap = buildSourceMap(runtime.mainContentContainer as unknown as RuntimeNode);
  return { ok: true, story: { file, json: json.replace(/^\uFEFF/, ''), sourceMap }, diagnostics };
}
