/**
 * The debrief, in the order a trainee needs it: what became of the person and whether the attempt
 * passed (with the condition that failed), Try again and Print beside them; then the two or three
 * decisions that mattered most; then every applicable rule, folded under its protocol family, with
 * its verdict, moment, explanation and sources; the timeline of picks with the rules each one
 * settled (and a replay from any of them); and the outcome measures. It prints as it reads.
 */
import { rubricVersionOf, type RuleResult, type ScoreReport } from '../../engine/index.js';
import { failedConditionTexts } from '../failed-conditions-text.js';
import { sourcesList } from '../../kit/rule-sources.js';
import { planFromAttempt } from '../../play/start.js';
import type { Translate } from '../../i18n/translator.js';
import type { AttemptRecord } from '../attempts.js';
import { buildTimeline, decisionsThatMattered, rulesByFamily, rulesInDebriefOrder, type Timeline } from '../../kit/debrief-model.js';
import { instructorInputItem, voteSplitLine } from '../../classroom/debrief-parts.js';
import { profileText } from '../../engine/scoring/profile.js';
import { h } from '../../kit/dom.js';
import { knowledgeSection, knowledgeSummary } from '../components/knowledge-results.js';
import { formatClock } from '../../kit/format.js';
import { scenarioTitle } from '../../kit/scenario-text.js';
import type { Screen, ScreenServices } from '../screen.js';

function ruleTitle(rule: Pick<RuleResult, 'id'>, t: Translate): string {
  return t(`rules.${rule.id}.title`, { defaultValue: rule.id });
}

function verdictBadge(rule: RuleResult, t: Translate): HTMLElement {
  return h('span', { class: `badge verdict-${rule.verdict}` }, t(`ui.verdicts.${rule.verdict}`));
}

function moment(rule: RuleResult, t: Translate): string {
  return rule.at !== undefined ? t('ui.debrief.at', { time: formatClock(rule.at) }) : t('ui.debrief.noMoment');
}

function ruleArticle(rule: RuleResult, t: Translate): HTMLElement {
  return h('li', { class: `rule verdict-${rule.verdict}`, attrs: { 'data-rule-id': rule.id, 'data-verdict': rule.verdict } }, [
    h('h3', {}, ruleTitle(rule, t)),
    h('p', { class: 'verdict-line' }, [verdictBadge(rule, t), ` ${t(`ui.severity.${rule.severity}`)} · ${moment(rule, t)}`]),
    h('p', { class: 'explanation' }, t(rule.explanation, { ...rule.values, defaultValue: '' })),
    sourcesList(rule.id, t),
  ]);
}

/** Why an attempt did not pass, one line per failed condition, the first that failed first. */
function failedConditionLines(report: ScoreReport, t: Translate): HTMLElement | null {
  const failed = failedConditionTexts(report, t);
  if (failed.length === 0) return null;
  return h(
    'ul',
    { class: 'failed-conditions' },
    failed.map(({ condition, text }) => h('li', { attrs: { 'data-condition': condition } }, text)),
  );
}

/** What became of the people on scene, first: the patient, else what the contact cost the person and the officer. */
function outcomeLead(report: ScoreReport, t: Translate): HTMLElement {
  const o = report.outcome;
  const items: [string, string][] = [];
  if (o.patient !== 'not_applicable') items.push(['patient', `${t('ui.debrief.patient')}: ${t(`ui.patientOutcomes.${o.patient}`)}`]);
  if (o.arrests > 0) items.push(['arrests', `${t('ui.debrief.arrests')}: ${o.arrests}`]);
  if (o.usesOfForce > 0) items.push(['usesOfForce', `${t('ui.debrief.usesOfForce')}: ${o.usesOfForce}`]);
  if (o.referralsAccepted > 0) items.push(['referralsAccepted', `${t('ui.debrief.referralsAccepted')}: ${o.referralsAccepted}`]);
  if (o.officerInjuries.length > 0)
    items.push([
      'officerInjuries',
      `${t('ui.debrief.officerInjuries')}: ${o.officerInjuries.map((i) => t(`ui.injuries.${i}`, { defaultValue: i })).join(', ')}`,
    ]);
  return h(
    'ul',
    { class: 'outcome-lead' },
    items.map(([id, text]) => h('li', { attrs: { 'data-lead': id } }, text)),
  );
}

