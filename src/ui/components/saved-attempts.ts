/**
 * The title screen's view of the attempts on this device: an offer to resume each unfinished one,
 * or to carry it on to its scenario's new version when that has changed (or to discard it), what the
 * device's storage can do when it cannot save, and the way to the history. Attempts are read from the device after the title appears, so this fills in when they
 * arrive and whenever they change.
 */
import { planFromAttempt, startsOffered } from '../../play/start.js';
import type { UnfinishedAttempt } from '../../storage/attempt-record.js';
import type { AttemptHistory } from '../attempts.js';
import { append, h } from '../../kit/dom.js';
import { formatClock } from '../../kit/format.js';
import { scenarioTitle } from '../../kit/scenario-text.js';
import type { ScreenServices } from '../screen.js';

export interface SavedAttemptsPanel {
  /** Resume offers and storage notices; empty when there is nothing to say. */
  readonly root: HTMLElement;
  /** "Attempts so far (n)", shown once there is any attempt or set-aside record to look at. */
  readonly historyButton: HTMLButtonElement;
  dispose(): void;
}

/** What the storage state means for the trainee, when it is worth saying. */
export function storageNotice(attempts: AttemptHistory, t: ScreenServices['t']): string | undefined {
  const state = attempts.storage();
  if (state.kind === 'read-only') return t('ui.storage.newerSchema', { version: state.newerVersion });
  if (state.kind === 'memory' && state.reason !== undefined) return t('ui.storage.unavailable');
  return undefined;
}

/**
 * Re-renders `container` and puts focus back on the control that had it (found again by its first
 * `data-` attribute): attempts arrive from the device at any moment, and must not pull the keyboard
 * away from the trainee.
 */
export function keepingFocus(container: HTMLElement, render: () => void): void {
  const focused =
    document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : undefined;
  const marker = focused ? [...focused.attributes].find((a) => a.name.startsWith('data-')) : undefined;
  render();
  if (marker) container.querySelector<HTMLElement>(`[${marker.name}="${CSS.escape(marker.value)}"]`)?.focus();
}

export function savedAttemptsPanel(services: ScreenServices): SavedAttemptsPanel {
  const { t, attempts, catalogue, context, send } = services;
  const root = h('div', { class: 'saved-attempts' });
  const historyButton = h('button', {
    id: 'open-history',
    class: 'secondary',
    attrs: { type: 'button' },
    on: { click: () => send({ type: 'open history' }) },
  });
  const time = new Intl.DateTimeFormat(context.settings.locale, { dateStyle: 'medium', timeStyle: 'short' });
  let confirming: string | undefined;

  const start = (attempt: UnfinishedAttempt, kind: 'restore' | 'carryOver'): void =>
    send({ type: 'resume', plan: planFromAttempt(attempt, { kind }, context.settings.timeFactor) });

  const discard = (attempt: UnfinishedAttempt): void => {
    confirming = undefined;
    // Already gone from memory; the device follows, and a refusal is said on the history screen.
    attempts.discard(attempt.id).catch(() => undefined);
    (root.querySelector<HTMLElement>('button[data-resume], button[data-continue]') ?? document.getElementById('open-scenarios'))?.focus();
  };

  const offer = (attempt: UnfinishedAttempt): HTMLElement => {
    const entry = catalogue.scenarios.find((s) => s.id === attempt.scenario.id);
    const title = entry?.ok ? scenarioTitle(entry.manifest, attempt.locale) : attempt.scenario.id;
    const offered = startsOffered(attempt, entry?.ok ? entry.manifest.version : undefined);
    const why = `resume-why-${attempt.id}`;
    const where = { title, pick: attempt.picks.length + 1, time: formatClock(attempt.progress.snapshot.clockMs / 1000) };
    const facts = h(
      'p',
      { class: 'help' },
      t('ui.storage.offerFacts', {
        code: attempt.traineeCode,
        mode: t(`ui.modes.${attempt.mode}`),
        saved: time.format(new Date(attempt.savedAt)),
      }),
    );
    const actions =
      confirming === attempt.id
        ? [
            h('p', { attrs: { role: 'alert' } }, t('ui.storage.discardQuestion', { title })),
            h(
              'button',
              { class: 'secondary', attrs: { type: 'button', 'data-confirm-discard': attempt.id }, on: { click: () => discard(attempt) } },
              t('ui.storage.discardYes'),
            ),
            h(
              'button',
              { class: 'secondary', attrs: { type: 'button', 'data-keep': attempt.id }, on: { click: () => keep(attempt.id) } },
              t('ui.storage.discardNo'),
            ),
          ]
        : [
            offered.restore
              ? h(
                  'button',
                  {
                    class: 'primary',
                    attrs: { type: 'button', 'data-resume': attempt.id },
                    on: { click: () => start(attempt, 'restore') },
                  },
                  t('ui.storage.resume', where),
                )
              : h('p', { id: why }, t(entry?.ok ? 'ui.storage.scenarioChanged' : 'ui.storage.scenarioGone', { title })),
            offered.carryOver
              ? h(
                  'button',
                  {
                    class: 'primary',
                    attrs: { type: 'button', 'data-continue': attempt.id, 'aria-describedby': why },
                    on: { click: () => start(attempt, 'carryOver') },
                  },
                  t('ui.storage.continueOnNewVersion'),
                )
              : null,
            h(
              'button',
              { class: 'secondary', attrs: { type: 'button', 'data-discard': attempt.id }, on: { click: () => askToDiscard(attempt.id) } },
              t('ui.storage.discard', where),
            ),
          ];
    return h('li', { class: 'resume-offer', attrs: { 'data-attempt': attempt.id } }, [facts, h('div', { class: 'actions' }, actions)]);
  };

  const render = (): void => {
    const unfinished = [...attempts.unfinished()].sort(
      (a, b) => Number(b.traineeCode === context.settings.traineeCode) - Number(a.traineeCode === context.settings.traineeCode),
    );
    const notice = storageNotice(attempts, t);
    root.replaceChildren();
    append(root, [
      notice ? h('p', { class: 'note storage-notice' }, notice) : null,
      unfinished.length > 0
        ? h('section', { class: 'resume', attrs: { 'aria-labelledby': 'resume-heading' } }, [
            h('h2', { id: 'resume-heading' }, t('ui.storage.resumeHeading', { count: unfinished.length })),
            h('ul', { class: 'resume-list' }, unfinished.map(offer)),
          ])
        : null,
    ]);
    const count = attempts.list().length;
    historyButton.textContent = t('ui.start.history', { count });
    historyButton.hidden = count === 0 && attempts.quarantined().length === 0 && notice === undefined;
  };

  const askToDiscard = (id: string): void => {
    confirming = id;
    render();
    root.querySelector<HTMLElement>(`[data-confirm-discard="${CSS.escape(id)}"]`)?.focus();
  };
  const keep = (id: string): void => {
    confirming = undefined;
    render();
    root.querySelector<HTMLElement>(`[data-discard="${CSS.escape(id)}"]`)?.focus();
  };

  render();
  const stop = attempts.subscribe(() => keepingFocus(root, render));
  return { root, historyButton, dispose: stop };
}
