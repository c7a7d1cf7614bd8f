/**
 * The encounter's menu, in both modes: resume, restart from the beginning, or quit to the scenario
 * list. The attempt so far is saved before a restart or a quit, so it stays in the history and on the
 * start screen to resume. It is a modal dialog: while it is open nothing on scene can be picked, and
 * in assess mode it is the trainee's own pause (the clock stops when it opens and runs again when
 * it closes, unless it was stopped before). It lists the keys the encounter takes.
 */
import type { Translate } from '../../i18n/translator.js';
import { h } from '../../kit/dom.js';

export interface MenuActions {
  /** Assess mode's clock runs now (the menu stops it while open). */
  readonly clockRunning: () => boolean;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly restart: () => void;
  readonly quit: () => void;
}

export interface EncounterMenu {
  /** The button beside the story's heading that opens it. */
  readonly button: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  readonly isOpen: () => boolean;
  open(): void;
  dispose(): void;
}

export function createEncounterMenu(t: Translate, mode: 'learn' | 'assess', actions: MenuActions): EncounterMenu {
  let stoppedTheClock = false;
  const heading = h('h2', { id: 'encounter-menu-heading' }, t('ui.encounter.menu.heading'));
  const close = (): void => {
    if (dialog.open) dialog.close();
  };
  const item = (id: string, label: string, help: string, run: () => void, primary = false): HTMLElement =>
    h('li', {}, [
      h(
        'button',
        {
          id,
          class: primary ? 'primary' : 'secondary',
          attrs: { type: 'button', 'aria-describedby': `${id}-help` },
          on: { click: run },
        },
        label,
      ),
      h('p', { class: 'help', id: `${id}-help` }, help),
    ]);
  const keys: [string, string][] = [
    ['1–9', t('ui.encounter.menu.keyPick')],
    ...(mode === 'assess' ? ([['P', t('ui.encounter.menu.keyPause')]] as [string, string][]) : []),
    [mode === 'assess' ? 'Esc, M' : 'Esc, M, P', t('ui.encounter.menu.keyMenu')],
    ['Tab', t('ui.encounter.menu.keyTab')],
  ];
  const dialog = h(
    'dialog',
    { id: 'encounter-menu', class: 'encounter-menu card', attrs: { 'aria-labelledby': 'encounter-menu-heading' } },
    [
      heading,
      h('p', { attrs: { role: 'status' } }, t(mode === 'assess' ? 'ui.encounter.menu.pausedAssess' : 'ui.encounter.menu.pausedLearn')),
      h('ul', { class: 'menu-actions' }, [
        item('menu-resume', t('ui.encounter.menu.resume'), t('ui.encounter.menu.resumeHelp'), close, true),
        item('menu-restart', t('ui.encounter.menu.restart'), t('ui.encounter.menu.restartHelp'), () => {
          stoppedTheClock = false;
          close();
          actions.restart();
        }),
        item('menu-quit', t('ui.encounter.menu.quit'), t('ui.encounter.menu.quitHelp'), () => {
          stoppedTheClock = false;
          close();
          actions.quit();
        }),
      ]),
      h('h3', {}, t('ui.encounter.menu.keys')),
      h(
        'dl',
        { class: 'facts shortcut-list' },
        keys.flatMap(([key, what]) => [h('dt', {}, [h('kbd', {}, key)]), h('dd', {}, what)]),
      ),
    ],
  );
  // Closed by Resume or by Escape: the clock the menu stopped runs again.
  dialog.addEventListener('close', () => {
    if (stoppedTheClock) actions.resume();
    stoppedTheClock = false;
  });
  const open = (): void => {
    if (dialog.open) return;
    stoppedTheClock = mode === 'assess' && actions.clockRunning();
    if (stoppedTheClock) actions.pause();
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('#menu-resume')?.focus();
  };
  const button = h(
    'button',
    { id: 'encounter-menu-button', class: 'secondary small', attrs: { type: 'button', 'aria-haspopup': 'dialog' }, on: { click: open } },
    t('ui.encounter.menu.open'),
  );
  return {
    button,
    dialog,
    isOpen: () => dialog.open,
    open,
    dispose() {
      stoppedTheClock = false;
      close();
    },
  };
}
