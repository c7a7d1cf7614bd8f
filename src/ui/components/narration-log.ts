/**
 * The narration: a `role="log"` region that only grows. Each batch (the trainee's pick and the story
 * that follows it) is appended as one element, so a screen reader announces it once, politely.
 */
import type { Line } from '../../engine/index.js';
import type { Translate } from '../../i18n/translator.js';
import type { Caption } from '../audio/story-sounds.js';
import { h } from '../../kit/dom.js';

export interface NarrationLog {
  readonly root: HTMLElement;
  /**
   * Appends the trainee's pick (if any) and the lines that followed it, each line with the captions
   * of its sounds (`captions[i]` for `lines[i]`): every sound is shown, heard or not.
   */
  addBatch(lines: readonly Line[], pickText?: string, captions?: readonly (readonly Caption[])[]): void;
  /** A note from the game itself (a replay resumed here). */
  addNote(text: string): void;
  /** Shows the latest lines (once the log is on the page and has a height). */
  scrollToEnd(): void;
}

function lineElement(line: Line, t: Translate, uiLocale: string, captions: readonly Caption[]): HTMLElement {
  const text = line.text.trim();
  return h('p', { class: `line${line.speaker && text ? ` speaker-${line.speaker}` : ''}` }, [
    line.speaker && text ? h('strong', { class: 'speaker', attrs: { lang: uiLocale } }, `${t(`ui.speakers.${line.speaker}`)}: `) : null,
    text ? h('span', {}, text) : null,
    ...captions.map((caption) => h('span', { class: 'caption', attrs: { lang: uiLocale, 'data-sound': caption.cue } }, caption.text)),
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
    addBatch(lines, pickText, captions = []) {
      const shown = lines
        .map((line, i) => ({ line, captions: captions[i] ?? [] }))
        .filter(({ line, captions }) => line.text.trim() !== '' || captions.length > 0);
      if (shown.length === 0 && pickText === undefined) return;
      root.append(
        h('div', { class: 'batch' }, [
          pickText !== undefined
            ? h('p', { class: 'line pick' }, [
                h('strong', { class: 'speaker', attrs: { lang: uiLocale } }, `${t('ui.encounter.you')}: `),
                h('span', {}, pickText),
              ])
            : null,
          ...shown.map(({ line, captions }) => lineElement(line, t, uiLocale, captions)),
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
