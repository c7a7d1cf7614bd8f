/**
 * Every attempt on this device, newest first: open one in its debrief, replay its variant, or
 * re-score it with today's rubric and see which verdicts changed and why. Records that could not be
 * read are listed apart, each with a download, so nothing is lost to bad data.
 */
import { rubricVersionOf, type RuleResult } from '../../engine/index.js';
import { loadScenario } from '../../game/catalogue.js';
import type { Translate } from '../../i18n/translator.js';
import type { UnfinishedAttempt } from '../../storage/attempt-record.js';
import { planFromAttempt } from '../../play/start.js';
import { recordJson } from '../../storage/record-json.js';
import { rescoreAttempt, type Rescoring } from '../../storage/rescore-attempt.js';
import type { QuarantinedRecord } from '../../storage/schema.js';
import type { AttemptRecord } from '../attempts.js';
import { keepingFocus, storageNotice } from '../components/saved-attempts.js';
import { append, h, hidden } from '../../kit/dom.js';
import { stackingTable } from '../../kit/stacking-table.js';
import { download } from '../download.js';
import { exportPanel } from '../components/export-panel.js';
import { failedConditionTexts } from '../failed-conditions-text.js';
import { formatClock } from '../../kit/format.js';
import { scenarioTitle } from '../../kit/scenario-text.js';
import type { Screen, ScreenServices } from '../screen.js';

/** How many of a set-aside record's problems are listed before "and n more". */
const PROBLEMS_SHOWN = 5;

type Row =
  { readonly kind: 'finished'; readonly attempt: AttemptRecord } | { readonly kind: 'unfinished'; readonly attempt: UnfinishedAttempt };

function titleOf(services: ScreenServices, scenarioId: string, locale: string): string {
  const entry = services.catalogue.scenarios.find((s) => s.id === scenarioId);
  return entry?.ok ? scenarioTitle(entry.manifest, locale) : scenarioId;
}

function ruleTitle(id: string, t: Translate): string {
  return t(`rules.${id}.title`, { defaultValue: id });
}

function verdictText(rule: RuleResult | undefined, t: Translate): string {
  return rule ? t(`ui.verdicts.${rule.verdict}`) : t('ui.storage.rescore.noRule');
}

function explanation(rule: RuleResult, t: Translate): string {
  return t(rule.explanation, { ...rule.values, defaultValue: '' });
}

function rescoreResult(attempt: AttemptRecord, result: Rescoring, services: ScreenServices): HTMLElement[] {
  const { t } = services;
  const before = attempt.report;
  const parts: HTMLElement[] = [];
  if (!result.ok) {
    parts.push(
      h(
        'p',
        {},
        t(`ui.storage.rescore.${result.reason === 'no-profile' ? 'noProfile' : 'noScoringData'}`, {
          then: attempt.scenario.version,
          now: result.scenarioVersionNow ?? '?',
        }),
      ),
    );
    return parts;
  }
  const how =
    result.method === 'replay'
      ? t('ui.storage.rescore.replayed', { count: attempt.picks.length })
      : result.scenarioVersionNow !== undefined
        ? t('ui.storage.rescore.scenarioChanged', { then: attempt.scenario.version, now: result.scenarioVersionNow })
        : t('ui.storage.rescore.fromLog');
  parts.push(h('p', {}, how));
  const rubricThen = rubricVersionOf(before);
  const rubricNow = rubricVersionOf(result.report);
  parts.push(
    h(
      'p',
      { class: 'rescore-rubric', attrs: { 'data-rubric-then': rubricThen, 'data-rubric-now': rubricNow } },
      rubricThen === rubricNow
        ? t('ui.storage.rescore.sameRubric', { now: rubricNow })
        : t('ui.storage.rescore.rubric', { then: rubricThen, now: rubricNow }),
    ),
  );
  if (result.profileFrom === 'stored') parts.push(h('p', {}, t('ui.storage.rescore.storedProfile', { profile: attempt.profileId })));
  const outcome = (passed: boolean): string => t(passed ? 'ui.debrief.passed' : 'ui.debrief.failed');
  parts.push(
    h(
      'p',
      { class: 'rescore-scores', attrs: { 'data-score-then': before.score, 'data-score-now': result.report.score } },
      t('ui.storage.rescore.scores', {
        then: before.score,
        thenResult: outcome(before.passed),
        now: result.report.score,
        nowResult: outcome(result.report.passed),
      }),
    ),
  );
  if (before.passed !== result.report.passed) {
    parts.push(
      h('p', { class: 'rescore-pass-changed' }, [
        t('ui.storage.rescore.passChanged', {
          then: rubricThen,
          now: rubricNow,
          thenResult: outcome(before.passed),
          nowResult: outcome(result.report.passed),
        }),
      ]),
    );
    const why = failedConditionTexts(result.report, t);
    if (why.length > 0)
      parts.push(
        h(
          'ul',
          { class: 'failed-conditions' },
          why.map(({ condition, text }) => h('li', { attrs: { 'data-condition': condition } }, text)),
        ),
      );
  }
  if (result.changes.length === 0) {
    parts.push(h('p', { class: 'rescore-unchanged' }, t('ui.storage.rescore.unchanged')));
    return parts;
  }
  parts.push(
    h('p', {}, t('ui.storage.rescore.changed', { count: result.changes.length })),
    h(
      'ul',
      { class: 'rescore-changes' },
      result.changes.map((change) =>
        h(
          'li',
          { attrs: { 'data-rule-id': change.id, 'data-before': change.before?.verdict ?? '', 'data-after': change.after?.verdict ?? '' } },
          [
            h('h4', {}, ruleTitle(change.id, t)),
            h('p', {}, t('ui.storage.rescore.verdicts', { then: verdictText(change.before, t), now: verdictText(change.after, t) })),
            change.after
              ? h('p', {}, `${t('ui.storage.rescore.whyNow')}: ${explanation(change.after, t)}`)
              : h('p', {}, t('ui.storage.rescore.ruleRemoved')),
            change.before ? h('p', { class: 'help' }, `${t('ui.storage.rescore.whyThen')}: ${explanation(change.before, t)}`) : null,
          ],
        ),
      ),
    ),
  );
  return parts;
}

