/**
 * The story side of the author preview's play panel: the transcript (each pick with the actions it
 * recorded and the lines that followed), the choices with the actions they carry, and the ending.
 * Drawn from the play controller's view; a choice clicked is handed to `onPick`.
 */
import type { Choice, LogEntry, Session } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import type { PlayView, Told } from '../play/controller.js';

function paramsText(params: object): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

export function actionText(action: string, params: object, seconds: number | undefined): string {
  return [action, paramsText(params), seconds !== undefined ? `· ${seconds} s` : ''].filter((part) => part !== '').join(' ');
}

export { paramsText };

export interface PlayTranscript {
  readonly transcript: HTMLElement;
  readonly choices: HTMLElement;
  readonly ending: HTMLElement;
  /** Draws the narration again from the start (a new run), or adds what is new since the last call. */
  show(view: PlayView, afresh: boolean): void;
  focusFirstChoice(): void;
}

export function createPlayTranscript(
  t: Translate,
  uiLocale: string,
  noteText: (told: Extract<Told, { kind: 'note' }>) => string,
  onPick: (index: number) => void,
): PlayTranscript {
  // Not a live region: the transcript is rebuilt as the author types. What a pick led to, and a change
  // in how far a replay got, are announced by the panel instead.
  const transcript = h('div', {
    class: 'narration author-narration',
    attrs: { role: 'region', 'aria-labelledby': 'transcript-heading', tabindex: 0 },
  });
  const choices = h('ol', { class: 'choice-list author-choices' });
  const ending = h('p', { class: 'ending', attrs: { hidden: true, tabindex: -1 } });
  let shown = 0;
  let picks = 0;

  const actionsOf = (log: readonly LogEntry[], pick: number): LogEntry[] =>
    log.filter((e) => e.kind === 'action' && e.source.origin === 'choice' && e.source.pick === pick);

  const toldElement = (told: Told, session: Session): HTMLElement => {
    if (told.kind === 'note') return h('p', { class: 'note', attrs: { lang: uiLocale } }, noteText(told));
    const pick = told.pickText !== undefined ? picks++ : undefined;
    const actions = pick === undefined ? [] : actionsOf(session.log(), pick);
    return h('div', { class: 'batch' }, [
      pick !== undefined
        ? h('p', { class: 'line pick', attrs: { 'data-pick': pick } }, [
            h('strong', { class: 'speaker', attrs: { lang: uiLocale } }, `${t('ui.encounter.you')}: `),
            h('span', {}, told.pickText ?? ''),
          ])
        : null,
      pick !== undefined
        ? h(
            'ul',
            { class: 'pick-actions', attrs: { lang: uiLocale, 'aria-label': t('ui.author.play.actionsOfPick') } },
            actions.length === 0
              ? [h('li', { class: 'no-action' }, t('ui.author.play.noAction'))]
              : actions.map((a) => h('li', { attrs: { 'data-action': a.id } }, actionText(a.id, a.params, a.seconds))),
          )
        : null,
      ...told.lines
        .filter((line) => line.text.trim() !== '')
        .map((line) =>
          h('p', { class: `line${line.speaker ? ` speaker-${line.speaker}` : ''}` }, [
            line.speaker ? h('strong', { class: 'speaker', attrs: { lang: uiLocale } }, `${t(`ui.speakers.${line.speaker}`)}: `) : null,
            h('span', {}, line.text.trim()),
          ]),
        ),
    ]);
  };

  const choiceButton = (choice: Choice, position: number): HTMLElement => {
    const key = position < 9 ? String(position + 1) : undefined;
    const actions = choice.actions.map((a) => actionText(a.action, a.params, undefined)).join(', ');
    return h('li', {}, [
      h(
        'button',
        {
          class: 'choice',
          attrs: { type: 'button', 'data-choice': choice.index, 'aria-keyshortcuts': key },
          on: { click: () => onPick(choice.index) },
        },
        [
          h('span', { class: 'key', attrs: { 'aria-hidden': 'true' } }, key ?? '·'),
          h('span', { class: 'text' }, choice.text.trim()),
          h(
            'span',
            { class: 'choice-actions', attrs: { lang: uiLocale } },
            actions === '' ? t('ui.author.play.noAction') : `${actions} · ${choice.seconds} s`,
          ),
        ],
      ),
    ]);
  };

  return {
    transcript,
    choices,
    ending,
    show(view, afresh) {
      const { session, step } = view;
      if (!session || !step) return;
      if (afresh) {
        shown = 0;
        picks = 0;
        transcript.replaceChildren();
      }
      transcript.append(...view.told.slice(shown).map((told) => toldElement(told, session)));
      shown = view.told.length;
      transcript.scrollTop = transcript.scrollHeight;
      choices.replaceChildren(...(step.ended ? [] : step.choices.map(choiceButton)));
      ending.hidden = !step.ended && step.choices.length > 0;
      ending.textContent = step.ended ? t('ui.author.play.ended') : step.choices.length === 0 ? t('ui.author.play.deadEnd') : '';
      ending.dataset.ended = String(step.ended);
    },
    focusFirstChoice() {
      (choices.querySelector('button') ?? ending).focus();
    },
  };
}
