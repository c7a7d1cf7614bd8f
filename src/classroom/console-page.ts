/**
 * The instructor console's page: the clock and pause, what the trainees cannot see, the choices
 * with their actions and the class vote, injects, notes, the rules at risk with their discussion
 * prompts, and the event log. Drawn from the projector's views, which are the only state it knows
 * (the play on the projector decides what a pause or a vote does); every control sends a command.
 * Controls are built once per language and per choice point, so focus and typing survive updates.
 */
import { createTranslator, type Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { createConsoleClock } from './console-clock.js';
import { createConsoleInjects } from './console-inject.js';
import type { Send } from './console-parts.js';
import { createConsoleRisks } from './console-risks.js';
import { announcements } from './console-text.js';
import { createConsoleVote } from './console-vote.js';
import type { ClassroomView, EncounterView } from './messages.js';

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

function build(t: Translate, send: Send) {
  const heading = h('h1', { id: 'console-heading', attrs: { tabindex: -1 } }, t('ui.instructor.console.heading'));
  const connection = h('p', { class: 'connection', attrs: { role: 'status' } }, t('ui.instructor.console.waiting'));
  const problem = h('p', { class: 'console-problem', attrs: { role: 'alert', hidden: true } });
  const announce = h('div', {
    class: 'visually-hidden',
    attrs: { 'aria-live': 'polite', 'aria-atomic': 'false', id: 'console-announcements' },
  });
  const clock = createConsoleClock(t, send);
  const vote = createConsoleVote(t, send);
  const injects = createConsoleInjects(t, send);
  const risks = createConsoleRisks(t);
  const body = h('div', { class: 'console-grid', attrs: { hidden: true } }, [
    ...clock.sections,
    vote.section,
    ...injects.sections,
    ...risks.sections,
  ]);
  const root = h('div', { class: 'console-page' }, [h('div', { class: 'card' }, [heading, connection, problem]), announce, body]);
  const controls = [clock.pause, ...vote.controls, ...injects.controls];
  // The last view shown: what changed since is announced, and a vote opening or closing moves focus.
  let previous: EncounterView | null | undefined;

  return {
    root,
    heading,
    show(view: ClassroomView): void {
      const encounter = view.encounter;
      const before = previous;
      problem.hidden = true;
      problem.textContent = '';
      // Focus is moved for a vote only if it was on the choices (or lost): never out of a note being typed.
      const focused = document.activeElement;
      const focusOnChoices = !focused || focused === document.body || vote.section.contains(focused);
      for (const text of before === undefined ? [] : announcements(before, encounter, t)) announce.append(h('p', {}, text));
      while (announce.childElementCount > 5) announce.firstElementChild?.remove();
      previous = encounter;
      if (!encounter) {
        connection.textContent = t('ui.instructor.console.connectedIdle');
        body.hidden = true;
        return;
      }
      body.hidden = false;
      connection.textContent = t(encounter.ended ? 'ui.instructor.console.ended' : 'ui.instructor.console.following', {
        title: encounter.title,
        mode: t(`ui.modes.${encounter.mode}`),
      });
      clock.show(encounter);
      vote.show(encounter, focusOnChoices && encounter.voteOpen !== (before?.voteOpen ?? false), heading);
      injects.show(encounter);
      risks.show(encounter);
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
