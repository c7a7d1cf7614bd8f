/**
 * The author preview page: open a scenario folder (or paste Ink), edit any of its files with every
 * problem shown at its line as you type, play it beside the editor, and save the files and the
 * session report by download. Everything stays in the browser.
 */
import { sortDiagnostics } from '../engine/diagnostics.js';
import type { Diagnostic } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import type { Profile } from '../engine/scoring/profile.js';
import { h } from '../kit/dom.js';
import { createCompilerClient } from './compiler-client.js';
import { downloadText } from './downloads.js';
import { draftOf, keepDraft, lastDraft } from './drafts.js';
import { createEditor } from './editor.js';
import { createPlayPanel } from './play-panel.js';
import { createProblemList } from './problem-list.js';
import {
  editableFiles,
  localeOfFile,
  MANIFEST_FILE,
  pastedInkWorkspace,
  withFile,
  workspaceFromFolder,
  type PickedFile,
  type Workspace,
} from './workspace.js';

export interface AuthorPageOptions {
  readonly root: HTMLElement;
  readonly t: Translate;
  readonly uiLocale: string;
  readonly profiles: readonly Profile[];
}

/** Only these files are read from a chosen folder; anything else in it is never opened. */
function isScenarioFile(name: string): boolean {
  return name === MANIFEST_FILE || localeOfFile(name) !== undefined;
}

