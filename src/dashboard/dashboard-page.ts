/**
 * The instructor dashboard (instructor.html): import a class's exported attempts, read the class's
 * figures under any filter, and open, print or certify one attempt. Everything stays in this page's
 * memory; nothing is stored or sent.
 *
 * The page is drawn whole from its state after every change (a class of a thousand attempts draws in
 * milliseconds); focus goes back to the control that had it, by id.
 */
import type { CatalogueEntry } from '../game/catalogue.js';
import { createTranslator } from '../i18n/translator.js';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../i18n/resources.js';
import type { Profile } from '../engine/scoring/profile.js';
import { h } from '../kit/dom.js';
import { attemptList } from './attempt-list.js';
import { attemptView } from './attempt-view.js';
import { certificateView } from './certificate.js';
import { cohortFigures } from './cohort.js';
import { cohortView } from './cohort-view.js';
import { filterPanel, filterSummary } from './filter-panel.js';
import { filterAttempts, filterChoices, isFiltered, NO_FILTER, type AttemptFilter } from './filters.js';
import { importFiles } from './import-files.js';
import { importPanel, type ImportSummary } from './import-panel.js';
import { addAttempts, finishedOnly, NO_ATTEMPTS, type ImportedClass } from './imported-attempts.js';
import type { DashboardLabels } from './labels.js';
import { cohortProgress } from '../refresher/progress.js';
import { progressView } from './progress-view.js';
import { DEFAULT_TRAINEE_SORT, nextTraineeSort, traineeSummaries, type TraineeSort } from './trainees.js';
import { traineeSummaryView } from './trainee-summary-view.js';
import { knowledgeViews } from './knowledge-view.js';

export interface DashboardOptions {
  readonly root: HTMLElement;
  readonly locale: SupportedLocale;
  readonly scenarios: readonly CatalogueEntry[];
  readonly profiles: readonly Profile[];
}

type View = { readonly kind: 'class' } | { readonly kind: 'debrief' | 'certificate'; readonly attemptId: string };

interface State {
  readonly locale: SupportedLocale;
  readonly attempts: ImportedClass;
  readonly busy: boolean;
  readonly lastImport?: ImportSummary;
  readonly filter: AttemptFilter;
  readonly view: View;
  /** The officer the progress view shows alone; '' for the whole cohort. */
  readonly progressOfficer: string;
  /** The order of the per-trainee summary. */
  readonly traineeSort: TraineeSort;
}