function resultSection(
  report: ScoreReport,
  title: string,
  t: Translate,
  heading: HTMLElement,
  actions: HTMLElement,
  knowledge: HTMLElement | null,
): HTMLElement {
  return h('div', { class: 'card result-card' }, [
    heading,
    h('p', { class: 'scenario-name' }, title),
    outcomeLead(report, t),
    h(
      'p',
      {
        class: `result ${report.passed ? 'passed' : 'failed'}`,
        attrs: { 'data-passed': String(report.passed), 'data-score': report.score },
      },
      t(report.passed ? 'ui.debrief.passed' : 'ui.debrief.failed'),
    ),
    failedConditionLines(report, t),
    h('p', { class: 'score' }, t('ui.debrief.score', { score: report.score, passMark: report.passMark })),
    knowledge,
    h('p', { class: 'rubric-version help' }, t('ui.debrief.rubricVersion', { version: rubricVersionOf(report) })),
    report.criticalFailures.length > 0
      ? h('div', { class: 'critical' }, [
          h('p', {}, t('ui.debrief.criticalFailures')),
          h(
            'ul',
            {},
            report.criticalFailures.map((id) => h('li', {}, ruleTitle({ id }, t))),
          ),
        ])
      : null,
    actions,
  ]);
}

/** The picks that settled the most severe rules, each with what it settled. */
function decisionsSection(attempt: AttemptRecord, timeline: Timeline, t: Translate): HTMLElement | null {
  const picks = decisionsThatMattered(timeline);
  if (picks.length === 0) return null;
  return h('section', { class: 'card decisions', attrs: { 'aria-labelledby': 'decisions-heading' } }, [
    h('h2', { id: 'decisions-heading' }, t('ui.debrief.mattered')),
    h(
      'ol',
      { class: 'decision-list' },
      picks.map(({ index, pick, settled }) =>
        h('li', { attrs: { 'data-pick': index } }, [
          h('p', { class: 'pick-head' }, [
            h('span', { class: 'time' }, formatClock(pick.at)),
            ` ${t('ui.debrief.pick', { number: index + 1 })}: `,
            h('span', { attrs: { lang: attempt.locale } }, pick.text.trim()),
          ]),
          settledList(settled, t),
        ]),
      ),
    ),
  ]);
}

function rulesSection(report: ScoreReport, t: Translate): HTMLElement {
  const { applicable, notApplicable } = rulesInDebriefOrder(report);
  return h('section', { class: 'card rules', attrs: { 'aria-labelledby': 'rules-heading' } }, [
    h('h2', { id: 'rules-heading' }, t('ui.debrief.rulesHeading')),
    applicable.length === 0
      ? h('p', {}, t('ui.debrief.noRules'))
      : h(
          'ul',
          { class: 'rule-families' },
          rulesByFamily(applicable).map(({ family, rules }) =>
            h('li', { attrs: { 'data-family': family } }, [
              h('details', { class: 'rule-family' }, [
                h('summary', {}, [
                  h('span', { class: 'family-name' }, t(`ui.protocols.${family}`, { defaultValue: family })),
                  ' ',
                  ...verdictCounts(rules, t),
                ]),
                h(
                  'ol',
                  { class: 'rule-list' },
                  rules.map((rule) => ruleArticle(rule, t)),
                ),
              ]),
            ]),
          ),
        ),
    notApplicable.length > 0
      ? h('details', {}, [
          h('summary', {}, t('ui.debrief.notApplicable', { count: notApplicable.length })),
          h(
            'ul',
            {},
            notApplicable.map((rule) => h('li', { attrs: { 'data-rule-id': rule.id, 'data-verdict': rule.verdict } }, ruleTitle(rule, t))),
          ),
        ])
      : null,
  ]);
}

/** A family's verdicts at a glance, worst first: "Violated 1 · Met 2". */
function verdictCounts(rules: readonly RuleResult[], t: Translate): HTMLElement[] {
  return (['violated', 'missed', 'met'] as const)
    .map((verdict) => ({ verdict, count: rules.filter((r) => r.verdict === verdict).length }))
    .filter(({ count }) => count > 0)
    .map(({ verdict, count }) => h('span', { class: `badge verdict-${verdict}` }, `${t(`ui.verdicts.${verdict}`)} ${count}`));
}

function settledList(rules: readonly RuleResult[], t: Translate): HTMLElement {
  return h(
    'ul',
    { class: 'settled' },
    rules.map((rule) => h('li', {}, [verdictBadge(rule, t), ` ${ruleTitle(rule, t)}`])),
  );
}

