/**
 * Finds where a source file names a path outside the repository. A user's clone has nothing beside
 * it (no sibling workspace folder), so code or a test that reaches out works here and fails there.
 *
 * It reads the text, not the program: module specifiers and `new URL(..., import.meta.url)` are
 * resolved from the file's folder; `path.resolve`/`path.join` from the file's folder
 * (`import.meta.dirname`, `__dirname`, `path.dirname(fileURLToPath(import.meta.url))`), from
 * `REPO_ROOT`, or from a constant the file built that way; a relative path handed straight to a
 * file-system or path function from the repository root, where commands and tests run. Absolute
 * paths into home or workspace folders are reported in any string; the sibling `shared` folder
 * wherever it is named, comments included.
 */
import path from 'node:path';

export interface OutsideReference {
  /** 1-based line in the file. */
  readonly line: number;
  /** The text that names the path. */
  readonly text: string;
  /** Where it points, relative to the repository root, or the absolute path. */
  readonly resolved: string;
}

/** Folders of someone's machine, never of a clone. System programs such as `/usr/bin/chromium` are not here. */
const MACHINE_FOLDERS = /^(?:\/(?:work|home|root|Users|mnt|srv|workspace)(?:\/|$)|~\/|[A-Za-z]:[\\/]|file:\/\/\/)/;
/** The workspace folder beside the repository, written as one path or as path segments. */
const SIBLING_WORKSPACE = /[.][.][/\\]shared\b|(['"])[.][.]\1\s*,\s*(['"])shared\2/g;
/** Calls that read, write or build a path from their first argument. */
const TAKES_A_PATH =
  /\b(?:readFileSync|readFile|writeFileSync|writeFile|appendFileSync|existsSync|readdirSync|readdir|statSync|stat|lstatSync|mkdirSync|mkdir|rmSync|rm|copyFileSync|cpSync|createReadStream|createWriteStream|openSync|resolve|join|glob)\(\s*$/;
const STRING = /'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
const FOLDER_OF_FILE = String.raw`(?:import\.meta\.dirname|__dirname|path\.dirname\(\s*fileURLToPath\(\s*import\.meta\.url\s*\)\s*\))`;

interface Literal {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly quote: string;
}

function literals(source: string): Literal[] {
  return [...source.matchAll(STRING)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: m[0].slice(1, -1),
    quote: m[0][0]!,
  }));
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** A path relative to the repository root that leaves it. */
function escapes(relativeToRoot: string): boolean {
  return relativeToRoot === '..' || relativeToRoot.startsWith('../');
}

function fromRoot(folder: string, ...segments: string[]): string {
  return path.posix.normalize(path.posix.join(folder || '.', ...segments));
}

/** The string literals that follow `(` anchor `,` as the next arguments of a call, and where they end. */
function literalArguments(source: string, from: number, all: readonly Literal[]): Literal[] {
  const args: Literal[] = [];
  let at = from;
  for (;;) {
    const comma = /^\s*,\s*/.exec(source.slice(at));
    if (!comma) return args;
    const next = all.find((l) => l.start === at + comma[0].length);
    if (!next || next.quote === '`') return args;
    args.push(next);
    at = next.end;
  }
}

export function referencesOutsideRepository(file: string, source: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  const report = (index: number, text: string, resolved: string) => found.push({ line: lineAt(source, index), text, resolved });
  const folder = path.posix.dirname(file);
  const all = literals(source);
  const judged = new Set<number>();

  // Anywhere, comments included: the workspace beside this repository, or folders of a machine.
  for (const m of source.matchAll(SIBLING_WORKSPACE)) report(m.index, m[0], 'the shared folder beside the repository');

  // Module specifiers and URLs, resolved from the file's folder.
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*|\bvi\.mock\(\s*|new URL\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;
  for (const m of source.matchAll(specifier)) {
    const literalStart = m.index + m[0].length - m[2]!.length - 2;
    judged.add(literalStart);
    const resolved = fromRoot(folder, m[2]!);
    if (escapes(resolved)) report(m.index, m[0], resolved);
  }

  // path.resolve / path.join from a known folder, and constants built that way.
  const anchors = new Map<string, string>([['REPO_ROOT', '']]);
  for (const m of source.matchAll(
    new RegExp(String.raw`\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*path\.(?:resolve|join)\(\s*${FOLDER_OF_FILE}`, 'g'),
  )) {
    const args = literalArguments(source, m.index + m[0].length, all);
    anchors.set(m[1]!, fromRoot(folder, ...args.map((a) => a.value)));
  }
  const anchorNames = [...anchors.keys()].map((n) => n.replace(/\$/g, '\\$')).join('|');
  const call = new RegExp(String.raw`path\.(?:resolve|join)\(\s*(${FOLDER_OF_FILE}|\b(?:${anchorNames})\b)`, 'g');
  for (const m of source.matchAll(call)) {
    const base = anchors.get(m[1]!) ?? folder;
    const args = literalArguments(source, m.index + m[0].length, all);
    for (const a of args) judged.add(a.start);
    const resolved = fromRoot(base, ...args.map((a) => a.value));
    if (escapes(resolved)) report(m.index, source.slice(m.index, args.at(-1)?.end ?? m.index + m[0].length), resolved);
  }

  for (const literal of all) {
    if (judged.has(literal.start)) continue;
    const { value } = literal;
    // A template that starts from a known folder: `${import.meta.dirname}/../..`.
    const template = new RegExp(String.raw`^\$\{\s*(${FOLDER_OF_FILE}|${anchorNames})\s*\}(/[^$]*)`).exec(value);
    if (literal.quote === '`' && template) {
      const resolved = fromRoot(anchors.get(template[1]!) ?? folder, `.${template[2]!}`);
      if (escapes(resolved)) report(literal.start, value, resolved);
      continue;
    }
    if (MACHINE_FOLDERS.test(value)) report(literal.start, value, value);
    // A relative path handed to a file-system or path function is read from the repository root,
    // where npm runs commands and tests.
    else if (
      /^\.\.(?:[/\\]|$)/.test(value) &&
      TAKES_A_PATH.test(source.slice(Math.max(0, literal.start - 40), literal.start)) &&
      escapes(fromRoot('', value.replace(/\\/g, '/')))
    )
      report(literal.start, value, fromRoot('', value));
  }
  const unique = new Map(found.map((f) => [`${f.line}:${f.text}`, f]));
  return [...unique.values()].sort((a, b) => a.line - b.line);
}
