/**
 * "Your refresher" on the title screen: from the attempts saved on this device under the trainee
 * code, what is due today and why, each with the encounter (in a variant this officer has not
 * played) that exercises it, and the officer's own progress. Worked out here, on the device's clock;
 * it fills in when the attempts arrive and whenever they change.
 */
import { append, h } from '../../kit/dom.js';
import { calendarDayText, secondsText, summarySentence } from '../../kit/progress-text.js';
import { scenarioTitle } from '../../kit/scenario-text.js';
import type { ProtocolFamily, ScenarioManifest } from '../../engine/index.js';
import { isoDay, type Clock } from '../../refresher/days.js';
import { refresherPlan, type RefresherItem } from '../../refresher/plan.js';
import { officerProgress, type OfficerProgress } from '../../refresher/progress.js';
import type { ScreenServices } from '../screen.js';
import { keepingFocus } from './saved-attempts.js';

/** Due items shown at once: a refresher is a few encounters, not the whole list. */
const SHOWN = 3;

export interface RefresherPanel {
  readonly root: HTMLElement;
  dispose(): void;
}

/** The device's clock, as the schedule reads it: calendar days in the device's own time zone. */
function deviceClock(): Clock {
  const now = new Date();
  return { now, utcOffsetMinutes: -now.getTimezoneOffset() };
}

