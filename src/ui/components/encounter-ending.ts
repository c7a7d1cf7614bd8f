/** How an encounter ends on screen: the way to the debrief, or, at a dead end of the story, the way back. */
import { h } from '../../kit/dom.js';
import type { PlayView } from '../../play/controller.js';
import type { ScreenServices } from '../screen.js';

export interface EncounterEnding {
  readonly root: HTMLElement;
  show(view: PlayView): void;
  focus(): void;
}

export function createEncounterEnding(services: Pick<ScreenServices, 't' | 'send'>): EncounterEnding {
  const { t, send } = services;
  const root = h('div', { class: 'ending', attrs: { hidden: true } });
  let shown: 'none' | 'finished' | 'dead end' = 'none';
  let toDebrief: HTMLButtonElement | undefined;
  return {
    root,
    show(view) {
      const now = view.status === 'finished' ? 'finished' : view.step?.choices.length === 0 ? 'dead end' : 'none';
      if (now === shown) return;
      shown = now;
      root.hidden = now === 'none';
      if (now === 'finished') {
        const attemptId = view.attemptId ?? '';
        toDebrief = h(
          'button',
          { id: 'to-debrief', class: 'primary', attrs: { type: 'button' }, on: { click: () => send({ type: 'finished', attemptId }) } },
          t('ui.encounter.toDebrief'),
        );
        root.replaceChildren(h('p', {}, t('ui.encounter.ended')), toDebrief);
      } else if (now === 'dead end') {
        root.replaceChildren(
          h('p', { attrs: { role: 'alert' } }, t('ui.encounter.noChoices')),
          h(
            'button',
            { class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'open scenarios' }) } },
            t('ui.briefing.back'),
          ),
        );
      } else root.replaceChildren();
    },
    focus: () => toDebrief?.focus(),
  };
}
