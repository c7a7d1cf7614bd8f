/** The console's clock: the time on scene as the projector shows it, whether it runs, and the pause. */
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { formatClock } from '../kit/format.js';
import { liveFacts } from './console-text.js';
import type { EncounterView } from './messages.js';
import { section, type Send } from './console-parts.js';

export interface ConsoleClock {
  readonly sections: readonly HTMLElement[];
  readonly pause: HTMLButtonElement;
  show(encounter: EncounterView): void;
}

export function createConsoleClock(t: Translate, send: Send): ConsoleClock {
  const clock = h('p', { class: 'console-clock', attrs: { 'data-clock': '' } }, '--:--');
  const clockState = h('p', { class: 'help' });
  // The button sends what the projector's last view says it would do: the console keeps no pause of its own.
  const pause = h(
    'button',
    { id: 'console-pause', class: 'primary', attrs: { type: 'button', disabled: true, 'data-command': 'pause' } },
    t('ui.instructor.console.pause'),
  );
  pause.addEventListener('click', () => send({ type: pause.dataset.command === 'resume' ? 'resume' : 'pause' }));
  const facts = h('dl', { class: 'facts live-facts' });
  return {
    sections: [
      section('clock', t('ui.instructor.console.clock'), [clock, clockState, h('div', { class: 'actions' }, [pause])]),
      section('live', t('ui.instructor.live.heading'), [h('p', { class: 'help' }, t('ui.instructor.live.help')), facts]),
    ],
    pause,
    show(encounter) {
      const { paused } = encounter;
      clock.textContent = formatClock(encounter.elapsedSeconds);
      clockState.textContent = encounter.ended
        ? t('ui.encounter.ended')
        : paused
          ? t('ui.encounter.paused')
          : encounter.mode === 'assess'
            ? t('ui.encounter.clockRunning', { factor: encounter.timeFactor })
            : t('ui.instructor.console.learnClock');
      pause.dataset.command = paused ? 'resume' : 'pause';
      pause.textContent = t(paused ? 'ui.instructor.console.resume' : 'ui.instructor.console.pause');
      pause.disabled = encounter.ended;
      facts.replaceChildren(
        ...liveFacts(encounter, t).flatMap((row) => [
          h('dt', { attrs: { 'data-fact': row.id } }, row.label),
          h('dd', { class: row.alarming ? 'alarming' : '', attrs: { 'data-fact': row.id } }, row.value),
        ]),
      );
    },
  };
}
