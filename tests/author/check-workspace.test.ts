/** The author preview's checks, run on text as the editor holds it: every problem at its file and line. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspaceChecker } from '../../src/author/check-workspace.js';
import { withFile, type Workspace } from '../../src/author/workspace.js';

/** The fixture names one sound; with it known, no presentation warning clutters the problems. */
const createChecker = () => createWorkspaceChecker({ assets: { bg: new Set(), sfx: new Set(['naloxone_spray']) } });

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HUB = path.join(ROOT, 'tests', 'fixtures', 'scenarios', 'hub-overdose');
const hubInk = readFileSync(path.join(HUB, 'en.ink'), 'utf8');
const hubManifest = JSON.parse(readFileSync(path.join(HUB, 'scenario.json'), 'utf8')) as Record<string, unknown>;

function hub(manifest: Record<string, unknown> = hubManifest, files: Record<string, string> = { 'en.ink': hubInk }): Workspace {
  return { folder: 'hub-overdose', files: { 'scenario.json': `${JSON.stringify(manifest, null, 2)}\n`, ...files } };
}

/** The 1-based line of the first line containing `text`. */
function lineOf(source: string, text: string): number {
  return source.split('\n').findIndex((line) => line.includes(text)) + 1;
}

describe('checking a workspace as the author types', () => {
  it('compiles a clean scenario into a playable manifest and story, with no problems', () => {
    const check = createChecker()(hub());
    expect(check.diagnostics).toEqual([]);
    expect(check.manifest?.id).toBe('hub-overdose');
    expect(Object.keys(check.stories)).toEqual(['en']);
    expect(check.stories.en?.file).toBe('en.ink');
  });

  it('locates an EXTERNAL function and a knot that loops with no choice, as the checker does, and offers no story to play', () => {
    const broken = `EXTERNAL beep()\n~ beep()\n${hubInk}\n=== spin ===\nround\n-> spin\n`;
    const check = createChecker()(hub(hubManifest, { 'en.ink': broken }));
    expect(check.diagnostics).toEqual([
      expect.objectContaining({
        file: 'en.ink',
        line: 2,
        severity: 'error',
        message: expect.stringMatching(/"beep" is an EXTERNAL function/),
      }),
      expect.objectContaining({
        file: 'en.ink',
        line: lineOf(broken, '-> spin'),
        severity: 'error',
        message: expect.stringMatching(/"spin" diverts back to itself with no choice and no ending/),
      }),
    ]);
    expect(check.stories).toEqual({});
  });

  it('locates an unknown action at its line in its file, and offers no story to play', () => {
    const broken = hubInk.replace('#act:call_ems', '#act:call_ambulance');
    const check = createChecker()(hub(hubManifest, { 'en.ink': broken }));
    expect(check.diagnostics).toEqual([
      expect.objectContaining({
        file: 'en.ink',
        line: lineOf(broken, 'call_ambulance'),
        severity: 'error',
        message: expect.stringContaining('unknown action "call_ambulance"'),
      }),
    ]);
    expect(check.stories.en).toBeUndefined();
  });

  it('locates manifest mistakes at their fields, and a JSON syntax error at its line', () => {
    const wrongKind = createChecker()(hub({ ...hubManifest, kind: 'fire' }));
    const kind = wrongKind.diagnostics.find((d) => d.field === 'kind');
    expect(kind).toMatchObject({ file: 'scenario.json', severity: 'error', line: 4 });
    expect(wrongKind.manifest).toBeUndefined();

    const json = `${JSON.stringify(hubManifest, null, 2)}`.replace('"version": 1,', '"version": 1');
    const syntax = createChecker()({ folder: 'hub-overdose', files: { 'scenario.json': json, 'en.ink': hubInk } });
    expect(syntax.diagnostics[0]).toMatchObject({ file: 'scenario.json', severity: 'error', line: 4 });
  });

  it('says when the folder and the id differ, and when a listed language has no story', () => {
    const renamed = createChecker()({ ...hub(), folder: 'my-copy' });
    expect(renamed.diagnostics.find((d) => d.field === 'id')?.message).toContain('"my-copy"');
    const missing = createChecker()(
      hub({ ...hubManifest, locales: ['en', 'es'], title: { en: 'a', es: 'b' }, summary: { en: 'a', es: 'b' } }),
    );
    expect(missing.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'scenario.json', field: 'locales', message: expect.stringContaining('es.ink') }),
    );
    expect(Object.keys(missing.stories)).toEqual(['en']);
  });

  it('warns about a story file the manifest does not list', () => {
    const check = createChecker()(hub(hubManifest, { 'en.ink': hubInk, 'fr.ink': hubInk }));
    expect(check.diagnostics).toEqual([expect.objectContaining({ file: 'fr.ink', severity: 'warning' })]);
  });

  it('checks the engine variables a story declares and explains an undeclared one', () => {
    const wrongType = hubInk.replace('VAR responsive = false', 'VAR responsive = 0');
    const typed = createChecker()(hub(hubManifest, { 'en.ink': wrongType }));
    expect(typed.diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'en.ink',
        line: lineOf(wrongType, 'VAR responsive'),
        message: expect.stringContaining('responsive is a boolean'),
      }),
    );
    expect(typed.stories.en).toBeUndefined();

    const undeclared = hubInk.replace('VAR breathing = "slow"\n', '');
    const explained = createChecker()(hub(hubManifest, { 'en.ink': undeclared }));
    expect(explained.diagnostics.some((d) => d.file === 'en.ink' && d.message.includes('add VAR breathing'))).toBe(true);
  });

  it('compares each translation with the first language, knot by knot', () => {
    const manifest = { ...hubManifest, locales: ['en', 'es'], title: { en: 'a', es: 'b' }, summary: { en: 'a', es: 'b' } };
    const spanish = hubInk.replace('* [Call EMS #act:call_ems]\n  -> beside_patient\n', '');
    const check = createChecker()(hub(manifest, { 'en.ink': hubInk, 'es.ink': spanish }));
    expect(check.diagnostics.length).toBeGreaterThan(0);
    expect(check.diagnostics.every((d) => d.file === 'es.ink' && d.message.includes('locale parity'))).toBe(true);
  });

  it('compiles again only the file that changed', () => {
    const check = createChecker();
    const manifest = { ...hubManifest, locales: ['en', 'es'], title: { en: 'a', es: 'b' }, summary: { en: 'a', es: 'b' } };
    const first = check(hub(manifest, { 'en.ink': hubInk, 'es.ink': hubInk }));
    const second = check(
      withFile(
        hub(manifest, { 'en.ink': hubInk, 'es.ink': hubInk }),
        'en.ink',
        hubInk.replace('The medics come in.', 'The medics arrive.'),
      ),
    );
    expect(second.stories.es).toBe(first.stories.es);
    expect(second.stories.en).not.toBe(first.stories.en);
    expect(second.stories.en?.json).toContain('The medics arrive.');
  });
});
