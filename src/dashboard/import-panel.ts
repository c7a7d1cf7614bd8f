/**
 * Choosing export files or a folder of them, and what the last import did: attempts added, those
 * already imported, files skipped, and every problem with the file it is in (and the field, for a
 * bad attempt inside a good export).
 */
import { MAX_IMPORT_BYTES } from '../export/attempts-json.js';
import { h } from '../kit/dom.js';
import type { DashboardImportProblem, FileProblemCode } from './import-files.js';
import { count, type DashboardLabels } from './labels.js';

export interface ImportSummary {
  readonly files: number;
  readonly added: number;
  readonly duplicates: number;
  /** Attempts found twice with different content by this import: set aside, not counted. */
  readonly conflicts: number;
  readonly skipped: readonly string[];
  readonly problems: readonly DashboardImportProblem[];
}

export interface ImportPanelState {
  readonly busy: boolean;
  readonly last?: ImportSummary;
  /** Attempts imported so far, finished or not. */
  readonly total: number;
  readonly unfinished: number;
  /**
   * The drawing right after an import: only then is the problems list an alert. The page is drawn
   * again on every filter change, and a new alert would be read out again each time.
   */
  readonly announceProblems?: boolean;
}

export interface ImportPanelActions {
  readonly importFiles: (files: readonly File[], fromFolder: boolean) => void;
  readonly clear: () => void;
}

/** A long list of problems is cut here, with a count of the rest. */
const PROBLEMS_SHOWN = 100;

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

/** Each whole-file problem's wording; keys written out so the strings test finds them. */
const FILE_PROBLEM_KEYS: Readonly<Record<FileProblemCode, string>> = {
  'too-large': 'ui.dashboard.import.tooLarge',
  'not-json': 'ui.dashboard.import.notJson',
  'not-an-object': 'ui.dashboard.import.notAnExport',
  'other-format': 'ui.dashboard.import.otherFormat',
  'no-version': 'ui.dashboard.import.noVersion',
  'newer-version': 'ui.dashboard.import.newerVersion',
  'no-attempts': 'ui.dashboard.import.noAttempts',
  unreadable: 'ui.dashboard.import.unreadable',
  conflict: 'ui.dashboard.import.conflict',
};

/** A problem in the instructor's language; a bad attempt's validation message stays in English, beside the field it names. */
export function problemMessage(problem: DashboardImportProblem, t: DashboardLabels['t']): string {
  return problem.code ? t(FILE_PROBLEM_KEYS[problem.code], { limit: megabytes(MAX_IMPORT_BYTES), ...problem.values }) : problem.message;
}

function problemItem(problem: DashboardImportProblem, labels: DashboardLabels): HTMLElement {
  const wholeFile = problem.field === '(file)';
  const message = problemMessage(problem, labels.t);
  return h(
    'li',
    { attrs: { 'data-file': problem.file, 'data-field': problem.field, ...(problem.code ? { 'data-code': problem.code } : {}) } },
    [h('span', { class: 'file' }, problem.file), wholeFile ? ' ' : h('span', {}, [', ', h('code', {}, problem.field), ': ']), message],
  );
}

function summaryLines(state: ImportPanelState, labels: DashboardLabels): string[] {
  const { t } = labels;
  const last = state.last;
  if (state.busy) return [t('ui.dashboard.import.reading')];
  const lines: string[] = [];
  if (last) {
    lines.push(t('ui.dashboard.import.read', { count: last.files, shown: count(labels, last.files) }));
    lines.push(t('ui.dashboard.import.added', { count: last.added, shown: count(labels, last.added) }));
    if (last.duplicates > 0)
      lines.push(t('ui.dashboard.import.duplicates', { count: last.duplicates, shown: count(labels, last.duplicates) }));
    if (last.conflicts > 0) lines.push(t('ui.dashboard.import.conflicts', { count: last.conflicts, shown: count(labels, last.conflicts) }));
    if (last.skipped.length > 0)
      lines.push(t('ui.dashboard.import.skipped', { count: last.skipped.length, shown: count(labels, last.skipped.length) }));
  }
  lines.push(
    state.total === 0
      ? t('ui.dashboard.import.nothingYet')
      : t('ui.dashboard.import.total', {
          count: state.total,
          shown: count(labels, state.total),
          unfinished: count(labels, state.unfinished),
        }),
  );
  return lines;
}

function fileInput(id: string, folder: boolean, actions: ImportPanelActions): HTMLInputElement {
  const input = h('input', {
    id,
    attrs: folder
      ? { type: 'file', webkitdirectory: true, multiple: true }
      : { type: 'file', multiple: true, accept: '.json,application/json' },
    on: {
      change: () => {
        const files = [...(input.files ?? [])];
        // Cleared, so that choosing the same file again (after fixing it) imports it again.
        input.value = '';
        if (files.length > 0) actions.importFiles(files, folder);
      },
    },
  });
  return input;
}

export function importPanel(state: ImportPanelState, labels: DashboardLabels, actions: ImportPanelActions): HTMLElement {
  const { t } = labels;
  const problems = state.last?.problems ?? [];
  return h(
    'section',
    { class: 'card import no-print', id: 'import', attrs: { 'aria-labelledby': 'import-heading', 'aria-busy': String(state.busy) } },
    [
      h('h2', { id: 'import-heading' }, t('ui.dashboard.import.heading')),
      h('p', { class: 'help' }, t('ui.dashboard.import.help', { limit: megabytes(MAX_IMPORT_BYTES) })),
      h('div', { class: 'import-inputs' }, [
        h('div', { class: 'field' }, [
          h('label', { attrs: { for: 'import-files' } }, t('ui.dashboard.import.files')),
          fileInput('import-files', false, actions),
        ]),
        h('div', { class: 'field' }, [
          h('label', { attrs: { for: 'import-folder' } }, t('ui.dashboard.import.folder')),
          fileInput('import-folder', true, actions),
        ]),
        state.total > 0
          ? h(
              'button',
              { id: 'clear-attempts', class: 'secondary', attrs: { type: 'button' }, on: { click: actions.clear } },
              t('ui.dashboard.import.clear'),
            )
          : null,
      ]),
      h(
        'div',
        { id: 'import-status', attrs: { role: 'status', 'data-total': state.total } },
        summaryLines(state, labels).map((line) => h('p', {}, line)),
      ),
      problems.length > 0
        ? h('div', { id: 'import-problems', attrs: state.announceProblems ? { role: 'alert' } : {} }, [
            h('h3', {}, t('ui.dashboard.import.problems', { count: problems.length, shown: count(labels, problems.length) })),
            h(
              'ul',
              { class: 'import-problems' },
              problems.slice(0, PROBLEMS_SHOWN).map((p) => problemItem(p, labels)),
            ),
            problems.length > PROBLEMS_SHOWN
              ? h('p', {}, t('ui.dashboard.import.moreProblems', { count: problems.length - PROBLEMS_SHOWN }))
              : null,
          ])
        : null,
    ],
  );
}
