/**
 * One attempt's debrief as an instructor prints it: the result, every applicable rule with its
 * verdict, moment, explanation and sources (in the game's debrief order), the timeline of choices
 * with the rules each settled, the instructor's notes and injects, and the outcome measures. Nothing
 * is folded away, so that paper shows all of it.
 */
import type { InstructorInput, RuleResult } from '../engine/index.js';
import { ruleSources } from '../kit/rule-sources.js';
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { buildTimeline, rulesInDebriefOrder } from '../kit/debrief-model.js';
import { h } from '../kit/dom.js';
import { formatClock } from '../kit/format.js';
import { dateTimeText, decimal, profileName, ruleTitle, scenarioName, type DashboardLabels } from './labels.js';

export interface SingleViewActions {
  readonly back: () => void;
  readonly print: () => void;
}

/** Back to the class, and print: controls that never reach paper. */
export function viewControls(labels: DashboardLabels, actions: SingleViewActions, printLabel: string): HTMLElement {
  const { t } = labels;
  return h('div', { class: 'actions no-print' }, [
    h(
      'button',
      { class: 'secondary', attrs: { type: 'button', 'data-action': 'back' }, on: { click: actions.back } },
      t('ui.dashboard.view.back'),
    ),
    h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'print' }, on: { click: actions.print } }, printLabel),
  ]);
}

function badge(rule: RuleResult, labels: DashboardLabels): HTMLElement {
  return h('span', { class: `badge verdict-${rule.verdict}` }, labels.t(`ui.verdicts.${rule.verdict}`));
}

function sources(rule: RuleResult, labels: DashboardLabels): HTMLElement | null {
  const list = ruleSources(rule.id);
  if (list.length === 0) return null;
  return h(
    'p',
    { class: 'help sources' },
    `${labels.t('ui.debrief.sources')}: ${list.map((s) => (s.url ? `${s.title} (${s.url})` : s.title)).join('; ')}`,
  );
}

function ruleItem(rule: RuleResult, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  const moment = rule.at !== undefined ? t('ui.debrief.at', { time: formatClock(rule.at) }) : t('ui.debrief.noMoment');
  return h('li', { class: `rule verdict-${rule.verdict}`, attrs: { 'data-rule-id': rule.id, 'data-verdict': rule.verdict } }, [
    h('h4', {}, ruleTitle(labels, rule.id)),
    h('p', { class: 'verdict-line' }, [badge(rule, labels), ` ${t(`ui.severity.${rule.severity}`)} · ${moment}`]),
    h('p', { class: 'explanation' }, t(rule.explanation, { ...rule.values, defaultValue: '' })),
    sources(rule, labels),
  ]);
}

function details(attempt: FinishedAttempt, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  const rows: [string, string][] = [
    [t('ui.debrief.trainee'), attempt.traineeCode],
    [t('ui.dashboard.view.scenario'), scenarioName(labels, attempt.scenario.id)],
    [t('ui.debrief.profile'), profileName(labels, attempt.profileId)],
    [t('ui.debrief.mode'), t(`ui.modes.${attempt.mode}`, { defaultValue: attempt.mode })],
    [t('ui.debrief.language'), t(`ui.languages.${attempt.locale}`, { defaultValue: attempt.locale })],
    [t('ui.debrief.variant'), String(attempt.seed)],
    [t('ui.dashboard.view.finished'), dateTimeText(labels, attempt.finishedAt)],
    [t('ui.debrief.duration'), formatClock(attempt.report.elapsedSeconds)],
  ];
  return h(
    'dl',
    { class: 'facts' },
    rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]),
  );
}

function rulesPart(attempt: FinishedAttempt, labels: DashboardLabels): HTMLElement[] {
  const { t } = labels;
  const { applicable, notApplicable } = rulesInDebriefOrder(attempt.report);
  const parts: HTMLElement[] = [
    h('h3', {}, t('ui.debrief.rulesHeading')),
    applicable.length === 0
      ? h('p', {}, t('ui.debrief.noRules'))
      : h(
          'ol',
          { class: 'rule-list' },
          applicable.map((rule) => ruleItem(rule, labels)),
        ),
  ];
  if (notApplicable.length > 0) {
    parts.push(
      h(
        'p',
        { class: 'help not-applicable' },
        `${t('ui.debrief.notApplicable', { count: notApplicable.length })}: ${notApplicable.map((r) => ruleTitle(labels, r.id)).join(', ')}`,
      ),
    );
  }
  return parts;
}

