/**
 * The filters: one scenario, one profile, a range of days, offered from what was imported; and the
 * sentence that says on paper which filters made the figures.
 */
import { h } from '../kit/dom.js';
import { isFiltered, type AttemptFilter, type FilterChoices } from './filters.js';
import { profileName, scenarioName, type DashboardLabels } from './labels.js';

export interface FilterPanelActions {
  readonly change: (filter: AttemptFilter) => void;
}

function without<K extends keyof AttemptFilter>(filter: AttemptFilter, key: K, value: string): AttemptFilter {
  const next: Record<string, string | undefined> = { ...filter, [key]: value };
  if (!value) delete next[key];
  return next as AttemptFilter;
}

function select(
  id: string,
  label: string,
  all: string,
  options: readonly { value: string; text: string }[],
  selected: string | undefined,
  onChange: (value: string) => void,
): HTMLElement {
  const element = h('select', { id, on: { change: () => onChange(element.value) } }, [
    h('option', { attrs: { value: '' } }, all),
    ...options.map((o) => h('option', { attrs: { value: o.value, selected: o.value === selected } }, o.text)),
  ]);
  return h('div', { class: 'field' }, [h('label', { attrs: { for: id } }, label), element]);
}

function dateField(
  id: string,
  label: string,
  value: string | undefined,
  choices: FilterChoices,
  onChange: (value: string) => void,
): HTMLElement {
  const input = h('input', {
    id,
    attrs: { type: 'date', value: value ?? '', min: choices.days?.first, max: choices.days?.last },
    on: { change: () => onChange(input.value) },
  });
  return h('div', { class: 'field' }, [h('label', { attrs: { for: id } }, label), input]);
}

export function filterPanel(
  filter: AttemptFilter,
  choices: FilterChoices,
  labels: DashboardLabels,
  actions: FilterPanelActions,
): HTMLElement {
  const { t } = labels;
  return h('section', { class: 'card no-print', id: 'filters', attrs: { 'aria-labelledby': 'filters-heading' } }, [
    h('h2', { id: 'filters-heading' }, t('ui.dashboard.filters.heading')),
    h('div', { class: 'filters' }, [
      select(
        'filter-scenario',
        t('ui.dashboard.filters.scenario'),
        t('ui.dashboard.filters.allScenarios'),
        choices.scenarioIds.map((id) => ({ value: id, text: scenarioName(labels, id) })),
        filter.scenarioId,
        (value) => actions.change(without(filter, 'scenarioId', value)),
      ),
      select(
        'filter-profile',
        t('ui.dashboard.filters.profile'),
        t('ui.dashboard.filters.allProfiles'),
        choices.profileIds.map((id) => ({ value: id, text: profileName(labels, id) })),
        filter.profileId,
        (value) => actions.change(without(filter, 'profileId', value)),
      ),
      dateField('filter-from', t('ui.dashboard.filters.from'), filter.from, choices, (value) =>
        actions.change(without(filter, 'from', value)),
      ),
      dateField('filter-to', t('ui.dashboard.filters.to'), filter.to, choices, (value) => actions.change(without(filter, 'to', value))),
      isFiltered(filter)
        ? h(
            'button',
            { id: 'filter-reset', class: 'secondary', attrs: { type: 'button' }, on: { click: () => actions.change({}) } },
            t('ui.dashboard.filters.reset'),
          )
        : null,
    ]),
  ]);
}

/** Which filters made the figures, in words: printed above them. */
export function filterSummary(filter: AttemptFilter, labels: DashboardLabels): string {
  const { t } = labels;
  if (!isFiltered(filter)) return t('ui.dashboard.filters.summaryAll');
  const parts = [
    filter.scenarioId ? t('ui.dashboard.filters.summaryScenario', { scenario: scenarioName(labels, filter.scenarioId) }) : null,
    filter.profileId ? t('ui.dashboard.filters.summaryProfile', { profile: profileName(labels, filter.profileId) }) : null,
    filter.from ? t('ui.dashboard.filters.summaryFrom', { date: filter.from }) : null,
    filter.to ? t('ui.dashboard.filters.summaryTo', { date: filter.to }) : null,
  ].filter((p): p is string => p !== null);
  return t('ui.dashboard.filters.summary', { filters: parts.join('; ') });
}
