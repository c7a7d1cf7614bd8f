/**
 * The title screen: "Choose a scenario" first, then the settings (language, mode, clock speed,
 * trainee code, sound) folded under one line that says what they are, open on a first visit.
 */
import { SUPPORTED_LOCALES, type SupportedLocale } from '../../i18n/resources.js';
import { soundControls } from '../audio/sound-controls.js';
import { runWithClassControl } from '../../classroom/open-console.js';
import { refresherPanel } from '../components/refresher-panel.js';
import { savedAttemptsPanel } from '../components/saved-attempts.js';
import { h } from '../../kit/dom.js';
import type { Screen, ScreenServices } from '../screen.js';
import { randomTraineeCode, TIME_FACTORS } from '../settings.js';
import { settingsSummary } from '../settings-summary.js';

/** The settings' <details>: its id lets a redrawn title keep it as the trainee left it. */
const SETTINGS_PANEL_ID = 'title-settings';

function field(id: string, label: string, control: HTMLElement, help?: string): HTMLElement {
  return h('div', { class: 'field' }, [
    h('label', { attrs: { for: id } }, label),
    control,
    help ? h('p', { class: 'help', id: `${id}-help` }, help) : null,
  ]);
}

function modeChoice(services: ScreenServices, mode: 'learn' | 'assess'): HTMLElement {
  const { t, context, send } = services;
  const id = `mode-${mode}`;
  const input = h('input', {
    id,
    attrs: { type: 'radio', name: 'mode', value: mode, 'aria-describedby': `${id}-help`, checked: context.settings.mode === mode },
    on: { change: () => send({ type: 'change settings', settings: { mode } }) },
  });
  return h('div', { class: 'radio' }, [
    input,
    h('label', { attrs: { for: id } }, t(`ui.start.${mode}`)),
    h('p', { class: 'help', id: `${id}-help` }, t(`ui.start.${mode}Help`)),
  ]);
}

function speedSelect(services: ScreenServices): HTMLSelectElement {
  const { t, context, send } = services;
  const select = h('select', {
    id: 'time-factor',
    on: { change: () => send({ type: 'change settings', settings: { timeFactor: Number(select.value) } }) },
  });
  for (const factor of TIME_FACTORS) {
    const option = h(
      'option',
      { attrs: { value: factor } },
      factor < 1 ? t('ui.start.speedHalf') : t('ui.start.speedOption', { count: factor }),
    );
    option.selected = factor === context.settings.timeFactor;
    select.append(option);
  }
  return select;
}

function knowledgeCheckChoice(services: ScreenServices): HTMLElement {
  const { t, context, send } = services;
  const input = h('input', {
    id: 'knowledge-check',
    attrs: { type: 'checkbox', checked: context.settings.knowledgeCheck === true, 'aria-describedby': 'knowledge-check-help' },
    on: { change: () => send({ type: 'change settings', settings: { knowledgeCheck: input.checked } }) },
  });
  return h('div', { class: 'field' }, [
    h('div', { class: 'checkbox' }, [input, h('label', { attrs: { for: 'knowledge-check' } }, t('ui.knowledge.setting'))]),
    h('p', { class: 'help', id: 'knowledge-check-help' }, t('ui.knowledge.settingHelp')),
  ]);
}

function languageSelect(services: ScreenServices): HTMLSelectElement {
  const { t, context, send } = services;
  const select = h('select', {
    id: 'language',
    on: { change: () => send({ type: 'change settings', settings: { locale: select.value as SupportedLocale } }) },
  });
  for (const locale of SUPPORTED_LOCALES) {
    // Each language is named in itself too, so a trainee who cannot read the current one finds theirs.
    const option = h('option', { attrs: { value: locale, lang: locale } }, t(`ui.languages.${locale}`));
    option.selected = locale === context.settings.locale;
    select.append(option);
  }
  return select;
}

/**
 * Open on a visit where nothing was chosen yet, so a new trainee sees what there is to set; folded
 * once chosen, so "Choose a scenario" is one Tab away. A title drawn again over itself (a language
 * or mode just changed) keeps the panel as the trainee left it.
 */
function settingsOpen(remembered: boolean | undefined): boolean {
  const shown = document.getElementById(SETTINGS_PANEL_ID);
  if (shown instanceof HTMLDetailsElement) return shown.open;
  return remembered !== true;
}

