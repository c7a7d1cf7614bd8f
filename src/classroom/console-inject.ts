/** The console's injects and notes: raising an event the scenario allows, and a note for the record. */
import { isStoryEventId } from '../engine/vocabulary/events.js';
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { injectLabel } from './inject-text.js';
import type { EncounterView } from './messages.js';
import { section, type Send } from './console-parts.js';

export interface ConsoleInjects {
  readonly sections: readonly HTMLElement[];
  readonly controls: readonly HTMLButtonElement[];
  show(encounter: EncounterView): void;
}

export function createConsoleInjects(t: Translate, send: Send): ConsoleInjects {
  const injectEvent = h('select', { id: 'inject-event' });
  const minutes = h('input', { id: 'inject-minutes', attrs: { type: 'number', min: 1, max: 120, value: 10, inputmode: 'numeric' } });
  const minutesField = h('div', { class: 'field', attrs: { hidden: true } }, [
    h('label', { attrs: { for: 'inject-minutes' } }, t('ui.instructor.inject.minutes')),
    minutes,
  ]);
  const injectNote = h('input', {
    id: 'inject-note',
    attrs: { type: 'text', maxlength: 500, autocomplete: 'off', 'aria-describedby': 'inject-note-help' },
  });
  const injectButton = h(
    'button',
    { id: 'inject', class: 'primary', attrs: { type: 'submit', disabled: true } },
    t('ui.instructor.inject.raise'),
  );
  const noInjects = h('p', { class: 'help', attrs: { hidden: true } }, t('ui.instructor.inject.none'));
  injectEvent.addEventListener('change', () => (minutesField.hidden = injectEvent.value !== 'ems_delayed'));
  const injectForm = h(
    'form',
    {
      class: 'inject-form',
      on: {
        submit: (event) => {
          event.preventDefault();
          const note = injectNote.value.trim();
          const chosen = injectEvent.value;
          if (!isStoryEventId(chosen)) return;
          const wait = Math.min(120, Math.max(1, Math.round(Number(minutes.value) || 10)));
          send({ type: 'inject', event: chosen, ...(chosen === 'ems_delayed' ? { minutes: wait } : {}), ...(note ? { note } : {}) });
          injectNote.value = '';
        },
      },
    },
    [
      h('div', { class: 'field' }, [h('label', { attrs: { for: 'inject-event' } }, t('ui.instructor.inject.event')), injectEvent]),
      minutesField,
      h('div', { class: 'field' }, [
        h('label', { attrs: { for: 'inject-note' } }, t('ui.instructor.inject.note')),
        injectNote,
        h('p', { class: 'help', id: 'inject-note-help' }, t('ui.instructor.inject.noteHelp')),
      ]),
      noInjects,
      h('div', { class: 'actions' }, [injectButton]),
    ],
  );

  const noteText = h('textarea', { id: 'note-text', attrs: { rows: 3, maxlength: 2000, 'aria-describedby': 'note-help' } });
  const noteButton = h(
    'button',
    { id: 'add-note', class: 'secondary', attrs: { type: 'submit', disabled: true } },
    t('ui.instructor.note.add'),
  );
  const noteForm = h(
    'form',
    {
      class: 'note-form',
      on: {
        submit: (event) => {
          event.preventDefault();
          const text = noteText.value.trim();
          if (!text) return;
          send({ type: 'note', text });
          noteText.value = '';
        },
      },
    },
    [
      h('div', { class: 'field' }, [
        h('label', { attrs: { for: 'note-text' } }, t('ui.instructor.note.label')),
        noteText,
        h('p', { class: 'help', id: 'note-help' }, t('ui.instructor.note.help')),
      ]),
      h('div', { class: 'actions' }, [noteButton]),
    ],
  );

  let shownInjects = '';
  return {
    sections: [
      section('inject', t('ui.instructor.inject.heading'), [h('p', { class: 'help' }, t('ui.instructor.inject.help')), injectForm]),
      section('note', t('ui.instructor.note.heading'), [noteForm]),
    ],
    controls: [injectButton, noteButton],
    show(encounter) {
      const live = !encounter.ended;
      const key = encounter.injectable.join(',');
      if (key !== shownInjects) {
        shownInjects = key;
        injectEvent.replaceChildren(...encounter.injectable.map((e) => h('option', { attrs: { value: e } }, injectLabel(t, e))));
        noInjects.hidden = encounter.injectable.length > 0;
        minutesField.hidden = injectEvent.value !== 'ems_delayed';
      }
      injectButton.disabled = !live || encounter.injectable.length === 0;
      noteButton.disabled = !live;
    },
  };
}