function timelinePart(attempt: FinishedAttempt, labels: DashboardLabels): HTMLElement[] {
  const { t } = labels;
  const timeline = buildTimeline(attempt.report, attempt.picks);
  return [
    h('h3', {}, t('ui.dashboard.view.timelineHeading')),
    h(
      'ol',
      { class: 'pick-list' },
      timeline.picks.map(({ index, pick, settled }) =>
        h('li', { class: 'pick', attrs: { 'data-pick': index } }, [
          h('p', { class: 'pick-head' }, [
            h('span', { class: 'time' }, formatClock(pick.at)),
            ` ${t('ui.debrief.pick', { number: index + 1 })}: `,
            h('span', { attrs: { lang: attempt.locale } }, pick.text.trim()),
          ]),
          h(
            'p',
            { class: 'help' },
            `${t('ui.debrief.actions')}: ${pick.actions.length > 0 ? pick.actions.map((a) => t(`ui.actions.${a}`, { defaultValue: a })).join(', ') : t('ui.debrief.noActions')}`,
          ),
          settled.length > 0
            ? h(
                'p',
                { class: 'help' },
                `${t('ui.debrief.settled')}: ${settled.map((r) => `${ruleTitle(labels, r.id)} (${t(`ui.verdicts.${r.verdict}`)})`).join('; ')}`,
              )
            : null,
        ]),
      ),
    ),
    ...(timeline.unsettledByPicks.length > 0
      ? [
          h('h4', {}, t('ui.debrief.deadline')),
          h(
            'ul',
            {},
            timeline.unsettledByPicks.map((rule) =>
              h('li', {}, [
                h('span', { class: 'time' }, rule.at !== undefined ? formatClock(rule.at) : '—'),
                ' ',
                badge(rule, labels),
                ` ${ruleTitle(labels, rule.id)}`,
              ]),
            ),
          ),
        ]
      : []),
  ];
}

function inputText(input: InstructorInput, labels: DashboardLabels): string {
  const { t } = labels;
  if (input.kind === 'note') return t('ui.dashboard.view.note', { text: input.text });
  return input.note
    ? t('ui.dashboard.view.injectWithNote', { event: input.event, note: input.note })
    : t('ui.dashboard.view.inject', { event: input.event });
}

function instructorPart(attempt: FinishedAttempt, labels: DashboardLabels): HTMLElement[] {
  const inputs = attempt.instructorInputs ?? [];
  if (inputs.length === 0) return [];
  return [
    h('h3', {}, labels.t('ui.dashboard.view.instructorHeading')),
    h(
      'ul',
      { class: 'instructor-inputs' },
      inputs.map((input) => h('li', {}, [h('span', { class: 'time' }, formatClock(input.at)), ` ${inputText(input, labels)}`])),
    ),
  ];
}

function outcomePart(attempt: FinishedAttempt, labels: DashboardLabels): HTMLElement[] {
  const { t } = labels;
  const o = attempt.report.outcome;
  const rows: [string, string][] = [
    ['patient', t(`ui.patientOutcomes.${o.patient}`, { defaultValue: o.patient })],
    ['referralsOffered', String(o.referralsOffered)],
    ['referralsAccepted', String(o.referralsAccepted)],
    ['arrests', String(o.arrests)],
    ['citations', String(o.citations)],
    ['searches', String(o.searches)],
    ['warrantChecks', String(o.warrantChecks)],
    ['usesOfForce', String(o.usesOfForce)],
    ['backupCalls', String(o.backupCalls)],
    [
      'officerInjuries',
      o.officerInjuries.length === 0
        ? t('ui.debrief.none')
        : o.officerInjuries.map((i) => t(`ui.injuries.${i}`, { defaultValue: i })).join(', '),
    ],
  ];
  if (o.callerTrust !== null) rows.push(['callerTrust', t('ui.debrief.callerTrustValue', { trust: o.callerTrust })]);
  return [
    h('h3', {}, t('ui.debrief.outcomeHeading')),
    h(
      'dl',
      { class: 'facts' },
      rows.flatMap(([id, value]) => [h('dt', {}, t(`ui.debrief.${id}`)), h('dd', { attrs: { 'data-outcome': id } }, value)]),
    ),
  ];
}

export function attemptView(
  attempt: FinishedAttempt,
  labels: DashboardLabels,
  actions: SingleViewActions,
): { root: HTMLElement; heading: HTMLElement } {
  const { t } = labels;
  const { report } = attempt;
  const heading = h(
    'h2',
    { id: 'attempt-heading', attrs: { tabindex: -1 } },
    t('ui.dashboard.view.debriefHeading', { trainee: attempt.traineeCode, scenario: scenarioName(labels, attempt.scenario.id) }),
  );
  const root = h(
    'section',
    { class: 'card attempt-view', id: 'attempt-view', attrs: { 'aria-labelledby': 'attempt-heading', 'data-attempt': attempt.id } },
    [
      viewControls(labels, actions, t('ui.dashboard.view.printDebrief')),
      heading,
      details(attempt, labels),
      h(
        'p',
        {
          class: `result ${report.passed ? 'passed' : 'failed'}`,
          attrs: { 'data-passed': String(report.passed), 'data-score': report.score },
        },
        t(report.passed ? 'ui.debrief.passed' : 'ui.debrief.failed'),
      ),
      h('p', { class: 'score' }, t('ui.debrief.score', { score: decimal(labels, report.score), passMark: report.passMark })),
      report.criticalFailures.length > 0
        ? h('div', { class: 'critical' }, [
            h('p', {}, t('ui.debrief.criticalFailures')),
            h(
              'ul',
              {},
              report.criticalFailures.map((id) => h('li', {}, ruleTitle(labels, id))),
            ),
          ])
        : null,
      ...rulesPart(attempt, labels),
      ...timelinePart(attempt, labels),
      ...instructorPart(attempt, labels),
      ...outcomePart(attempt, labels),
    ],
  );
  return { root, heading };
}
