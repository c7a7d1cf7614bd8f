/**
 * A user's clone has nothing beside it: no notes, no workspace, no specification folder. Nothing
 * under src/ or tests/ may name a path outside the repository, or `npm test` and the tools that pass
 * here fail for everyone else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencesOutsideRepository } from '../helpers/outside-repository.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Planted offenders, kept as text: the only folder the scan of the repository leaves out. */
const PLANTED = path.posix.join('tests', 'fixtures', 'outside-repository');
const MARK = '// <- outside the repository';

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (relative === PLANTED) return [];
    return entry.isDirectory() ? filesUnder(relative) : [relative];
  });
}

/** A planted offender: its first line says which file it pretends to be; its offending lines end with MARK. */
function planted(name: string): { file: string; source: string; marked: number[] } {
  const [header, ...lines] = readFileSync(path.join(ROOT, PLANTED, name), 'utf8').split('\n');
  const file = /^as: (\S+)$/.exec(header!)?.[1];
  if (!file) throw new Error(`${PLANTED}/${name}: the first line must be "as: <path in the repository>"`);
  const marked = lines.flatMap((line, i) => (line.endsWith(MARK) ? [i + 1] : []));
  return { file, source: lines.join('\n'), marked };
}

describe('no file under src/ or tests/ names a path outside the repository', () => {
  it('finds none in the repository', () => {
    const files = [...filesUnder('src'), ...filesUnder('tests')];
    expect(files.length).toBeGreaterThan(300);
    const found = files.flatMap((file) =>
      referencesOutsideRepository(file, readFileSync(path.join(ROOT, file), 'utf8')).map(
        (r) => `${file}:${r.line}: ${r.text} -> ${r.resolved}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('leaves out only the planted offenders, which are text that nothing runs', () => {
    const names = readdirSync(path.join(ROOT, PLANTED));
    expect(names.every((n) => n.endsWith('.txt'))).toBe(true);
    expect(names.length).toBeGreaterThan(10);
  });

  const offenders = readdirSync(path.join(ROOT, PLANTED)).filter((n) => n !== 'README.txt');
  it.each(offenders)('catches the planted offender %s at the line marked', (name) => {
    const { file, source, marked } = planted(name);
    expect(marked.length, `${name} marks no line`).toBeGreaterThan(0);
    const lines = [...new Set(referencesOutsideRepository(file, source).map((r) => r.line))];
    expect(lines).toEqual(marked);
  });

  it('says where an offender points', () => {
    const { file, source } = planted('climbs-from-a-constant.txt');
    expect(referencesOutsideRepository(file, source)).toEqual([
      { line: 4, text: "path.join(ROOT, '..', 'specs', 'ACTIONS.md'", resolved: '../specs/ACTIONS.md' },
    ]);
  });

  it.each([
    [
      'a document inside the repository',
      'tests/protocols/x.test.ts',
      "readFileSync(path.resolve(import.meta.dirname, '..', '..', 'docs', 'protocols.md'))",
    ],
    [
      'the repository root from a helper three folders down',
      'tests/browser/helpers/x.ts',
      "path.resolve(import.meta.dirname, '..', '..', '..')",
    ],
    ['the root from src/tooling', 'src/tooling/paths.ts', "path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')"],
    ['an import within the repository', 'tests/protocols/x.test.ts', "import { RUBRIC } from '../../src/protocols/index.js';"],
    ['a folder built from the root', 'src/cli/x.ts', "path.join(REPO_ROOT, 'docs', 'rubric.md')"],
    [
      'a constant built from its folder',
      'tests/ui/x.test.ts',
      "const ROOT = path.resolve(import.meta.dirname, '..', '..');\npath.join(ROOT, 'locales')",
    ],
    ['a system program', 'tests/browser/helpers/browser.ts', "const CHROMIUM = '/usr/bin/chromium';"],
    ['a path the dev server serves', 'src/game/catalogue.ts', "import.meta.glob('/scenarios/*/scenario.json')"],
    ['hostile input that is not a path read', 'tests/classroom/x.test.ts', "memory: { load: () => '../etc' }"],
  ])('lets %s alone', (_what, file, source) => {
    expect(referencesOutsideRepository(file, source)).toEqual([]);
  });
});
