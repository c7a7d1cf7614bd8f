/**
 * The scenario list: every shipped scenario, grouped by kind of scene, with what it trains, how long
 * it takes and how this trainee has done in it; the policy profile in force (and a way to change
 * it); and any scenario that failed to load, listed with its reason, never blocking the others.
 */
import { profileText } from '../../engine/scoring/profile.js';
import { SCENARIO_KINDS, type ScenarioKind, type ScenarioManifest } from '../../engine/index.js';
import type { CatalogueEntry } from '../../game/catalogue.js';
import { h, hidden } from '../../kit/dom.js';
import { playLocale, scenarioSummary, scenarioTitle } from '../../kit/scenario-text.js';
import { scenarioMarks } from '../scenario-marks.js';
import type { Screen, ScreenServices } from '../screen.js';

function profilePicker(services: ScreenServices): HTMLElement {
  const { t, context, catalogue, send } = services;
  const select = h('select', {
    id: 'profile',
    attrs: { 'aria-describedby': 'profile-note' },
    on: { change: () => send({ type: 'change settings', settings: { profileId: select.value } }) },
  });
  for (const profile of catalogue.profiles) {
    const option = h('option', { attrs: { value: profile.id } }, profileText(profile.name, context.settings.locale));
    option.selected = profile.id === context.settings.profileId;
    select.append(option);
  }
  const current = catalogue.profiles.find((p) => p.id === context.settings.profileId) ?? catalogue.profiles[0];
  return h('section', { class: 'profile', attrs: { 'aria-labelledby': 'profile-label' } }, [
    h('label', { id: 'profile-label', attrs: { for: 'profile' } }, t('ui.list.profile')),
    select,
    h('p', { class: 'help', id: 'profile-note' }, [
      t('ui.list.profileHelp'),
      ' ',
      current ? profileText(current.note, context.settings.locale) : '',
    ]),
  ]);
}

function playableCard(services: ScreenServices, manifest: ScenarioManifest): HTMLElement {
  const { t, context, send } = services;
  const wanted = context.settings.locale;
  const locale = playLocale(manifest, wanted);
  const title = scenarioTitle(manifest, locale);
  const headingId = `scenario-${manifest.id}-title`;
  return h('li', { class: 'scenario card', attrs: { 'data-scenario-id': manifest.id } }, [
    h('h3', { id: headingId, attrs: { lang: locale } }, title),
    h('p', { attrs: { lang: locale } }, scenarioSummary(manifest, locale)),
    h('dl', { class: 'facts' }, [
      h('dt', {}, t('ui.list.duration')),
      h('dd', {}, t('ui.minutes', { count: manifest.estimatedMinutes })),
      h('dt', {}, t('ui.list.protocols')),
      h('dd', {}, manifest.protocols.map((family) => t(`ui.protocols.${family}`)).join(' · ')),
      h('dt', {}, t('ui.list.yourAttempts')),
      h('dd', { class: 'marks' }, marksText(services, manifest.id)),
    ]),
    locale !== wanted
      ? h(
          'p',
          { class: 'note language-note' },
          t('ui.list.onlyIn', { wanted: t(`ui.languages.${wanted}`), available: t(`ui.languages.${locale}`, { defaultValue: locale }) }),
        )
      : null,
    h(
      'button',
      {
        class: 'primary',
        attrs: { type: 'button', 'data-action': 'play' },
        on: { click: () => send({ type: 'choose scenario', scenarioId: manifest.id }) },
      },
      [t('ui.list.play'), hidden(`: ${title}`)],
    ),
  ]);
}

function marksText(services: ScreenServices, scenarioId: string): string {
  const { t, attempts, context } = services;
  const marks = scenarioMarks(attempts.list(), scenarioId, context.settings.traineeCode);
  if (marks.best === undefined) return t('ui.list.notPlayed');
  return t(marks.passed ? 'ui.list.finishedPassed' : 'ui.list.finishedNotPassed', { count: marks.finished, best: marks.best });
}

function unavailableCard(services: ScreenServices, id: string, problems: readonly string[]): HTMLElement {
  const { t } = services;
  return h('li', { class: 'scenario card unavailable', attrs: { 'data-scenario-id': id } }, [
    h('h3', {}, `${id}: ${t('ui.list.unavailable')}`),
    h('p', {}, t('ui.list.unavailableHelp')),
    h(
      'ul',
      { class: 'problems' },
      problems.map((problem) => h('li', {}, problem)),
    ),
  ]);
}

function group(services: ScreenServices, key: ScenarioKind | 'unavailable', cards: readonly HTMLElement[]): HTMLElement | null {
  if (cards.length === 0) return null;
  const headingId = `scenario-group-${key}`;
  return h('section', { class: 'scenario-group', attrs: { 'aria-labelledby': headingId, 'data-kind': key } }, [
    h('h2', { id: headingId }, services.t(`ui.list.groups.${key}`)),
    h('ul', { class: 'scenarios' }, [...cards]),
  ]);
}

/** One group per kind of scene, in the order kinds are defined, then the scenarios that would not load. */
function groups(services: ScreenServices, entries: readonly CatalogueEntry[]): (HTMLElement | null)[] {
  const byKind = SCENARIO_KINDS.map((kind) =>
    group(
      services,
      kind,
      entries.flatMap((entry) => (entry.ok && entry.manifest.kind === kind ? [playableCard(services, entry.manifest)] : [])),
    ),
  );
  const broken = entries.flatMap((entry) => (entry.ok ? [] : [unavailableCard(services, entry.id, entry.problems)]));
  return [...byKind, group(services, 'unavailable', broken)];
}

export function scenarioListScreen(services: ScreenServices): Screen {
  const { t, catalogue, send, attempts } = services;
  const heading = h('h1', { id: 'list-heading', attrs: { tabindex: -1 } }, t('ui.list.heading'));
  const root = h('section', { class: 'screen screen-list', attrs: { 'aria-labelledby': 'list-heading' } }, [
    h('div', { class: 'card header-card' }, [heading, profilePicker(services)]),
    catalogue.scenarios.length === 0
      ? h('p', { class: 'card empty' }, t('ui.list.empty'))
      : h('div', { class: 'scenario-groups' }, groups(services, catalogue.scenarios)),
    h('div', { class: 'actions' }, [
      h(
        'button',
        { class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'back to title' }) } },
        t('ui.list.back'),
      ),
      attempts.list().length > 0
        ? h(
            'button',
            { class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'open history' }) } },
            t('ui.list.history', { count: attempts.list().length }),
          )
        : null,
    ]),
  ]);
  return { root, initialFocus: heading };
}
