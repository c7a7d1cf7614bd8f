/** The briefing: the dispatch call, the policy profile in force, the mode, and the button to begin. */
import { profileText } from '../../engine/scoring/profile.js';
import { h } from '../../kit/dom.js';
import { playLocale, scenarioBriefing, scenarioSummary, scenarioTitle } from '../../kit/scenario-text.js';
import type { Screen, ScreenServices } from '../screen.js';
import { randomSeed } from '../settings.js';

export function briefingScreen(services: ScreenServices): Screen {
  const { t, context, catalogue, send } = services;
  const entry = catalogue.scenarios.find((s) => s.id === context.scenarioId);
  const heading = h('h1', { id: 'briefing-heading', attrs: { tabindex: -1 } });
  const back = h(
    'button',
    { class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'open scenarios' }) } },
    t('ui.briefing.back'),
  );
  if (!entry?.ok) {
    heading.textContent = context.scenarioId ?? '';
    return {
      root: h('section', { class: 'screen screen-briefing' }, [
        h('div', { class: 'card' }, [heading, h('p', {}, t('ui.list.unavailable')), back]),
      ]),
      initialFocus: heading,
    };
  }
  const { manifest } = entry;
  const wanted = context.settings.locale;
  const locale = playLocale(manifest, wanted);
  heading.textContent = scenarioTitle(manifest, locale);
  heading.lang = locale;
  const profile = catalogue.profiles.find((p) => p.id === context.settings.profileId) ?? catalogue.profiles[0];
  const { mode, timeFactor } = context.settings;
  const begin = h(
    'button',
    {
      id: 'begin',
      class: 'primary',
      attrs: { type: 'button' },
      on: { click: () => send({ type: 'begin', seed: context.seed ?? randomSeed() }) },
    },
    t('ui.briefing.begin'),
  );
  services.bridge.showScreen({ screen: 'briefing', kind: manifest.kind });

  const root = h('section', { class: 'screen screen-briefing', attrs: { 'aria-labelledby': 'briefing-heading' } }, [
    h('div', { class: 'card' }, [
      heading,
      locale !== wanted
        ? h(
            'p',
            { class: 'note language-note' },
            t('ui.list.onlyIn', { wanted: t(`ui.languages.${wanted}`), available: t(`ui.languages.${locale}`, { defaultValue: locale }) }),
          )
        : null,
      h('section', { class: 'dispatch', attrs: { 'aria-labelledby': 'dispatch-heading' } }, [
        h('h2', { id: 'dispatch-heading' }, t('ui.briefing.dispatch')),
        h(
          'p',
          { class: 'dispatch-text', attrs: { lang: locale } },
          scenarioBriefing(manifest, locale) ?? scenarioSummary(manifest, locale),
        ),
      ]),
      profile
        ? h('section', { class: 'profile', attrs: { 'aria-labelledby': 'briefing-profile-heading' } }, [
            h('h2', { id: 'briefing-profile-heading' }, t('ui.briefing.profile')),
            h('p', { class: 'profile-name' }, profileText(profile.name, context.settings.locale)),
            h('p', { class: 'help' }, profileText(profile.note, context.settings.locale)),
          ])
        : null,
      h('p', {}, mode === 'learn' ? t('ui.briefing.modeLearn') : t('ui.briefing.modeAssess', { factor: timeFactor })),
      h('p', { class: 'help' }, t('ui.briefing.howToPlay')),
      h('div', { class: 'actions' }, [begin, back]),
    ]),
  ]);
  return { root, initialFocus: heading };
}
