/**
 * The console's choices and the class vote: the choices with the actions each carries, the room's
 * tally as the instructor enters it, and the class's pick. Built once per choice point, so what the
 * instructor types survives the projector's updates.
 */
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import type { EncounterView } from './messages.js';
import { section, type Send } from './console-parts.js';
import { leadingChoice, type Tally } from './vote.js';

export interface ConsoleVote {
  readonly section: HTMLElement;
  /** Buttons to disable when the game window is gone. */
  readonly controls: readonly HTMLButtonElement[];
  /** `moveFocus`: a vote opened or closed here, and focus was on the choices: it goes where the instructor goes next. */
  show(encounter: EncounterView, moveFocus: boolean, heading: HTMLElement): void;
}

function choicesKey(view: EncounterView): string {
  return JSON.stringify([view.scenarioId, view.picks, view.choices.map((c) => c.text)]);
}

export function createConsoleVote(t: Translate, send: Send): ConsoleVote {
  const choiceList = h('ol', { class: 'console-choices' });
  const openVote = h(
    'button',
    { id: 'open-vote', class: 'secondary', attrs: { type: 'button', disabled: true }, on: { click: () => send({ type: 'open vote' }) } },
    t('ui.instructor.vote.open'),
  );
  const tallyFields = h('div', { class: 'tally' });
  const pickSelect = h('select', { id: 'class-pick' });
  const recordPick = h('button', { id: 'record-pick', class: 'primary', attrs: { type: 'submit' } }, t('ui.instructor.vote.record'));
  const cancelVote = h(
    'button',
    { id: 'cancel-vote', class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'close vote' }) } },
    t('ui.instructor.vote.cancel'),
  );
  const tallyInputs = new Map<number, HTMLInputElement>();
  const tally = (): Tally =>
    Object.fromEntries([...tallyInputs].map(([index, input]) => [index, Math.max(0, Math.floor(Number(input.value) || 0))]));
  const voteForm = h(
    'form',
    {
      class: 'vote-form',
      attrs: { hidden: true, 'aria-labelledby': 'vote-heading' },
      on: {
        submit: (event) => {
          event.preventDefault();
          send({ type: 'record pick', index: Number(pickSelect.value), tally: tally() });
        },
      },
    },
    [
      h('h3', { id: 'vote-heading' }, t('ui.instructor.vote.heading')),
      tallyFields,
      h('div', { class: 'field' }, [h('label', { attrs: { for: 'class-pick' } }, t('ui.instructor.vote.pick')), pickSelect]),
      h('div', { class: 'actions' }, [recordPick, cancelVote]),
    ],
  );
  const suggestPick = (): void => {
    const leading = leadingChoice(tally(), [...tallyInputs.keys()]);
    if (leading !== undefined) pickSelect.value = String(leading);
  };

  let shownChoices = '';
  const showChoices = (view: EncounterView): void => {
    const key = choicesKey(view);
    if (key === shownChoices) return;
    shownChoices = key;
    choiceList.replaceChildren(
      ...view.choices.map((c, n) =>
        h('li', { attrs: { 'data-choice': c.index, lang: view.storyLocale } }, [
          h('span', { class: 'choice-text' }, `${n + 1}. ${c.text}`),
          h(
            'span',
            { class: 'help actions-carried', attrs: { lang: document.documentElement.lang } },
            ` (${c.actions.length > 0 ? c.actions.map((a) => t(`ui.actions.${a}`, { defaultValue: a })).join(', ') : t('ui.debrief.noActions')})`,
          ),
        ]),
      ),
    );
    tallyInputs.clear();
    tallyFields.replaceChildren(
      ...view.choices.map((c, n) => {
        const input = h('input', {
          id: `tally-${c.index}`,
          attrs: { type: 'number', min: 0, max: 100000, value: 0, inputmode: 'numeric' },
          on: { input: () => suggestPick() },
        });
        tallyInputs.set(c.index, input);
        return h('div', { class: 'field tally-field' }, [
          h('label', { attrs: { for: `tally-${c.index}` } }, t('ui.instructor.vote.votesFor', { number: n + 1, text: c.text })),
          input,
        ]);
      }),
    );
    pickSelect.replaceChildren(...view.choices.map((c, n) => h('option', { attrs: { value: c.index } }, `${n + 1}. ${c.text}`)));
  };

  return {
    section: section('choices', t('ui.instructor.vote.choices'), [
      choiceList,
      h('p', { class: 'help' }, t('ui.instructor.vote.help')),
      h('div', { class: 'actions' }, [openVote]),
      voteForm,
    ]),
    controls: [openVote, recordPick, cancelVote],
    show(encounter, moveFocus, heading) {
      const live = !encounter.ended;
      showChoices(encounter);
      voteForm.hidden = !encounter.voteOpen;
      openVote.hidden = encounter.voteOpen;
      openVote.disabled = !live || encounter.choices.length === 0;
      recordPick.disabled = !live || encounter.paused;
      cancelVote.disabled = !live;
      if (!moveFocus) return;
      const target = encounter.voteOpen ? tallyInputs.values().next().value : openVote.disabled ? heading : openVote;
      target?.focus();
    },
  };
}