function timelineSection(attempt: AttemptRecord, timeline: Timeline, services: ScreenServices): HTMLElement {
  const { t, send } = services;
  const replay = (picksKept: number): void =>
    send({ type: 'replay', plan: planFromAttempt(attempt, { kind: 'replay', picksKept }, services.context.settings.timeFactor) });
  return h('section', { class: 'card timeline', attrs: { 'aria-labelledby': 'timeline-heading' } }, [
    h('h2', { id: 'timeline-heading' }, t('ui.debrief.timelineHeading')),
    h('p', { class: 'help' }, t('ui.debrief.timelineHelp')),
    h(
      'ol',
      { class: 'pick-list' },
      timeline.picks
        .flatMap(({ index, pick, settled, instructorBefore }) => [
          ...instructorBefore.map((input) => instructorInputItem(input, t)),
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
            settled.length > 0 ? h('div', {}, [h('span', {}, `${t('ui.debrief.settled')}:`), settledList(settled, t)]) : null,
            voteSplitLine(pick, t),
            h(
              'button',
              { class: 'secondary small', attrs: { type: 'button', 'data-replay': index }, on: { click: () => replay(index) } },
              t('ui.debrief.replayFrom', { number: index + 1 }),
            ),
          ]),
        ])
        .concat(timeline.instructorAfter.map((input) => instructorInputItem(input, t))),
    ),
    timeline.unsettledByPicks.length > 0
      ? h('div', { class: 'deadlines' }, [
          h('h3', {}, t('ui.debrief.deadline')),
          h(
            'ul',
            {},
            timeline.unsettledByPicks.map((rule) =>
              h('li', {}, [
                h('span', { class: 'time' }, rule.at !== undefined ? formatClock(rule.at) : '—'),
                ' ',
                verdictBadge(rule, t),
                ` ${ruleTitle(rule, t)}`,
              ]),
            ),
          ),
        ])
      : null,
  ]);
}

function outcomeSection(report: ScoreReport, t: Translate): HTMLElement {
  const o = report.outcome;
  const rows: [string, string, string | number][] = [
    ['patient', t('ui.debrief.patient'), t(`ui.patientOutcomes.${o.patient}`)],
    ['arrests', t('ui.debrief.arrests'), o.arrests],
    ['citations', t('ui.debrief.citations'), o.citations],
    ['searches', t('ui.debrief.searches'), o.searches],
    ['warrantChecks', t('ui.debrief.warrantChecks'), o.warrantChecks],
    ['usesOfForce', t('ui.debrief.usesOfForce'), o.usesOfForce],
    ['backupCalls', t('ui.debrief.backupCalls'), o.backupCalls],
    ['referralsOffered', t('ui.debrief.referralsOffered'), o.referralsOffered],
    ['referralsAccepted', t('ui.debrief.referralsAccepted'), o.referralsAccepted],
    [
      'officerInjuries',
      t('ui.debrief.officerInjuries'),
      o.officerInjuries.length === 0
        ? t('ui.debrief.none')
        : o.officerInjuries.map((i) => t(`ui.injuries.${i}`, { defaultValue: i })).join(', '),
    ],
  ];
  if (o.callerTrust !== null)
    rows.push(['callerTrust', t('ui.debrief.callerTrust'), t('ui.debrief.callerTrustValue', { trust: o.callerTrust })]);
  if (o.withdrawal !== undefined && o.withdrawal !== 'not_applicable')
    rows.push(['withdrawal', t('ui.debrief.withdrawal'), t(`ui.debrief.withdrawalLevels.${o.withdrawal}`)]);
  if (o.personTrust !== undefined && o.personTrust !== null)
    rows.push(['personTrust', t('ui.debrief.personTrust'), t('ui.debrief.callerTrustValue', { trust: o.personTrust })]);
  const sedated = report.log.some((e) => e.kind === 'state' && e.id === 'sedated' && e.params.value === true);
  return h('section', { class: 'card outcome', attrs: { 'aria-labelledby': 'outcome-heading' } }, [
    h('h2', { id: 'outcome-heading' }, t('ui.debrief.outcomeHeading')),
    h('p', { class: 'help' }, t('ui.debrief.outcomeHelp')),
    sedated ? h('p', { class: 'sedated-note', attrs: { 'data-sedated': 'true' } }, t('ui.debrief.sedatedNote')) : null,
    h(
      'dl',
      { class: 'facts' },
      rows.flatMap(([id, label, value]) => [
        h('dt', {}, label),
        h(
          'dd',
          {
            attrs: {
              'data-outcome': id,
              'data-value': id === 'patient' ? o.patient : id === 'withdrawal' ? String(o.withdrawal) : String(value),
            },
          },
          String(value),
        ),
      ]),
    ),
  ]);
}