function quarantineSection(records: readonly QuarantinedRecord[], services: ScreenServices, time: Intl.DateTimeFormat): HTMLElement | null {
  const { t } = services;
  if (records.length === 0) return null;
  return h('section', { class: 'card quarantine', attrs: { 'aria-labelledby': 'quarantine-heading' } }, [
    h('h2', { id: 'quarantine-heading' }, t('ui.storage.quarantine.heading', { count: records.length })),
    h('p', { class: 'help' }, t('ui.storage.quarantine.help')),
    h(
      'ul',
      { class: 'quarantine-list' },
      records.map((record, i) => {
        const name = record.attemptKey ?? t('ui.storage.quarantine.noKey');
        const shown = record.problems.slice(0, PROBLEMS_SHOWN);
        const more = record.problems.length - shown.length;
        return h('li', { attrs: { 'data-quarantined': record.attemptKey ?? String(i) } }, [
          h('p', {}, [
            h('strong', {}, name),
            ` · ${t('ui.storage.quarantine.setAside', { when: time.format(new Date(record.quarantinedAt)) })}`,
          ]),
          h('ul', { class: 'problems' }, [
            ...shown.map((p) => h('li', {}, p)),
            more > 0 ? h('li', {}, t('ui.storage.quarantine.more', { count: more })) : null,
          ]),
          record.key === undefined ? h('p', { class: 'help' }, t('ui.storage.quarantine.notMoved')) : null,
          h(
            'button',
            {
              class: 'secondary small',
              attrs: { type: 'button', 'data-download': record.attemptKey ?? String(i) },
              on: {
                click: () =>
                  download(
                    `good-call-set-aside-${(record.attemptKey ?? `record-${i + 1}`).replace(/[^A-Za-z0-9_-]/g, '_')}.json`,
                    recordJson(record),
                  ),
              },
            },
            [t('ui.storage.quarantine.download'), hidden(` (${name})`)],
          ),
        ]);
      }),
    ),
  ]);
}

