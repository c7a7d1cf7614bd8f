/** The files of the author preview: read from a chosen folder, or a pasted story with a default manifest. */
import { describe, expect, it } from 'vitest';
import { offsetOfLine } from '../../src/author/editor.js';
import { editableFiles, localeOfFile, pastedInkWorkspace, workspaceFromFolder } from '../../src/author/workspace.js';
import { validateManifest } from '../../src/engine/index.js';

describe('the author workspace', () => {
  it('reads a chosen scenario folder: its manifest and stories, nothing else', () => {
    const read = workspaceFromFolder([
      { path: 'overdose-motel-room/scenario.json', text: '{}' },
      { path: 'overdose-motel-room/en.ink', text: 'Hello.' },
      { path: 'overdose-motel-room/es.ink', text: 'Hola.' },
      { path: 'overdose-motel-room/paths.json', text: '{}' },
      { path: 'overdose-motel-room/notes/en.ink', text: 'a draft' },
    ]);
    expect(read).toEqual({
      ok: true,
      workspace: { folder: 'overdose-motel-room', files: { 'scenario.json': '{}', 'en.ink': 'Hello.', 'es.ink': 'Hola.' } },
    });
  });

  it('finds the scenario inside a folder that holds it, and refuses a folder without a manifest', () => {
    const nested = workspaceFromFolder([
      { path: 'my-scenarios/motel/scenario.json', text: '{}' },
      { path: 'my-scenarios/motel/en.ink', text: 'Hello.' },
    ]);
    expect(nested.ok && nested.workspace.folder).toBe('motel');
    expect(workspaceFromFolder([{ path: 'drafts/en.ink', text: 'Hello.' }])).toEqual({ ok: false, reason: 'no-manifest' });
  });

  it('lists the manifest first, then the stories by language', () => {
    expect(editableFiles({ files: { 'es.ink': '', 'en.ink': '', 'scenario.json': '' } })).toEqual(['scenario.json', 'en.ink', 'es.ink']);
    expect(localeOfFile('pt-BR.ink')).toBe('pt-BR');
    expect(localeOfFile('paths.json')).toBeUndefined();
  });

  it('gives pasted Ink a valid manifest of its own', () => {
    const pasted = pastedInkWorkspace('Hello.');
    const validation = validateManifest(JSON.parse(pasted.files['scenario.json'] ?? ''));
    expect(validation.ok).toBe(true);
    expect(pasted.files['en.ink']).toBe('Hello.');
    expect(pasted.folder).toBeUndefined();
  });

  it('finds where each line starts, for moving the caret to a problem', () => {
    const text = 'one\ntwo\n\nfour';
    expect([1, 2, 3, 4, 9].map((line) => offsetOfLine(text, line))).toEqual([0, 4, 8, 9, text.length]);
  });
});