export function startAuthorPage(options: AuthorPageOptions): void {
  const { root, t, uiLocale, profiles } = options;
  let workspace: Workspace = pastedInkWorkspace();
  let activeFile = 'en.ink';
  let diagnostics: readonly Diagnostic[] = [];
  /** What the checker found, what trying the stories found, and where the story played stopped. */
  let checked: readonly Diagnostic[] = [];
  let tried: readonly Diagnostic[] = [];
  let played: readonly Diagnostic[] = [];
  /** Files edited since they were opened or downloaded. */
  const unsaved = new Set<string>();
  const keep = (): boolean => keepDraft({ workspace, activeFile, unsaved: [...unsaved] });

  const showProblems = (): void => {
    // The trial and the play may both meet the same runaway: listed once.
    const byText = new Map([...checked, ...tried, ...played].map((d) => [`${d.file}:${d.line ?? ''}:${d.message}`, d]));
    diagnostics = sortDiagnostics([...byText.values()]);
    problems.show(diagnostics);
    editor.mark(diagnostics.filter((d) => d.file === activeFile));
  };

  const problems = createProblemList(t, (file, line) => goTo(file, line));
  const editor = createEditor({
    label: t('ui.author.edit.editorLabel', { file: activeFile }),
    describedBy: problems.summaryId,
    onInput: (text) => {
      workspace = withFile(workspace, activeFile, text);
      unsaved.add(activeFile);
      // Kept as typed, before anything else runs: a story that crashes the tab cannot take the text with it.
      keep();
      compiler.check(workspace);
    },
  });
  const play = createPlayPanel({
    t,
    uiLocale,
    profiles,
    onStoryProblems: (found) => {
      played = found;
      showProblems();
    },
  });
  const checkedIn = h('p', { class: 'help checked-in' });
  const sourceStatus = h('p', { class: 'source-status', attrs: { role: 'status' } });
  const fileSelect = h('select', { id: 'file-select', on: { change: () => openFile(fileSelect.value) } });
  const saveList = h('ul', { class: 'save-list' });

  const trialStatus = h('p', { class: 'help trial-status', attrs: { role: 'status' } });
  const compiler = createCompilerClient(
    {
      onResult: ({ check, milliseconds }) => {
        checked = check.diagnostics;
        // New text: where the last play stopped may have moved; the trial of this text will say.
        played = [];
        showProblems();
        checkedIn.textContent = t('ui.author.edit.checkedIn', { ms: Math.round(milliseconds) });
        checkedIn.dataset.ms = String(milliseconds);
        play.update(check);
      },
      onBusy: (busy) => problems.root.setAttribute('aria-busy', String(busy)),
      onFailure: (reason) => {
        checkedIn.textContent = t('ui.author.edit.compilerFailed', { reason });
      },
      onTrial: (found) => {
        tried = found;
        trialStatus.textContent = '';
        showProblems();
      },
      onTrialTimeout: (seconds) => {
        trialStatus.textContent = t('ui.author.play.trialTimeout', { seconds });
      },
    },
    profiles[0] ? { profile: profiles[0] } : {},
  );

  const folderInput = h('input', {
    id: 'open-folder',
    attrs: { type: 'file', webkitdirectory: true, multiple: true, 'aria-describedby': 'open-folder-help' },
    on: { change: () => void openFolder(folderInput.files) },
  });

  /** `edited`: files whose text is a draft never downloaded; `open`: the file to show first. */
  function showWorkspace(next: Workspace, source: string, edited: readonly string[] = [], open?: string): void {
    workspace = next;
    unsaved.clear();
    for (const name of edited) unsaved.add(name);
    [tried, played] = [[], []];
    const files = editableFiles(workspace);
    fileSelect.replaceChildren(...files.map((name) => h('option', { attrs: { value: name } }, name)));
    fileSelect.disabled = files.length < 2;
    saveList.replaceChildren(
      ...files.map((name) =>
        h('li', {}, [
          h(
            'button',
            { class: 'secondary', attrs: { type: 'button', 'data-file': name }, on: { click: () => saveFile(name) } },
            t('ui.author.save.file', { file: name }),
          ),
        ]),
      ),
    );
    sourceStatus.textContent = source;
    openFile(open && files.includes(open) ? open : (files.find((name) => localeOfFile(name) !== undefined) ?? files[0] ?? MANIFEST_FILE));
    compiler.check(workspace);
  }

  function openFile(name: string): void {
    activeFile = name;
    fileSelect.value = name;
    editor.relabel(t('ui.author.edit.editorLabel', { file: name }));
    editor.setText(workspace.files[name] ?? '');
    editor.mark(diagnostics.filter((d) => d.file === name));
  }

  function goTo(file: string, line: number | undefined): void {
    if (file !== activeFile && workspace.files[file] !== undefined) openFile(file);
    if (line !== undefined) editor.goToLine(line);
    else editor.textarea.focus();
  }

  function saveFile(name: string): void {
    const text = workspace.files[name];
    if (text === undefined) return;
    downloadText(name, text, name.endsWith('.json') ? 'application/json' : 'text/plain');
    unsaved.delete(name);
    keep();
  }

  async function openFolder(list: FileList | null): Promise<void> {
    const chosen = [...(list ?? [])].filter((file) => isScenarioFile(file.name));
    try {
      const picked: PickedFile[] = await Promise.all(
        chosen.map(async (file) => ({ path: file.webkitRelativePath || file.name, text: await file.text() })),
      );
      const read = workspaceFromFolder(picked);
      if (!read.ok) {
        sourceStatus.textContent = t('ui.author.source.noManifest');
        return;
      }
      // Edits to these files that were never downloaded (the tab crashed, the page was closed) are put back.
      const draft = draftOf(read.workspace.folder);
      const kept = (draft?.unsaved ?? []).filter((name) => read.workspace.files[name] !== draft?.workspace.files[name]);
      let opened = read.workspace;
      for (const name of kept) opened = withFile(opened, name, draft?.workspace.files[name] ?? '');
      const source = t('ui.author.source.folder', { folder: read.workspace.folder ?? '' });
      showWorkspace(opened, kept.length > 0 ? `${source} ${t('ui.author.edit.restored')}` : source, kept, draft?.activeFile);
      keep();
    } catch (error) {
      sourceStatus.textContent = t('ui.author.source.readFailed', { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  const pasteButton = h(
    'button',
    {
      id: 'paste-ink',
      class: 'secondary',
      attrs: { type: 'button', 'aria-describedby': 'paste-help' },
      on: {
        click: () => {
          showWorkspace(pastedInkWorkspace(), t('ui.author.source.pasted'));
          editor.textarea.focus();
        },
      },
    },
    t('ui.author.source.paste'),
  );

  root.replaceChildren(
    h('header', { class: 'card author-head' }, [
      h('h1', {}, t('ui.author.title')),
      h('p', {}, t('ui.author.intro')),
      h('div', { class: 'sources' }, [
        h('div', { class: 'field' }, [
          h('label', { attrs: { for: 'open-folder' } }, t('ui.author.source.openFolder')),
          folderInput,
          h('p', { id: 'open-folder-help', class: 'help' }, t('ui.author.source.openFolderHelp')),
        ]),
        h('div', { class: 'field' }, [pasteButton, h('p', { id: 'paste-help', class: 'help' }, t('ui.author.source.pasteHelp'))]),
      ]),
      sourceStatus,
    ]),
    h('div', { class: 'author-layout' }, [
      h('section', { class: 'card edit-panel', attrs: { 'aria-labelledby': 'edit-heading' } }, [
        h('h2', { id: 'edit-heading' }, t('ui.author.edit.heading')),
        h('div', { class: 'field file-field' }, [h('label', { attrs: { for: 'file-select' } }, t('ui.author.edit.file')), fileSelect]),
        editor.root,
        // Read right after the editor; shown along the window's bottom edge (author.css), in view while typing.
        problems.summary,
        checkedIn,
        trialStatus,
        problems.root,
        h('section', { class: 'save', attrs: { 'aria-labelledby': 'save-heading' } }, [
          h('h2', { id: 'save-heading' }, t('ui.author.save.heading')),
          h('p', { class: 'help' }, t('ui.author.save.help')),
          saveList,
        ]),
      ]),
      h('div', { class: 'card play-card' }, [play.root]),
    ]),
  );

  window.addEventListener('beforeunload', (event) => {
    // Edits live only in this page until they are downloaded: ask before they are lost.
    if (unsaved.size > 0) event.preventDefault();
  });

  const draft = lastDraft();
  if (draft) {
    const source = t(draft.workspace.folder ? 'ui.author.source.folder' : 'ui.author.source.pasted', {
      folder: draft.workspace.folder ?? '',
    });
    showWorkspace(draft.workspace, `${source} ${t('ui.author.edit.restored')}`, draft.unsaved, draft.activeFile);
  } else showWorkspace(workspace, t('ui.author.source.pasted'));
}