export function historyScreen(services: ScreenServices): Screen {
  const { t, attempts, send, context } = services;
  const heading = h('h1', { id: 'history-heading', attrs: { tabindex: -1 } }, t('ui.storage.historyHeading'));
  const time = new Intl.DateTimeFormat(context.settings.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const content = h('div', { class: 'history-content' });
  const quarantine = h('div', { class: 'quarantine-area' });
  const rescorePanel = h('section', {
    id: 'rescore',
    class: 'card rescore',
    attrs: { 'aria-labelledby': 'rescore-heading', hidden: true },
  });
  let disposed = false;

  const replay = (attempt: AttemptRecord): void =>
    send({ type: 'replay', plan: planFromAttempt(attempt, { kind: 'replay', picksKept: 0 }, context.settings.timeFactor) });

  const rescore = async (attempt: AttemptRecord): Promise<void> => {
    const title = titleOf(services, attempt.scenario.id, attempt.locale);
    const panelHeading = h(
      'h2',
      { id: 'rescore-heading', attrs: { tabindex: -1 } },
      t('ui.storage.rescore.heading', { title, when: time.format(new Date(attempt.finishedAt)) }),
    );
    rescorePanel.hidden = false;
    rescorePanel.replaceChildren(panelHeading, h('p', { attrs: { role: 'status' } }, t('ui.loading')));
    rescorePanel.dataset.attempt = attempt.id;
    panelHeading.focus();
    const entry = services.catalogue.scenarios.find((s) => s.id === attempt.scenario.id);
    const scenario = entry?.ok ? (await loadScenario(entry.manifest).catch(() => undefined))?.bundle : undefined;
    if (disposed || rescorePanel.dataset.attempt !== attempt.id) return;
    const profile = services.catalogue.profiles.find((p) => p.id === attempt.profileId);
    const result = rescoreAttempt(attempt, { ...(scenario ? { scenario } : {}), ...(profile ? { profile } : {}) });
    rescorePanel.replaceChildren(panelHeading, ...rescoreResult(attempt, result, services));
    panelHeading.focus();
  };

  const actionButton = (label: string, attempt: AttemptRecord, data: string, onClick: () => void): HTMLElement =>
    h('button', { class: 'secondary small', attrs: { type: 'button', [data]: attempt.id }, on: { click: onClick } }, [
      label,
      hidden(` (${titleOf(services, attempt.scenario.id, attempt.locale)}, ${time.format(new Date(attempt.finishedAt))})`),
    ]);

  const row = (entry: Row): HTMLElement => {
    const { attempt } = entry;
    const title = titleOf(services, attempt.scenario.id, attempt.locale);
    if (entry.kind === 'unfinished') {
      return h('tr', { class: 'unfinished', attrs: { 'data-unfinished': attempt.id } }, [
        h('td', {}, time.format(new Date(attempt.savedAt))),
        h('td', { class: 'trainee-code' }, attempt.traineeCode),
        h('th', { attrs: { scope: 'row' } }, title),
        h('td', {}, t(`ui.modes.${attempt.mode}`)),
        h(
          'td',
          {},
          t('ui.storage.unfinishedResult', {
            pick: attempt.picks.length + 1,
            time: formatClock(entry.attempt.progress.snapshot.clockMs / 1000),
          }),
        ),
        h('td', {}, '—'),
        h('td', {}, t('ui.storage.resumeFromTitle')),
      ]);
    }
    const finished = entry.attempt;
    return h('tr', { attrs: { 'data-attempt': finished.id } }, [
      h('td', {}, time.format(new Date(finished.finishedAt))),
      h('td', { class: 'trainee-code' }, finished.traineeCode),
      h('th', { attrs: { scope: 'row' } }, title),
      h('td', {}, t(`ui.modes.${finished.mode}`)),
      h('td', {}, t(finished.report.passed ? 'ui.debrief.passed' : 'ui.debrief.failed')),
      h('td', {}, String(finished.report.score)),
      h('td', {}, [
        h('div', { class: 'row-actions' }, [
          actionButton(t('ui.history.open'), finished, 'data-open', () =>
            send({ type: 'open attempt', attemptId: finished.id, scenarioId: finished.scenario.id }),
          ),
          actionButton(t('ui.storage.replay'), finished, 'data-replay-attempt', () => replay(finished)),
          actionButton(t('ui.storage.rescore.button'), finished, 'data-rescore', () => void rescore(finished)),
        ]),
      ]),
    ]);
  };

  const render = (): void => {
    const rows: Row[] = [
      ...attempts.unfinished().map((attempt): Row => ({ kind: 'unfinished', attempt })),
      ...[...attempts.list()].reverse().map((attempt): Row => ({ kind: 'finished', attempt })),
    ];
    const notice = storageNotice(attempts, t);
    const state = attempts.storage();
    const kept =
      attempts.persistence() === 'persisted' ? t('ui.storage.persisted') : state.kind === 'device' ? t('ui.storage.bestEffort') : undefined;
    content.replaceChildren();
    append(content, [
      notice ? h('p', { class: 'note storage-notice' }, notice) : null,
      state.kind === 'loading' ? h('p', { attrs: { role: 'status' } }, t('ui.storage.reading')) : null,
      rows.length === 0
        ? state.kind === 'loading'
          ? null
          : h('p', {}, t('ui.history.empty'))
        : stackingTable(
            h('table', { class: 'history' }, [
              h('thead', {}, [
                h('tr', {}, [
                  h('th', { attrs: { scope: 'col' } }, t('ui.storage.when')),
                  h('th', { attrs: { scope: 'col' } }, t('ui.storage.trainee')),
                  h('th', { attrs: { scope: 'col' } }, t('ui.history.scenario')),
                  h('th', { attrs: { scope: 'col' } }, t('ui.history.mode')),
                  h('th', { attrs: { scope: 'col' } }, t('ui.history.result')),
                  h('th', { attrs: { scope: 'col' } }, t('ui.history.score')),
                  h('th', { attrs: { scope: 'col' } }, [hidden(t('ui.storage.actions'))]),
                ]),
              ]),
              h('tbody', {}, rows.map(row)),
            ]),
          ),
      kept ? h('p', { class: 'note' }, kept) : null,
    ]);
    quarantine.replaceChildren();
    append(quarantine, [quarantineSection(attempts.quarantined(), services, time)]);
  };

  render();

  const root = h('section', { class: 'screen screen-history', attrs: { 'aria-labelledby': 'history-heading' } }, [
    h('div', { class: 'card' }, [
      heading,
      h('p', { class: 'help' }, t('ui.storage.historyHelp')),
      content,
      h('div', { class: 'actions' }, [
        h(
          'button',
          { class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'open scenarios' }) } },
          t('ui.history.back'),
        ),
      ]),
    ]),
    rescorePanel,
    exportPanel(services),
    quarantine,
  ]);
  const stop = attempts.subscribe(() => keepingFocus(root, render));
  return {
    root,
    initialFocus: heading,
    dispose() {
      disposed = true;
      stop();
    },
  };
}
