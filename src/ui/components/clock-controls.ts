/** Assess mode's clock beside the story: whether it runs, and the button that pauses or resumes it. */
import type { Translate } from '../../i18n/translator.js';
import { h } from '../../kit/dom.js';
import type { PlayEvent, PlayView } from '../../play/controller.js';

export interface ClockControls {
  readonly root: HTMLElement;
  readonly button: HTMLButtonElement;
  show(view: PlayView, timeFactor: number): void;
}

export function createClockControls(t: Translate, send: (event: PlayEvent) => void): ClockControls {
  const status = h('p', { class: 'clock-status', attrs: { role: 'status' } });
  let paused = false;
  // The label says what the button will do (Pause or Resume), so it is not also a toggle with aria-pressed.
  const button = h(
    'button',
    { id: 'pause', class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: paused ? 'resume' : 'pause' }) } },
    t('ui.encounter.pause'),
  );
  return {
    root: h('div', { class: 'clock-controls' }, [status, button]),
    button,
    show(view, timeFactor) {
      const finished = view.status === 'finished';
      paused = view.clock === 'paused';
      button.hidden = finished;
      button.textContent = paused ? t('ui.encounter.resume') : t('ui.encounter.pause');
      status.textContent = finished ? '' : paused ? t('ui.encounter.paused') : t('ui.encounter.clockRunning', { factor: timeFactor });
    },
  };
}
