/**
 * The author preview's editor: a plain textarea (every keyboard, screen reader and browser knows how
 * to edit one) over a backdrop that repeats its text, invisibly, line by line. The backdrop wraps
 * exactly as the textarea does, so it can number each line in the margin and mark the lines that
 * have problems, even when a paragraph of prose wraps over several rows.
 */
import type { Diagnostic } from '../engine/index.js';
import { h } from '../kit/dom.js';

export interface Editor {
  readonly root: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  /** Replaces the text (opening another file); the caret goes to the start. */
  setText(text: string): void;
  /** Marks the lines of these problems (all in the file being edited). */
  mark(diagnostics: readonly Diagnostic[]): void;
  /** Puts the caret at the start of a line, shows the line, and focuses the editor. */
  goToLine(line: number): void;
  /** Names the editor after the file in it. */
  relabel(label: string): void;
}

export interface EditorOptions {
  readonly label: string;
  /** Ids of elements describing the editor (its problems summary). */
  readonly describedBy: string;
  readonly onInput: (text: string) => void;
}

/** Offset of the start of a 1-based line in `text` (the end of the text for a line past the end). */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

export function createEditor(options: EditorOptions): Editor {
  const backdrop = h('div', { class: 'backdrop', attrs: { 'aria-hidden': 'true' } });
  const textarea = h('textarea', {
    id: 'editor',
    attrs: { spellcheck: false, autocapitalize: 'off', autocomplete: 'off', 'aria-describedby': options.describedBy },
  });
  const label = h('label', { class: 'visually-hidden', attrs: { for: 'editor' } }, options.label);
  const root = h('div', { class: 'editor' }, [label, backdrop, textarea]);
  let marked: readonly Diagnostic[] = [];

  const rowOf = (line: number): HTMLElement | undefined => (backdrop.children[line - 1] as HTMLElement | undefined) ?? undefined;

  /** Brings the backdrop's rows in line with the text, touching only rows whose text changed. */
  const renderRows = (): void => {
    const lines = textarea.value.split('\n');
    const rows = backdrop.children;
    for (let i = 0; i < lines.length; i++) {
      // A lone space gives an empty line its height; the textarea shows no difference.
      const text = lines[i] === '' ? ' ' : (lines[i] ?? ' ');
      const row = rows[i];
      if (!row) backdrop.append(h('div', { class: 'row', attrs: { 'data-line': i + 1 } }, text));
      else if (row.textContent !== text) row.textContent = text;
    }
    while (rows.length > lines.length) rows[rows.length - 1]?.remove();
    renderMarks();
  };

  const renderMarks = (): void => {
    for (const row of backdrop.querySelectorAll('.row.error, .row.warning')) row.classList.remove('error', 'warning');
    for (const d of marked) {
      const row = d.line === undefined ? undefined : rowOf(d.line);
      if (row && !row.classList.contains('error')) {
        row.classList.remove('warning');
        row.classList.add(d.severity);
      }
    }
  };

  const follow = (): void => {
    backdrop.style.width = `${textarea.clientWidth}px`;
    backdrop.style.transform = `translateY(${-textarea.scrollTop}px)`;
  };

  textarea.addEventListener('input', () => {
    renderRows();
    follow();
    options.onInput(textarea.value);
  });
  textarea.addEventListener('scroll', follow);
  new ResizeObserver(follow).observe(textarea);

  return {
    root,
    textarea,
    setText(text) {
      textarea.value = text;
      textarea.setSelectionRange(0, 0);
      textarea.scrollTop = 0;
      renderRows();
      follow();
    },
    mark(diagnostics) {
      marked = diagnostics;
      textarea.setAttribute('aria-invalid', String(diagnostics.some((d) => d.severity === 'error')));
      renderMarks();
    },
    relabel(text) {
      label.textContent = text;
    },
    goToLine(line) {
      const offset = offsetOfLine(textarea.value, line);
      textarea.focus();
      textarea.setSelectionRange(offset, offset);
      const row = rowOf(line);
      if (row) textarea.scrollTop = Math.max(0, row.offsetTop - textarea.clientHeight / 3);
      follow();
    },
  };
}
