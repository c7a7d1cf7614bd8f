/** The author preview's play settings: the profile, the story's language and the seed, and the button that plays. */
import { profileText, type Profile } from '../engine/scoring/profile.js';
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import type { EncounterPlan } from '../play/start.js';

export type PlaySettings = Pick<EncounterPlan, 'profileId' | 'locale' | 'seed'>;

export interface PlayControls {
  readonly root: HTMLElement;
  readonly playButton: HTMLButtonElement;
  readonly settings: PlaySettings;
  profile(): Profile | undefined;
  /** The languages the scenario has now; keeps the chosen one if it still has it. */
  offerLocales(locales: readonly string[]): void;
}

/** `changed` runs after the author changes a setting; `play` when they press Play. */
export function createPlayControls(
  t: Translate,
  uiLocale: string,
  profiles: readonly Profile[],
  changed: () => void,
  play: () => void,
): PlayControls {
  const settings = { profileId: profiles[0]?.id ?? 'model-policy', locale: '', seed: 1 };
  const field = (id: string, label: string, control: HTMLElement): HTMLElement =>
    h('div', { class: 'field' }, [h('label', { attrs: { for: id } }, label), control]);
  const profileSelect = h(
    'select',
    { id: 'play-profile', on: { change: () => ((settings.profileId = profileSelect.value), changed()) } },
    profiles.map((p) => h('option', { attrs: { value: p.id } }, profileText(p.name, uiLocale))),
  );
  const localeSelect = h('select', { id: 'play-locale', on: { change: () => ((settings.locale = localeSelect.value), changed()) } });
  const seedInput = h('input', {
    id: 'play-seed',
    attrs: { type: 'number', min: 1, step: 1, value: settings.seed, inputmode: 'numeric' },
    on: {
      change: () => {
        const value = Number(seedInput.value);
        if (!Number.isInteger(value) || value < 1) return;
        settings.seed = value;
        changed();
      },
    },
  });
  const playButton = h(
    'button',
    { id: 'play-start', class: 'primary', attrs: { type: 'button' }, on: { click: () => play() } },
    t('ui.author.play.start'),
  );
  return {
    root: h('div', { class: 'play-controls' }, [
      field('play-profile', t('ui.author.play.profile'), profileSelect),
      field('play-locale', t('ui.author.play.locale'), localeSelect),
      field('play-seed', t('ui.author.play.seed'), seedInput),
      playButton,
    ]),
    playButton,
    settings,
    profile: () => profiles.find((p) => p.id === settings.profileId) ?? profiles[0],
    offerLocales(locales) {
      if ([...localeSelect.options].map((o) => o.value).join() !== locales.join())
        localeSelect.replaceChildren(...locales.map((l) => h('option', { attrs: { value: l } }, l)));
      if (!locales.includes(settings.locale)) settings.locale = locales[0] ?? '';
      localeSelect.value = settings.locale;
    },
  };
}
