/**
 * The files a trainer is editing in the author preview: a scenario folder's `scenario.json` and its
 * `<locale>.ink` files, by file name. A plain value: the page keeps one and replaces it on each edit.
 */

export const MANIFEST_FILE = 'scenario.json';
const INK_FILE = /^([a-z]{2}(?:-[A-Z]{2})?)\.ink$/;

export interface Workspace {
  /** The folder's name, which must equal the manifest's id; absent for pasted Ink. */
  readonly folder?: string;
  /** File name to text: `scenario.json`, `en.ink`, `es.ink`. */
  readonly files: Readonly<Record<string, string>>;
}

/** The locale of a story file name (`es.ink` -> `es`), or undefined for any other file. */
export function localeOfFile(name: string): string | undefined {
  return INK_FILE.exec(name)?.[1];
}

/** The editable files in the order a trainer reads them: the manifest, then the stories by name. */
export function editableFiles(workspace: Workspace): string[] {
  const names = Object.keys(workspace.files);
  return [...names.filter((n) => n === MANIFEST_FILE), ...names.filter((n) => localeOfFile(n) !== undefined).sort()];
}

export function withFile(workspace: Workspace, name: string, text: string): Workspace {
  return { ...workspace, files: { ...workspace.files, [name]: text } };
}

/** The manifest given to pasted Ink: an English overdose scene training every overdose protocol. */
export function pastedInkManifest(): string {
  const manifest = {
    id: 'pasted-scenario',
    version: 1,
    kind: 'overdose',
    title: { en: 'Pasted scenario' },
    summary: { en: 'Ink pasted into the author preview.' },
    estimatedMinutes: 5,
    locales: ['en'],
    protocols: ['naloxone', 'good-samaritan', 'no-arrest-at-overdose', 'voluntary-referral'],
    parameters: {},
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function pastedInkWorkspace(ink = ''): Workspace {
  return { files: { [MANIFEST_FILE]: pastedInkManifest(), 'en.ink': ink } };
}

export interface PickedFile {
  /** The path inside the chosen folder, as the browser gives it (`my-scenario/en.ink`). */
  readonly path: string;
  readonly text: string;
}

export type FolderRead = { readonly ok: true; readonly workspace: Workspace } | { readonly ok: false; readonly reason: 'no-manifest' };

/**
 * The scenario in a chosen folder: its `scenario.json` and story files, from the folder itself or,
 * if the trainer chose a folder that holds one scenario folder, from that one. Other files (golden
 * paths, notes) are left alone.
 */
export function workspaceFromFolder(picked: readonly PickedFile[]): FolderRead {
  const manifests = picked
    .filter((f) => f.path.split('/').at(-1) === MANIFEST_FILE)
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  const manifest = manifests[0];
  if (!manifest) return { ok: false, reason: 'no-manifest' };
  const dir = manifest.path.split('/').slice(0, -1);
  const inDir = picked.filter((f) => {
    const parts = f.path.split('/');
    return parts.length === dir.length + 1 && dir.every((segment, i) => parts[i] === segment);
  });
  const files: Record<string, string> = {};
  for (const file of inDir) {
    const name = file.path.split('/').at(-1) ?? '';
    if (name === MANIFEST_FILE || localeOfFile(name) !== undefined) files[name] = file.text;
  }
  const folder = dir.at(-1);
  return { ok: true, workspace: folder ? { folder, files } : { files } };
}