export function refresherPanel(services: ScreenServices, clock: () => Clock = deviceClock): RefresherPanel {
  const { t, attempts, catalogue, context, send } = services;
  const { locale, traineeCode } = context.settings;
  const root = h('section', { class: 'refresher', id: 'refresher', attrs: { 'aria-labelledby': 'refresher-heading' } });
  const manifests: ScenarioManifest[] = catalogue.scenarios.flatMap((s) => (s.ok ? [s.manifest] : []));
  const family = (f: ProtocolFamily): string => t(`ui.protocols.${f}`);
  const title = (id: string): string => {
    const manifest = manifests.find((m) => m.id === id);
    return manifest ? scenarioTitle(manifest, locale) : id;
  };
  const day = (n: number): string => calendarDayText(locale, isoDay(n));

  function reasonText(item: RefresherItem): string {
    const { reason } = item;
    switch (reason.kind) {
      case 'failed':
        return t(`ui.refresher.reasons.${reason.verdict}`, {
          date: day(reason.day),
          scenario: title(reason.scenarioId),
          rule: reason.ruleId,
          title: t(`rules.${reason.ruleId}.title`, { defaultValue: reason.ruleId }),
        });
      case 'not-yet-met':
        return t('ui.refresher.reasons.notYetMet', {
          rule: reason.ruleId,
          title: t(`rules.${reason.ruleId}.title`, { defaultValue: reason.ruleId }),
          kind: t(`ui.refresher.kindWithArticle.${reason.scenarioKind}`),
        });
      case 'interval':
        return t('ui.refresher.reasons.interval', { count: reason.streak, date: day(reason.day), days: item.dueDay - reason.day });
    }
  }

  function variantText(item: RefresherItem): string {
    const manifest = manifests.find((m) => m.id === item.scenarioId);
    const details = (['dosesNeeded', 'emsEtaMinutes'] as const).flatMap((name) => {
      const value = item.variant.parameters[name];
      // Only what varies between variants says which one this is.
      return Array.isArray(manifest?.parameters[name]) && typeof value === 'number'
        ? [t(`ui.refresher.variant.${name}`, { count: value })]
        : [];
    });
    const label = t(item.variant.unplayed ? 'ui.refresher.variant.unplayed' : 'ui.refresher.variant.leastPlayed');
    return details.length > 0 ? `${label}: ${details.join(', ')}.` : `${label}.`;
  }

  function dueItem(item: RefresherItem): HTMLElement {
    const scenario = title(item.scenarioId);
    return h('li', { attrs: { 'data-family': item.family, 'data-scenario': item.scenarioId, 'data-seed': item.variant.seed } }, [
      h('h3', {}, t('ui.refresher.item', { family: family(item.family), scenario })),
      h('p', { class: 'refresher-reason' }, reasonText(item)),
      h('p', { class: 'help refresher-variant' }, variantText(item)),
      h(
        'button',
        {
          class: 'secondary',
          attrs: {
            type: 'button',
            'data-refresher': item.family,
            'aria-label': t('ui.refresher.playLabel', { scenario, family: family(item.family) }),
          },
          on: { click: () => send({ type: 'choose scenario', scenarioId: item.scenarioId, seed: item.variant.seed }) },
        },
        t('ui.refresher.play'),
      ),
    ]);
  }

  function progressDetails(progress: OfficerProgress): HTMLElement {
    const p = (key: string): string => t(`ui.refresher.progress.${key}`);
    const share = (met: number, applied: number): string =>
      t('ui.refresher.progress.metOf', {
        met,
        applied,
        percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(met / applied),
      });
    const col = (text: string): HTMLElement => h('th', { attrs: { scope: 'col' } }, text);
    return h('details', { class: 'refresher-progress', id: 'refresher-progress' }, [
      h('summary', {}, p('heading')),
      h('p', { class: 'progress-summary' }, summarySentence(t, locale, progress.summary)),
      h('table', { class: 'data' }, [
        h('caption', {}, p('familiesCaption')),
        h('thead', {}, [h('tr', {}, [col(p('family')), col(p('first')), col(p('latest'))])]),
        h(
          'tbody',
          {},
          progress.families.map((f) =>
            h('tr', { attrs: { 'data-family': f.family } }, [
              h('th', { attrs: { scope: 'row' } }, family(f.family)),
              h('td', {}, share(f.first.met, f.first.applied)),
              h('td', {}, share(f.latest.met, f.latest.applied)),
            ]),
          ),
        ),
      ]),
      h('table', { class: 'data' }, [
        h('caption', {}, p('attemptsCaption')),
        h('thead', {}, [
          h('tr', {}, [col(p('date')), col(p('scenario')), col(p('criticalErrors')), col(p('toNaloxone')), col(p('toEms'))]),
        ]),
        h(
          'tbody',
          {},
          progress.attempts.map((a) =>
            h('tr', { attrs: { 'data-attempt': a.attemptId } }, [
              h('th', { attrs: { scope: 'row' } }, day(a.day)),
              h('td', {}, title(a.scenarioId)),
              h('td', {}, String(a.criticalErrors)),
              h(
                'td',
                {},
                a.overdose ? (a.secondsToNaloxone === null ? p('notGiven') : secondsText(a.secondsToNaloxone)) : p('notApplicable'),
              ),
              h('td', {}, a.secondsToEms === null ? p('notCalled') : secondsText(a.secondsToEms)),
            ]),
          ),
        ),
      ]),
      h('p', { class: 'help' }, p('simulatedNote')),
    ]);
  }

  function render(): void {
    const mine = attempts.list().filter((a) => a.traineeCode === traineeCode);
    const now = clock();
    const plan = refresherPlan({ traineeCode, attempts: mine, scenarios: manifests, clock: now });
    const progress = officerProgress(traineeCode, mine, now.utcOffsetMinutes);
    const next = plan.later[0];
    root.replaceChildren();
    // A recruit's first visit: every family would be due, which says nothing yet.
    if (mine.length === 0) {
      append(root, [
        h('h2', { id: 'refresher-heading' }, t('ui.refresher.heading')),
        h('p', { class: 'help' }, t('ui.refresher.afterFirst')),
      ]);
      return;
    }
    append(root, [
      h('h2', { id: 'refresher-heading' }, t('ui.refresher.heading')),
      h('p', { class: 'help' }, t('ui.refresher.intro', { code: traineeCode })),
      h(
        'p',
        { class: 'refresher-status', attrs: { 'data-due': plan.due.length } },
        plan.due.length > 0
          ? t('ui.refresher.dueToday', { count: plan.due.length })
          : `${t('ui.refresher.nothingDue')}${next ? ` ${t('ui.refresher.nextDue', { family: family(next.family), date: day(next.dueDay) })}` : ''}`,
      ),
      plan.due.length > 0 ? h('ol', { class: 'refresher-due' }, plan.due.slice(0, SHOWN).map(dueItem)) : null,
      plan.later.length > 0
        ? h('div', { class: 'refresher-later' }, [
            h('h3', {}, t('ui.refresher.later')),
            h(
              'ul',
              {},
              plan.later.map((item) =>
                h(
                  'li',
                  { attrs: { 'data-family': item.family, 'data-due-day': isoDay(item.dueDay) } },
                  t('ui.refresher.laterItem', { family: family(item.family), date: day(item.dueDay) }),
                ),
              ),
            ),
          ])
        : null,
      progress.attempts.length > 0 ? progressDetails(progress) : h('p', { class: 'help' }, t('ui.refresher.progress.none')),
    ]);
  }

  const rerender = (): void => keepingFocus(root, render);
  render();
  const unsubscribe = attempts.subscribe(rerender);
  return { root, dispose: unsubscribe };
}
