/** The observable state as text a screen reader can reach: a definition list refreshed in place. */
import type { ObservableState } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { describeState, type PanelOptions } from './describe-state.js';
import { h } from './dom.js';

export interface StatePanel {
  readonly root: HTMLElement;
  update(state: ObservableState): void;
}

/** `signsOf` puts what the patient's face and body show in words, for a row of its own. */
export function createStatePanel(
  t: Translate,
  signsOf?: (state: ObservableState) => readonly string[],
  options: PanelOptions = {},
): StatePanel {
  const list = h('dl', { class: 'state-list' });
  const root = h('section', { class: 'state-panel card', attrs: { 'aria-labelledby': 'state-heading' } }, [
    h('h2', { id: 'state-heading' }, t('ui.state.heading')),
    list,
  ]);
  return {
    root,
    update(state) {
      list.replaceChildren(
        ...describeState(state, t, signsOf?.(state), options).map((row) =>
          h('div', { class: `state-row${row.alarming ? ' alarming' : ''}`, attrs: { 'data-state': row.id } }, [
            h('dt', {}, row.label),
            h('dd', {}, row.value),
          ]),
        ),
      );
    },
  };
}
