/**
 * The current choices as real buttons in an ordered list. Each button's accessible name is the
 * choice's text; its number is shown beside it (and is the key that picks it) but hidden from the
 * name, so a screen reader says what the choice does.
 */
import type { Choice } from '../../engine/index.js';
import { h } from '../../kit/dom.js';

export interface ChoiceList {
  readonly root: HTMLOListElement;
  show(choices: readonly Choice[]): void;
  first(): HTMLButtonElement | undefined;
}

export function createChoiceList(storyLocale: string, onPick: (index: number) => void): ChoiceList {
  const root = h('ol', { class: 'choice-list', attrs: { lang: storyLocale } });
  return {
    root,
    show(choices) {
      root.replaceChildren(
        ...choices.map((choice, position) => {
          const key = position < 9 ? String(position + 1) : undefined;
          return h('li', {}, [
            h(
              'button',
              {
                class: 'choice',
                attrs: { type: 'button', 'data-choice': choice.index, 'aria-keyshortcuts': key },
                on: { click: () => onPick(choice.index) },
              },
              [h('span', { class: 'key', attrs: { 'aria-hidden': 'true' } }, key ?? '·'), h('span', { class: 'text' }, choice.text.trim())],
            ),
          ]);
        }),
      );
    },
    first: () => root.querySelector('button') ?? undefined,
  };
}
