/**
 * The layers of src/ and the one direction imports may cross them, checked over a source tree: every
 * import a file makes, directly or through any chain of other files, must stay within the layers its
 * own layer may use; the headless layers (engine, protocols, play) never touch a browser global; and
 * each layer uses only the packages it is allowed. `npm test` runs it on this repository
 * (tests/tooling/layers.test.ts); README.md ("How it fits together") explains the layers.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Layer {
  /** The layers this one may import from directly; what those may use, it may reach through them. */
  readonly uses: readonly string[];
  /** The packages it may import (`inkjs` allows `inkjs/full` too); absent: any package. */
  readonly packages?: readonly string[];
  /** Runs the same in Node and the browser: no `window`, `document`, `localStorage`, ... */
  readonly headless?: boolean;
}

/**
 * Keyed by the folder under src/ (a file directly in src/ is an entry point: `main.ts` is the game's).
 * Lowest first: the engine uses nothing of ours; the pages (ui for the game, author, dashboard, the
 * classroom's console) use what is below them and never each other, except that the game hosts the
 * classroom's projector and the LMS connection.
 */
export const LAYERS: Readonly<Record<string, Layer>> = {
  engine: { uses: [], packages: ['xstate', 'inkjs'], headless: true },
  protocols: { uses: ['engine'], packages: [], headless: true },
  i18n: { uses: [], packages: ['i18next'] },
  storage: { uses: ['engine', 'protocols'], packages: ['idb'] },
  export: { uses: ['engine', 'storage'], packages: [] },
  play: { uses: ['engine', 'protocols', 'storage'], packages: ['xstate'], headless: true },
  refresher: { uses: ['engine', 'protocols', 'storage'], packages: [], headless: true },
  kit: { uses: ['engine', 'protocols', 'i18n'], packages: [] },
  game: { uses: ['engine'], packages: ['vite'] },
  lms: { uses: ['engine', 'protocols', 'i18n', 'kit', 'storage', 'export', 'play'], packages: ['@xapi/cmi5'] },
  classroom: { uses: ['engine', 'protocols', 'i18n', 'kit', 'play'], packages: [] },
  author: { uses: ['engine', 'protocols', 'i18n', 'kit', 'play', 'game', 'tooling'], packages: [] },
  dashboard: { uses: ['engine', 'protocols', 'i18n', 'kit', 'storage', 'export', 'game', 'refresher'], packages: [] },
  ui: {
    uses: ['engine', 'protocols', 'i18n', 'kit', 'storage', 'export', 'play', 'game', 'classroom', 'lms', 'refresher'],
    packages: ['xstate', 'phaser', 'howler'],
  },
  pwa: { uses: [] },
  tooling: { uses: ['engine', 'protocols', 'game', 'i18n'] },
  cli: { uses: ['engine', 'protocols', 'tooling', 'i18n'] },
  '(entry)': { uses: ['ui', 'storage', 'game', 'lms', 'play'] },
};

/** Browser globals a headless layer must never reach for (DOM, storage, network, windows and workers). */
export const BROWSER_GLOBALS: ReadonlySet<string> = new Set([
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'history',
  'XMLHttpRequest',
  'WebSocket',
  'BroadcastChannel',
  'Worker',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'alert',
  'confirm',
  'prompt',
  'customElements',
  'getComputedStyle',
  'matchMedia',
  'HTMLElement',
  'Element',
  'Node',
  'MutationObserver',
  'DOMParser',
  'FileReader',
  'Image',
  'Audio',
]);

export interface LayerProblem {
  /** Relative to the checked root, with forward slashes: `src/engine/session.ts`. */
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

interface SourceFile {
  readonly layer: string;
  readonly text: string;
  /** Each import's specifier and the line it is on. */
  readonly imports: readonly { readonly specifier: string; readonly line: number }[];
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function layerOf(relative: string): string {
  const parts = relative.split('/');
  return parts.length <= 2 ? '(entry)' : (parts[1] ?? '(entry)');
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

/** `./x.js` as the TypeScript file it names, relative to the root; `undefined` for anything else (a stylesheet, JSON). */
function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(path.join(root, from)), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, path.join(base, 'index.ts')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found ? path.relative(root, found).split(path.sep).join('/') : undefined;
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Every layer a layer may reach: its own, those it uses, and what they may use in turn. */
function reachable(name: string, layers: Readonly<Record<string, Layer>>, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const used of layers[name]?.uses ?? []) reachable(used, layers, seen);
  return seen;
}

/** Declared names in a file: a local `location` or `self` is not the browser's. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Is this identifier a name in a property position (`x.window`, `{ window: 1 }`), not a reference? */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
    // `globalThis.window` and `self.document` still reach the browser.
    return !(ts.isIdentifier(parent.expression) && ['globalThis', 'self', 'window'].includes(parent.expression.text));
  }
  return (
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent) ||
      ts.isBindingElement(parent)) &&
      parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node) ||
    (ts.isQualifiedName(parent) && parent.right === node) ||
    ts.isImportSpecifier(parent) ||
    ts.isExportSpecifier(parent) ||
    ts.isLabeledStatement(parent)
  );
}

