/**
 * Sound on or off and the volume: on the title screen and beside the story during an encounter.
 * A change goes to the settings like any other; the app applies it to the sound without drawing
 * the screen again (src/ui/audio/preferences.ts), so the controls keep their own state on screen.
 */
import { h } from '../../kit/dom.js';
import type { ScreenServices } from '../screen.js';
import { audioPreferences } from './preferences.js';

export interface SoundControlsOptions {
  /** Prefixes the controls' ids, so that two screens' controls never share one. */
  readonly idPrefix: string;
  /** The title screen explains captions; the encounter has no room for it. */
  readonly withHelp: boolean;
}

export function soundControls(services: Pick<ScreenServices, 't' | 'send' | 'context'>, options: SoundControlsOptions): HTMLElement {
  const { t, send, context } = services;
  const preferences = audioPreferences(context.settings);
  const soundId = `${options.idPrefix}sound`;
  const volumeId = `${options.idPrefix}volume`;
  const helpId = `${options.idPrefix}sound-help`;
  const percentOf = (value: string | number): number => Math.round(Number(value));

  const soundOn = h('input', {
    id: soundId,
    attrs: { type: 'checkbox', checked: !preferences.muted, 'aria-describedby': options.withHelp ? helpId : undefined },
    on: { change: () => send({ type: 'change settings', settings: { sound: soundOn.checked } }) },
  });
  const start = percentOf(preferences.volume * 100);
  const volume = h('input', {
    id: volumeId,
    attrs: {
      type: 'range',
      min: 0,
      max: 100,
      step: 10,
      value: start,
      'aria-valuetext': t('ui.audio.controls.volumeValue', { percent: start }),
    },
    on: {
      input: () => {
        const percent = percentOf(volume.value);
        volume.setAttribute('aria-valuetext', t('ui.audio.controls.volumeValue', { percent }));
        send({ type: 'change settings', settings: { volume: percent / 100 } });
      },
    },
  });
  return h('fieldset', { class: 'sound-controls' }, [
    h('legend', {}, t('ui.audio.controls.heading')),
    h('div', { class: 'checkbox' }, [soundOn, h('label', { attrs: { for: soundId } }, t('ui.audio.controls.sound'))]),
    h('div', { class: 'volume' }, [h('label', { attrs: { for: volumeId } }, t('ui.audio.controls.volume')), volume]),
    options.withHelp ? h('p', { class: 'help', id: helpId }, t('ui.audio.controls.help')) : null,
  ]);
}