function detailsSection(attempt: AttemptRecord, services: ScreenServices): HTMLElement {
  const { t, catalogue } = services;
  const profile = catalogue.profiles.find((p) => p.id === attempt.profileId);
  const rows: [string, string][] = [
    [t('ui.debrief.trainee'), attempt.traineeCode],
    [t('ui.debrief.mode'), t(`ui.modes.${attempt.mode}`)],
    [t('ui.debrief.profile'), profile ? profileText(profile.name, services.context.settings.locale) : attempt.profileId],
    [t('ui.debrief.variant'), String(attempt.seed)],
    [t('ui.debrief.language'), t(`ui.languages.${attempt.locale}`, { defaultValue: attempt.locale })],
    [t('ui.debrief.duration'), formatClock(attempt.report.elapsedSeconds)],
  ];
  return h(
    'section',
    { class: 'card details', attrs: { 'aria-labelledby': 'details-heading', 'data-seed': attempt.seed, 'data-attempt': attempt.id } },
    [
      h('h2', { id: 'details-heading' }, t('ui.debrief.details')),
      h(
        'dl',
        { class: 'facts' },
        rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]),
      ),
    ],
  );
}

export function debriefScreen(services: ScreenServices): Screen {
  const { t, context, send, attempts, catalogue } = services;
  const attempt = context.attemptId ? attempts.get(context.attemptId) : undefined;
  const heading = h('h1', { id: 'debrief-heading', attrs: { tabindex: -1 } }, t('ui.debrief.heading'));
  if (!attempt) return { root: h('section', { class: 'screen' }, [h('div', { class: 'card' }, [heading])]), initialFocus: heading };
  const { report } = attempt;
  const entry = catalogue.scenarios.find((s) => s.id === attempt.scenario.id);
  const title = entry?.ok ? scenarioTitle(entry.manifest, attempt.locale) : attempt.scenario.id;
  services.bridge.showScreen({ screen: 'debrief', passed: report.passed });

  const timeline = buildTimeline(report, attempt.picks, attempt.instructorInputs ?? []);

  // Where to go from the debrief, offered at its top and again at its foot.
  const onward = (): HTMLElement[] => [
    h(
      'button',
      { class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'open scenarios' }) } },
      t('ui.debrief.backToList'),
    ),
    h(
      'button',
      { class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'open history' }) } },
      t('ui.debrief.history'),
    ),
  ];
  const actions = h('div', { class: 'actions' }, [
    h(
      'button',
      { id: 'try-again', class: 'primary', attrs: { type: 'button' }, on: { click: () => send({ type: 'try again' }) } },
      t('ui.debrief.tryAgain'),
    ),
    h(
      'button',
      { id: 'print-debrief', class: 'secondary', attrs: { type: 'button' }, on: { click: () => window.print() } },
      t('ui.debrief.print'),
    ),
    ...onward(),
  ]);
  const root = h('section', { class: 'screen screen-debrief', attrs: { 'aria-labelledby': 'debrief-heading' } }, [
    resultSection(report, title, t, heading, actions, knowledgeSummary(attempt.knowledgeCheck, t)),
    decisionsSection(attempt, timeline, t),
    rulesSection(report, t),
    knowledgeSection(attempt.knowledgeCheck, t),
    timelineSection(attempt, timeline, services),
    outcomeSection(report, t),
    detailsSection(attempt, services),
    h('div', { class: 'actions' }, [...onward()]),
  ]);
  // A printed debrief shows every rule: the folded families open for the page and close again after.
  const folded = (): HTMLDetailsElement[] => [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  let opened: HTMLDetailsElement[] = [];
  const beforePrint = (): void => {
    opened = folded();
    for (const details of opened) details.open = true;
  };
  const afterPrint = (): void => {
    for (const details of opened) details.open = false;
    opened = [];
  };
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  return {
    root,
    initialFocus: heading,
    dispose() {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    },
  };
}
