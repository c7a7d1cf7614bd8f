/**
 * The instructor console's page: the clock and pause, what the trainees cannot see, the choices
 * with their actions and the class vote, injects, notes, the rules at risk with their discussion
 * prompts, and the event log. Rendered from the projector's views; every control sends a command.
 * Controls are built once per language and per choice point, so focus and typing survive updates.
 */
import { isStoryEventId } from '../engine/vocabulary/events.js';
import { sourcesList } from '../kit/rule-sources.js';
import { createTranslator, type Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { formatClock } from '../kit/format.js';
import { announcements, liveFacts, logLineText, riskExplanation, riskStatusText } from './console-text.js';
import { injectLabel } from './inject-text.js';
import type { ClassroomCommand, ClassroomView, EncounterView, RuleAtRisk } from './messages.js';
import { leadingChoice, type Tally } from './vote.js';

export interface ConsolePage {
  readonly root: HTMLElement;
  show(view: ClassroomView): void;
  /** The game window closed or is reloading: the controls wait until it sends a view again. */
  showGone(): void;
  /** The game window sent something this console cannot read: said, not silently dropped. */
  showUnreadable(): void;
  /** The console was opened without a class, or from another build: nothing to follow. */
  showProblem(text: string): void;
}

type Send = (command: ClassroomCommand) => void;

function section(id: string, title: string, children: (Node | null)[], className = ''): HTMLElement {
  return h('section', { class: `card console-section ${className}`.trim(), attrs: { 'aria-labelledby': `${id}-heading` } }, [
    h('h2', { id: `${id}-heading` }, title),
    ...children,
  ]);
}

function riskItem(risk: RuleAtRisk, t: Translate): HTMLElement {
  const badgeClass = risk.status === 'open' ? 'verdict-not_yet' : `verdict-${risk.status}`;
  return h('li', { class: `risk risk-${risk.status}`, attrs: { 'data-rule-id': risk.id, 'data-status': risk.status } }, [
    h('h3', {}, t(`rules.${risk.id}.title`, { defaultValue: risk.id })),
    h('p', { class: 'verdict-line' }, [
      h('span', { class: `badge ${badgeClass}`, attrs: { 'data-countdown': '' } }, riskStatusText(risk, t)),
      ` ${t(`ui.severity.${risk.severity}`)}`,
    ]),
    h('p', { class: 'explanation' }, riskExplanation(risk, t)),
    sourcesList(risk.id, t),
  ]);
}

/** A key that changes when a rule's prompt would read differently (not when only its countdown ticks). */
function risksKey(risks: readonly RuleAtRisk[]): string {
  return JSON.stringify(risks.map((r) => [r.id, r.status, r.secondsLeft === undefined, r.values]));
}

function choicesKey(view: EncounterView): string {
  return JSON.stringify([view.scenarioId, view.picks, view.choices.map((c) => c.text)]);
}

function build(t: Translate, send: Send) {
  const heading = h('h1', { id: 'console-heading', attrs: { tabindex: -1 } }, t('ui.instructor.console.heading'));
  const connection = h('p', { class: 'connection', attrs: { role: 'status' } }, t('ui.instructor.console.waiting'));
  const problem = h('p', { class: 'console-problem', attrs: { role: 'alert', hidden: true } });
  const announce = h('div', {
    class: 'visually-hidden',
    attrs: { 'aria-live': 'polite', 'aria-atomic': 'false', id: 'console-announcements' },
  });

  // Clock and pause.
  const clock = h('p', { class: 'console-clock', attrs: { 'data-clock': '' } }, '--:--');
  const clockState = h('p', { class: 'help' });
  const pause = h(
    'button',
    { id: 'console-pause', class: 'primary', attrs: { type: 'button', disabled: true } },
    t('ui.instructor.console.pause'),
  );
  let paused = false;
  pause.addEventListener('click', () => send({ type: paused ? 'resume' : 'pause' }));

  // Live facts.
  const facts = h('dl', { class: 'facts live-facts' });

  // Choices and the vote.
  const choiceList = h('ol', { class: 'console-choices' });
  const voteHelp = h('p', { class: 'help' }, t('ui.instructor.vote.help'));
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

  // Injects.
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

  // Notes.
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

  const risks = h('ol', { class: 'risk-list' });
  const noRisks = h('p', { class: 'help' }, t('ui.instructor.risk.none'));
  const log = h('ol', { class: 'console-log', attrs: { tabindex: 0, 'aria-labelledby': 'log-heading' } });

  const choicesSection = section('choices', t('ui.instructor.vote.choices'), [
    choiceList,
    voteHelp,
    h('div', { class: 'actions' }, [openVote]),
    voteForm,
  ]);
  const body = h('div', { class: 'console-grid', attrs: { hidden: true } }, [
    section('clock', t('ui.instructor.console.clock'), [clock, clockState, h('div', { class: 'actions' }, [pause])]),
    section('live', t('ui.instructor.live.heading'), [h('p', { class: 'help' }, t('ui.instructor.live.help')), facts]),
    choicesSection,
    section('inject', t('ui.instructor.inject.heading'), [h('p', { class: 'help' }, t('ui.instructor.inject.help')), injectForm]),
    section('note', t('ui.instructor.note.heading'), [noteForm]),
    section('risks', t('ui.instructor.risk.heading'), [h('p', { class: 'help' }, t('ui.instructor.risk.help')), noRisks, risks], 'risks'),
    section('log', t('ui.instructor.log.heading'), [log], 'log'),
  ]);
  const root = h('div', { class: 'console-page' }, [h('div', { class: 'card' }, [heading, connection, problem]), announce, body]);
  const controls = [pause, openVote, recordPick, cancelVote, injectButton, noteButton];

  let shownChoices = '';
  let shownRisks = '';
  let shownInjects = '';
  let shownLog = '';
  let previous: EncounterView | null = null;
  let seenView = false;
  let voteShown = false;

  /** A vote opened or closed hides the control that had focus: focus goes where the instructor goes next. */
  const moveFocusForVote = (open: boolean): void => {
    const target = open ? tallyInputs.values().next().value : openVote.disabled ? heading : openVote;
    target?.focus();
  };

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

  const showRisks = (view: EncounterView): void => {
    const key = risksKey(view.atRisk);
    noRisks.hidden = view.atRisk.length > 0;
    if (key !== shownRisks) {
      shownRisks = key;
      risks.replaceChildren(...view.atRisk.map((r) => riskItem(r, t)));
      return;
    }
    // Only the countdowns moved: change their text in place, so a focused source link keeps focus.
    view.atRisk.forEach((risk, i) => {
      const badge = risks.children[i]?.querySelector('[data-countdown]');
      if (badge) badge.textContent = riskStatusText(risk, t);
    });
  };

  const showInjects = (view: EncounterView): void => {
    const key = view.injectable.join(',');
    if (key === shownInjects) return;
    shownInjects = key;
    injectEvent.replaceChildren(...view.injectable.map((e) => h('option', { attrs: { value: e } }, injectLabel(t, e))));
    noInjects.hidden = view.injectable.length > 0;
    minutesField.hidden = injectEvent.value !== 'ems_delayed';
  };

  const showLog = (view: EncounterView): void => {
    const last = view.log[view.log.length - 1];
    const key = `${view.scenarioId}:${view.log.length}:${last ? `${last.at}:${last.id}` : ''}`;
    if (key === shownLog) return;
    shownLog = key;
    log.replaceChildren(
      ...view.log.map((line) =>
        h(
          'li',
          {
            class: `log-line log-${line.kind}${line.origin === 'instructor' ? ' by-instructor' : ''}`,
            attrs: { 'data-kind': line.kind, 'data-id': line.id },
          },
          [
            h('span', { class: 'time' }, formatClock(line.at)),
            ' ',
            line.origin === 'instructor' ? h('strong', {}, `${t('ui.instructor.log.instructor')}: `) : null,
            logLineText(line, t),
            line.note ? ` (${line.note})` : '',
          ],
        ),
      ),
    );
    log.scrollTop = log.scrollHeight;
  };

  return {
    root,
    heading,
    show(view: ClassroomView): void {
      const encounter = view.encounter;
      problem.hidden = true;
      problem.textContent = '';
      // Focus is moved for a vote only if it was on the choices (or lost): never out of a note being typed.
      const focused = document.activeElement;
      const focusOnChoices = !focused || focused === document.body || choicesSection.contains(focused);
      const said = seenView ? announcements(previous, encounter, t) : [];
      seenView = true;
      previous = encounter;
      for (const text of said) announce.append(h('p', {}, text));
      while (announce.childElementCount > 5) announce.firstElementChild?.remove();
      if (!encounter) {
        connection.textContent = t('ui.instructor.console.connectedIdle');
        body.hidden = true;
        voteShown = false;
        return;
      }
      body.hidden = false;
      connection.textContent = t(encounter.ended ? 'ui.instructor.console.ended' : 'ui.instructor.console.following', {
        title: encounter.title,
        mode: t(`ui.modes.${encounter.mode}`),
      });
      const live = !encounter.ended;
      paused = encounter.paused;
      clock.textContent = formatClock(encounter.elapsedSeconds);
      clockState.textContent = encounter.ended
        ? t('ui.encounter.ended')
        : paused
          ? t('ui.encounter.paused')
          : encounter.mode === 'assess'
            ? t('ui.encounter.clockRunning', { factor: encounter.timeFactor })
            : t('ui.instructor.console.learnClock');
      pause.textContent = t(paused ? 'ui.instructor.console.resume' : 'ui.instructor.console.pause');
      pause.disabled = !live;
      facts.replaceChildren(
        ...liveFacts(encounter, t).flatMap((row) => [
          h('dt', { attrs: { 'data-fact': row.id } }, row.label),
          h('dd', { class: row.alarming ? 'alarming' : '', attrs: { 'data-fact': row.id } }, row.value),
        ]),
      );
      showChoices(encounter);
      voteForm.hidden = !encounter.voteOpen;
      openVote.hidden = encounter.voteOpen;
      openVote.disabled = !live || encounter.choices.length === 0;
      recordPick.disabled = !live || paused;
      cancelVote.disabled = !live;
      showInjects(encounter);
      injectButton.disabled = !live || encounter.injectable.length === 0;
      noteButton.disabled = !live;
      showRisks(encounter);
      showLog(encounter);
      if (encounter.voteOpen !== voteShown && focusOnChoices) moveFocusForVote(encounter.voteOpen);
      voteShown = encounter.voteOpen;
    },
    showGone(): void {
      connection.textContent = t('ui.instructor.console.gone');
      for (const control of controls) control.disabled = true;
    },
    showUnreadable(): void {
      problem.hidden = false;
      problem.textContent = t('ui.instructor.console.unreadable');
    },
  };
}

export function createConsolePage(send: Send, initialLocale: string): ConsolePage {
  const root = h('div', { class: 'console-root' });
  let locale = '';
  let page: ReturnType<typeof build> | undefined;
  const rebuild = (next: string): ReturnType<typeof build> => {
    locale = next;
    const t = createTranslator(next);
    document.documentElement.lang = next;
    document.title = t('ui.instructor.console.title');
    const built = build(t, send);
    const hadFocus = root.contains(document.activeElement) || document.activeElement === document.body;
    root.replaceChildren(built.root);
    // The projector speaks another language: the page is drawn again in it, and focus starts over.
    if (hadFocus && root.isConnected) built.heading.focus();
    return built;
  };
  page = rebuild(initialLocale);
  return {
    root,
    show(view) {
      if (!page || view.uiLocale !== locale) page = rebuild(view.uiLocale);
      page.show(view);
    },
    showGone() {
      page?.showGone();
    },
    showUnreadable() {
      page?.showUnreadable();
    },
    showProblem(text) {
      root.replaceChildren(
        h('div', { class: 'card' }, [
          h('h1', {}, createTranslator(locale)('ui.instructor.console.heading')),
          h('p', { attrs: { role: 'alert' } }, text),
        ]),
      );
    },
  };
}
