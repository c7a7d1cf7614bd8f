/**
 * The problems found in the workspace, by file, each a button that takes the caret to its line (in
 * its file), in the reader's language. A polite status line says how many there are and where the
 * first error is, so a screen reader hears the count change as the trainer types, not every message;
 * the page keeps that line in view beside the editor while the list may be scrolled away.
 */
import type { Diagnostic } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { checkerMessage, diagnosticText } from './diagnostic-text.js';

export interface ProblemList {
  /** The heading and the list. */
  readonly root: HTMLElement;
  /** The status line: how many problems, and the first error at its line. */
  readonly summary: HTMLElement;
  /** The summary line's id, for the editor's `aria-describedby`. */
  readonly summaryId: string;
  show(diagnostics: readonly Diagnostic[]): void;
}

export function createProblemList(t: Translate, onGoTo: (file: string, line: number | undefined) => void): ProblemList {
  const summaryId = 'problems-summary';
  const summary = h('p', { id: summaryId, class: 'problems-summary', attrs: { role: 'status' } }, t('ui.author.problems.checking'));
  const list = h('ul', { class: 'problems' });
  const root = h('section', { class: 'problems-panel', attrs: { 'aria-labelledby': 'problems-heading' } }, [
    h('h2', { id: 'problems-heading' }, t('ui.author.problems.heading')),
    list,
  ]);
  let lastSummary = '';

  return {
    root,
    summary,
    summaryId,
    show(diagnostics) {
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = diagnostics.length - errors;
      const text = diagnostics.length === 0 ? t('ui.author.problems.none') : t('ui.author.problems.count', { errors, warnings });
      const first = diagnostics.find((d) => d.severity === 'error');
      const full = first
        ? `${text} ${t('ui.author.problems.first', { file: first.file, line: first.line ?? '-', message: checkerMessage(t, first.message) })}`
        : text;
      if (full !== lastSummary) summary.textContent = full;
      lastSummary = full;
      summary.dataset.errors = String(errors);
      list.replaceChildren(
        ...diagnostics.map((d) =>
          h('li', { class: `problem ${d.severity}`, attrs: { 'data-file': d.file, 'data-line': d.line } }, [
            h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => onGoTo(d.file, d.line) } }, [
              h('span', { class: 'where' }, d.line !== undefined ? t('ui.author.problems.at', { file: d.file, line: d.line }) : d.file),
              ' ',
              h('span', { class: 'severity' }, `${t(`ui.author.problems.${d.severity}`)}:`),
              ' ',
              h('span', { class: 'message' }, diagnosticText(t, d)),
            ]),
          ]),
        ),
      );
    },
  };
}