export function startDashboard(options: DashboardOptions): void {
  const { root } = options;
  let state: State = {
    locale: options.locale,
    attempts: NO_ATTEMPTS,
    busy: false,
    filter: NO_FILTER,
    view: { kind: 'class' },
    progressOfficer: '',
    traineeSort: DEFAULT_TRAINEE_SORT,
  };
  let labels = labelsFor(state.locale);
  /** Where focus goes after the next drawing, when not back to the control that had it. */
  let focusNext: (() => HTMLElement | null) | 'view heading' | undefined;
  /** Set by an import that ends: the next drawing alerts its problems, later ones do not. */
  let justImported = false;

  function labelsFor(locale: SupportedLocale): DashboardLabels {
    return { t: createTranslator(locale), locale, scenarios: options.scenarios, profiles: options.profiles };
  }

  function update(next: Partial<State>): void {
    state = { ...state, ...next };
    render();
  }

  async function importChosen(files: readonly File[], fromFolder: boolean): Promise<void> {
    update({ busy: true });
    const batch = await importFiles(files, { fromFolder });
    const merged = addAttempts(state.attempts, batch.attempts, batch.origins);
    const inputId = fromFolder ? 'import-folder' : 'import-files';
    focusNext = () => document.getElementById(inputId);
    justImported = true;
    update({
      busy: false,
      attempts: merged.imported,
      lastImport: {
        files: batch.files,
        added: merged.added,
        duplicates: merged.duplicates,
        conflicts: merged.conflicts,
        skipped: batch.skipped,
        problems: [...batch.problems, ...merged.problems],
      },
    });
  }

  function open(kind: 'debrief' | 'certificate', attemptId: string): void {
    focusNext = 'view heading';
    update({ view: { kind, attemptId } });
  }

  function back(): void {
    const from = state.view;
    if (from.kind !== 'class')
      focusNext = () =>
        root.querySelector<HTMLElement>(`tr[data-attempt="${CSS.escape(from.attemptId)}"] button[data-open="${from.kind}"]`);
    update({ view: { kind: 'class' } });
  }

  function header(): HTMLElement {
    const { t } = labels;
    const language = h(
      'select',
      {
        id: 'dashboard-language',
        on: {
          change: () => {
            const locale = SUPPORTED_LOCALES.find((l) => l === language.value) ?? 'en';
            labels = labelsFor(locale);
            update({ locale });
          },
        },
      },
      SUPPORTED_LOCALES.map((l) => h('option', { attrs: { value: l, lang: l, selected: l === state.locale } }, t(`ui.languages.${l}`))),
    );
    return h('header', { class: `card dashboard-head${state.view.kind === 'class' ? '' : ' no-print'}` }, [
      h('div', {}, [h('h1', { id: 'dashboard-heading' }, t('ui.dashboard.heading')), h('p', { class: 'help' }, t('ui.dashboard.intro'))]),
      h('div', { class: 'no-print' }, [
        h('div', { class: 'field' }, [h('label', { attrs: { for: 'dashboard-language' } }, t('ui.dashboard.language')), language]),
        h('nav', { attrs: { 'aria-label': t('ui.dashboard.otherPages') } }, [
          h('a', { attrs: { href: 'index.html' } }, t('ui.dashboard.toGame')),
        ]),
      ]),
    ]);
  }

  function classView(): HTMLElement[] {
    const all = [...state.attempts.attempts.values()];
    const selected = filterAttempts(all, state.filter);
    const finished = finishedOnly(selected);
    const actions = { openDebrief: (id: string) => open('debrief', id), openCertificate: (id: string) => open('certificate', id) };
    return [
      importPanel(
        {
          busy: state.busy,
          ...(state.lastImport ? { last: state.lastImport } : {}),
          total: all.length,
          unfinished: all.length - finishedOnly(all).length,
          announceProblems: justImported,
        },
        labels,
        {
          importFiles: (files, fromFolder) => void importChosen(files, fromFolder),
          clear: () => update({ attempts: NO_ATTEMPTS, filter: NO_FILTER, view: { kind: 'class' }, progressOfficer: '' }),
        },
      ),
      ...(all.length > 0
        ? [
            filterPanel(state.filter, filterChoices(all), labels, { change: (filter) => update({ filter }) }),
            cohortView(
              {
                figures: cohortFigures(finished),
                unfinished: selected.length - finished.length,
                filtered: isFiltered(state.filter),
                filterSummary: filterSummary(state.filter, labels),
                print: () => window.print(),
              },
              labels,
            ),
            traineeSummaryView(traineeSummaries(finished), state.traineeSort, labels, {
              sortBy: (column) => update({ traineeSort: nextTraineeSort(state.traineeSort, column) }),
            }),
            progressView(
              // Calendar days and months as this device's clock counts them.
              { progress: cohortProgress(finished, -new Date().getTimezoneOffset()), officer: state.progressOfficer },
              labels,
              { chooseOfficer: (progressOfficer) => update({ progressOfficer }) },
            ),
            ...knowledgeViews(finished, labels),
            attemptList(finished, labels, actions),
          ]
        : []),
    ];
  }

  function singleView(view: Exclude<View, { kind: 'class' }>): { root: HTMLElement; heading: HTMLElement } | undefined {
    const attempt = state.attempts.attempts.get(view.attemptId);
    if (attempt?.status !== 'finished') return undefined;
    const actions = { back, print: () => window.print() };
    return view.kind === 'debrief' ? attemptView(attempt, labels, actions) : certificateView(attempt, labels, actions);
  }

  function render(): void {
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    const { t } = labels;
    document.documentElement.lang = state.locale;
    document.title = t('ui.dashboard.pageTitle');
    const single = state.view.kind === 'class' ? undefined : singleView(state.view);
    root.replaceChildren(h('div', { class: 'dashboard' }, [header(), ...(single ? [single.root] : classView())]));
    const target =
      focusNext === 'view heading' ? single?.heading : (focusNext?.() ?? (focusedId ? document.getElementById(focusedId) : null));
    focusNext = undefined;
    justImported = false;
    target?.focus();
  }

  render();
}
