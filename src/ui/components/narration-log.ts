/**
 * The narration: a `role="log"` region that only grows. Each batch (the trainee's pick and the story
 * that follows it) is appended as one element, so a screen reader announces it once, politely.
 */
import type { Line } from '../../engine/index.js';
import type { Translate } from '../../i18n/translator.js';
import { h } from '../dom.js';

export interface NarrationLog {
  readonly root: HTMLElement;
  /** Appends the trainee's pick (if any) and the lines that followed it. */
  addBatch(lines: readonly Line[], pickText?: string): void;
  /** A note from the game itself (a replay resumed here). */
  addNote(text: string): void;
  /** Shows the latest lines (once the log is on the page and has a height). */
  scrollToEnd(): void;
}

function lineElement(line: Line, t: Translate, uiLocale: string): HTMLElement {
  return h('p', { class: `line${line.speaker ? ` speaker-${line.speaker}` : ''}` }, [
    line.speaker ? h('strong', { class: 'speaker', attrs: { lang: uiLocale } }, `${t(`ui.speakers.${line.speaker}`)}: `) : null,
    h('span', {}, line.text.trim()),
  ]);
}

export function createNarrationLog(t: Translate, storyLocale: string, uiLocale: string): NarrationLog {
  const root = h('div', {
    class: 'narration',
    attrs: { role: 'log', 'aria-live': 'polite', 'aria-labelledby': 'narration-heading', tabindex: 0, lang: storyLocale },
  });
  const scrollToEnd = (): void => {
    root.scrollTop = root.scrollHeight;
  };
  return {
    root,
    addBatch(lines, pickText) {
      const shown = lines.filter((line) => line.text.trim() !== '');
      if (shown.length === 0 && pickText === undefined) return;
      root.append(
        h('div', { class: 'batch' }, [
          pickText !== undefined
            ? h('p', { class: 'line pick' }, [h('strong', { class: 'speaker', attrs: { lang: uiLocale } }, `${t('ui.encounter.you')}: `), h('span', {}, pickText)])
            : null,
          ...shown.map((line) => lineElement(line, t, uiLocale)),
        ]),
      );
      scrollToEnd();
    },
    addNote(text) {
      root.append(h('p', { class: 'note', attrs: { lang: uiLocale } }, text));
      scrollToEnd();
    },
    scrollToEnd,
  };
}