function browserGlobalUses(relative: string, text: string): LayerProblem[] {
  const source = ts.createSourceFile(relative, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declared = declaredNames(source);
  const problems: LayerProblem[] = [];
  const report = (node: ts.Node, name: string): void => {
    problems.push({
      file: relative,
      line: lineOf(text, node.getStart(source)),
      message: `uses the browser's \`${name}\`: this layer is headless (it runs the same in Node and the browser)`,
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && !declared.has(node.text) && !isPropertyName(node))
      report(node, node.text);
    if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['globalThis', 'self'].includes(node.expression.text) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      BROWSER_GLOBALS.has(node.argumentExpression.text)
    )
      report(node, node.argumentExpression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

function readSource(root: string, relative: string): SourceFile {
  const text = readFileSync(path.join(root, relative), 'utf8');
  const info = ts.preProcessFile(text, true, true);
  return {
    layer: layerOf(relative),
    text,
    imports: info.importedFiles.map((f) => ({ specifier: f.fileName, line: lineOf(text, f.pos) })),
  };
}

/** Every way the source tree under `root/src` breaks the layers, in file order. */
export function checkLayers(root: string, layers: Readonly<Record<string, Layer>> = LAYERS): LayerProblem[] {
  const src = path.join(root, 'src');
  const files = new Map<string, SourceFile>();
  for (const file of sourceFiles(src).sort()) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    files.set(relative, readSource(root, relative));
  }
  const problems: LayerProblem[] = [];
  /** The src files each file imports, with the line of the import. */
  const edges = new Map<string, { target: string; line: number }[]>();

  for (const [relative, file] of files) {
    const layer = layers[file.layer];
    if (!layer) {
      problems.push({ file: relative, line: 1, message: `is in src/${file.layer}, which is not a declared layer (src/tooling/layers.ts)` });
      continue;
    }
    const targets: { target: string; line: number }[] = [];
    for (const { specifier, line } of file.imports) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(root, relative, specifier);
        if (target && files.has(target)) targets.push({ target, line });
        continue;
      }
      const name = packageOf(specifier);
      const builtin = specifier.startsWith('node:');
      if (layer.headless && builtin) problems.push({ file: relative, line, message: `imports ${specifier}: this layer is headless` });
      else if (layer.packages && !builtin && !layer.packages.includes(name))
        problems.push({
          file: relative,
          line,
          message: `imports the package ${name}; src/${file.layer} may use ${layer.packages.join(', ') || 'no package'}`,
        });
    }
    edges.set(relative, targets);
    if (layer.headless) problems.push(...browserGlobalUses(relative, file.text));
  }

  for (const [relative, file] of files) {
    const allowed = reachable(file.layer, layers);
    // Breadth first, so the chain reported is the shortest way this file reaches the layer it must not.
    const via = new Map<string, { from: string; line: number }>();
    const queue = [relative];
    const reported = new Set<string>();
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const { target, line } of edges.get(current) ?? []) {
        if (via.has(target) || target === relative) continue;
        via.set(target, { from: current, line });
        const targetLayer = files.get(target)?.layer ?? '';
        if (!allowed.has(targetLayer)) {
          if (reported.has(targetLayer)) continue;
          reported.add(targetLayer);
          const chain: string[] = [target];
          let step = via.get(target);
          while (step && step.from !== relative) {
            chain.unshift(step.from);
            step = via.get(step.from);
          }
          const firstLine = via.get(chain[0]!)?.line ?? 1;
          const through = chain.length > 1 ? ` through ${chain.slice(0, -1).join(' -> ')}` : '';
          problems.push({
            file: relative,
            line: firstLine,
            message: `reaches src/${targetLayer} (${target})${through}; src/${file.layer} may use ${[...allowed].filter((l) => l !== file.layer).join(', ') || 'nothing of ours'}`,
          });
          continue;
        }
        queue.push(target);
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** `src/engine/a.ts:3: reaches src/ui ...`, one problem a line. */
export function formatLayerProblems(problems: readonly LayerProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}