export function titleScreen(services: ScreenServices): Screen {
  const { t, context, send } = services;
  const { settings } = context;
  const saved = savedAttemptsPanel(services);
  const refresher = refresherPanel(services);

  const code = h('input', {
    id: 'trainee-code',
    attrs: {
      type: 'text',
      value: settings.traineeCode,
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: 32,
      'aria-describedby': 'trainee-code-help',
    },
    on: { change: () => send({ type: 'change settings', settings: { traineeCode: code.value.trim() || randomTraineeCode() } }) },
  });
  const newCode = h(
    'button',
    {
      id: 'new-code',
      class: 'secondary',
      attrs: { type: 'button' },
      on: { click: () => send({ type: 'change settings', settings: { traineeCode: randomTraineeCode() } }) },
    },
    t('ui.start.newCode'),
  );

  const heading = h('h1', { attrs: { tabindex: -1 } }, t('ui.start.heading'));
  const summaryChoices = h('span', { class: 'settings-choices' }, settingsSummary(t, settings));
  const panel = h(
    'details',
    { id: SETTINGS_PANEL_ID, class: 'settings-panel', attrs: { open: settingsOpen(context.settingsRemembered) } },
    [
      h('summary', {}, [h('span', { class: 'settings-title' }, t('ui.start.settings')), ' ', summaryChoices]),
      h('div', { class: 'settings-fields' }, [
        field('language', t('ui.start.language'), languageSelect(services)),
        h('fieldset', {}, [
          h('legend', {}, t('ui.start.mode')),
          modeChoice(services, 'learn'),
          modeChoice(services, 'assess'),
          h('p', { class: 'note' }, t('ui.start.timedNote')),
        ]),
        field('time-factor', t('ui.start.speed'), speedSelect(services)),
        h('div', { class: 'field' }, [
          h('label', { attrs: { for: 'trainee-code' } }, t('ui.start.traineeCode')),
          h('div', { class: 'inline' }, [code, newCode]),
          h('p', { class: 'help', id: 'trainee-code-help' }, t('ui.start.traineeCodeHelp')),
        ]),
        soundControls(services, { idPrefix: '', withHelp: true }),
        knowledgeCheckChoice(services),
      ]),
    ],
  );
  // Sound is applied without drawing the title again (src/ui/app.ts): its part of the line follows here.
  panel.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.id === 'sound')
      summaryChoices.textContent = settingsSummary(t, { ...settings, sound: event.target.checked });
  });
  const form = h(
    'form',
    {
      class: 'settings',
      on: {
        submit: (event) => {
          event.preventDefault();
          // Sent even when unchanged: choosing a scenario is choosing these settings, remembered for next time.
          send({ type: 'change settings', settings: { traineeCode: code.value.trim() || randomTraineeCode() } });
          send({ type: 'open scenarios' });
        },
      },
    },
    [
      h('div', { class: 'actions' }, [
        h('button', { id: 'open-scenarios', class: 'primary', attrs: { type: 'submit' } }, t('ui.start.begin')),
        saved.historyButton,
      ]),
      panel,
    ],
  );

  const root = h('section', { class: 'screen screen-title', attrs: { 'aria-labelledby': 'title-heading' } }, [
    h('div', { class: 'card' }, [
      heading,
      h('p', { class: 'tagline' }, t('ui.tagline')),
      form,
      saved.root,
      refresher.root,
      h('section', { class: 'how-to-play', attrs: { 'aria-labelledby': 'how-to-play-heading' } }, [
        h('h2', { id: 'how-to-play-heading' }, t('ui.start.howToPlayHeading')),
        h('p', {}, t('ui.start.howToPlay')),
      ]),
      h('p', { class: 'note' }, t('ui.start.privacy')),
      h('nav', { class: 'for-trainers', attrs: { 'aria-label': t('ui.start.forTrainers') } }, [
        h('h2', {}, t('ui.start.forTrainers')),
        h('ul', {}, [
          h('li', {}, [h('a', { attrs: { href: 'author.html' } }, t('ui.start.authorLink'))]),
          h('li', {}, [h('a', { attrs: { href: 'instructor.html' } }, t('ui.start.dashboardLink'))]),
          h('li', {}, [runWithClassControl(t, services.classroom)]),
        ]),
      ]),
    ]),
  ]);
  heading.id = 'title-heading';
  return {
    root,
    initialFocus: heading,
    dispose: () => {
      saved.dispose();
      refresher.dispose();
    },
  };
}
