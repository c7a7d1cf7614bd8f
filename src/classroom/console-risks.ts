/**
 * The console's discussion prompts and record: each rule at risk now, with its explanation and
 * sources, and the event log. Redrawn only when what they say changes, so a focused link keeps focus.
 */
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { formatClock } from '../kit/format.js';
import { sourcesList } from '../kit/rule-sources.js';
import { logLineText, riskExplanation, riskStatusText } from './console-text.js';
import type { EncounterView, RuleAtRisk } from './messages.js';
import { section } from './console-parts.js';

export interface ConsoleRisks {
  readonly sections: readonly HTMLElement[];
  show(encounter: EncounterView): void;
}

function riskItem(risk: RuleAtRisk, t: Translate): HTMLElement {
  const badgeClass = risk.status === 'open' ? 'verdict-not_yet' : `verdict-${risk.status}`;
  return h('li', { class: `risk risk-${risk.status}`, attrs: { 'data-rule-id': risk.id, 'data-status': risk.status } }, [
    h('h3', {}, t(`rules.${risk.id}.title`, { defaultValue: risk.id })),
    h('p', { class: 'verdict-line' }, [
      h('span', { class: `badge ${badgeClass}`, attrs: { 'data-countdown': '' } }, riskStatusText(risk, t)),
      ` ${t(`ui.severity.${risk.severity}`)}`,
    ]),
    h('p', { class: 'explanation' }, riskExplanation(risk, t)),
    sourcesList(risk.id, t),
  ]);
}

/** A key that changes when a rule's prompt would read differently (not when only its countdown ticks). */
function risksKey(risks: readonly RuleAtRisk[]): string {
  return JSON.stringify(risks.map((r) => [r.id, r.status, r.secondsLeft === undefined, r.values]));
}

export function createConsoleRisks(t: Translate): ConsoleRisks {
  const risks = h('ol', { class: 'risk-list' });
  const noRisks = h('p', { class: 'help' }, t('ui.instructor.risk.none'));
  const log = h('ol', { class: 'console-log', attrs: { tabindex: 0, 'aria-labelledby': 'log-heading' } });
  let shownRisks = '';
  let shownLog = '';

  const showRisks = (view: EncounterView): void => {
    const key = risksKey(view.atRisk);
    noRisks.hidden = view.atRisk.length > 0;
    if (key !== shownRisks) {
      shownRisks = key;
      risks.replaceChildren(...view.atRisk.map((r) => riskItem(r, t)));
      return;
    }
    // Only the countdowns moved: change their text in place, so a focused source link keeps focus.
    view.atRisk.forEach((risk, i) => {
      const badge = risks.children[i]?.querySelector('[data-countdown]');
      if (badge) badge.textContent = riskStatusText(risk, t);
    });
  };

  const showLog = (view: EncounterView): void => {
    const last = view.log[view.log.length - 1];
    const key = `${view.scenarioId}:${view.log.length}:${last ? `${last.at}:${last.id}` : ''}`;
    if (key === shownLog) return;
    shownLog = key;
    log.replaceChildren(
      ...view.log.map((line) =>
        h(
          'li',
          {
            class: `log-line log-${line.kind}${line.origin === 'instructor' ? ' by-instructor' : ''}`,
            attrs: { 'data-kind': line.kind, 'data-id': line.id },
          },
          [
            h('span', { class: 'time' }, formatClock(line.at)),
            ' ',
            line.origin === 'instructor' ? h('strong', {}, `${t('ui.instructor.log.instructor')}: `) : null,
            logLineText(line, t),
            line.note ? ` (${line.note})` : '',
          ],
        ),
      ),
    );
    log.scrollTop = log.scrollHeight;
  };

  return {
    sections: [
      section('risks', t('ui.instructor.risk.heading'), [h('p', { class: 'help' }, t('ui.instructor.risk.help')), noRisks, risks], 'risks'),
      section('log', t('ui.instructor.log.heading'), [log], 'log'),
    ],
    show(encounter) {
      showRisks(encounter);
      showLog(encounter);
    },
  };
}
