/**
 * Exports for instructors, on the history screen: the attempts on this device as JSON (complete,
 * re-importable by the instructor dashboard), CSV (an attempts sheet and a rule-verdicts sheet) and
 * xAPI statements; and, only when an instructor fills in an LRS, sending the statements there.
 * Nothing leaves the device otherwise. The LRS password lives in the form field only.
 */
import { attemptsJson } from '../../export/attempts-json.js';
import { attemptsCsv, rulesCsv } from '../../export/csv.js';
import { sendStatements } from '../../export/lrs.js';
import { xapiStatements } from '../../export/xapi-statements.js';
import type { StoredAttempt } from '../../storage/attempt-record.js';
import { h } from '../../kit/dom.js';
import { download } from '../download.js';
import { scenarioTitle } from '../../kit/scenario-text.js';
import type { ScreenServices } from '../screen.js';

/** The agency's account home page for trainee codes, when the build names one (VITE_GOOD_CALL_XAPI_HOME_PAGE). */
const BUILT_HOME_PAGE = String(import.meta.env.VITE_GOOD_CALL_XAPI_HOME_PAGE ?? '');

function stamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

export function exportPanel(services: ScreenServices): HTMLElement {
  const { t, attempts, catalogue } = services;
  const status = h('p', { class: 'export-status', attrs: { role: 'status' } });
  const everything = (): StoredAttempt[] => [...attempts.list(), ...attempts.unfinished()];
  const finished = () => attempts.list();
  const titles = (locale: string): Record<string, string> =>
    Object.fromEntries(catalogue.scenarios.flatMap((s) => (s.ok ? [[s.id, scenarioTitle(s.manifest, locale)]] : [])));
  const statements = () =>
    finished().flatMap((a) =>
      xapiStatements(a, { titles: titles(a.locale), ...(homePage.value.trim() ? { homePage: homePage.value.trim() } : {}) }),
    );

  const button = (id: string, label: string, action: () => void) =>
    h('button', { id, class: 'secondary', attrs: { type: 'button' }, on: { click: action } }, label);
  const saved = (count: number) => {
    status.textContent = t('ui.exports.downloaded', { count });
  };

  const downloads = h('div', { class: 'actions' }, [
    button('export-json', t('ui.exports.json'), () => {
      const records = everything();
      download(`good-call-attempts-${stamp(new Date())}.json`, attemptsJson(records));
      saved(records.length);
    }),
    button('export-csv-attempts', t('ui.exports.csvAttempts'), () => {
      download(`good-call-attempts-${stamp(new Date())}.csv`, attemptsCsv(everything()), 'text/csv');
      saved(everything().length);
    }),
    button('export-csv-rules', t('ui.exports.csvRules'), () => {
      download(`good-call-rule-verdicts-${stamp(new Date())}.csv`, rulesCsv(finished()), 'text/csv');
      saved(finished().length);
    }),
    button('export-xapi', t('ui.exports.xapi'), () => {
      download(`good-call-xapi-statements-${stamp(new Date())}.json`, `${JSON.stringify(statements(), null, 2)}\n`);
      saved(finished().length);
    }),
  ]);

  const field = (id: string, label: string, input: HTMLInputElement, help?: string) =>
    h('div', { class: 'field' }, [
      h('label', { attrs: { for: id } }, label),
      input,
      help ? h('p', { class: 'help', id: `${id}-help` }, help) : null,
    ]);
  const homePage = h('input', {
    id: 'xapi-home-page',
    attrs: {
      type: 'url',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'https://academy.example.gov/',
      value: BUILT_HOME_PAGE,
      'aria-describedby': 'xapi-home-page-help',
    },
  });
  const endpoint = h('input', {
    id: 'lrs-endpoint',
    attrs: { type: 'url', autocomplete: 'off', spellcheck: 'false', placeholder: 'https://lrs.academy.example/xapi/' },
  });
  const username = h('input', { id: 'lrs-username', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false' } });
  const password = h('input', { id: 'lrs-password', attrs: { type: 'password', autocomplete: 'new-password' } });
  const lrsStatus = h('p', { class: 'export-status', attrs: { role: 'status' } });
  const send = h('button', { id: 'lrs-send', class: 'secondary', attrs: { type: 'submit' } }, t('ui.exports.lrsSend'));
  const form = h(
    'form',
    {
      class: 'lrs',
      on: {
        submit: (event) => {
          event.preventDefault();
          const url = endpoint.value.trim();
          if (!url) {
            lrsStatus.textContent = t('ui.exports.lrsNoEndpoint');
            return;
          }
          const batch = statements();
          send.disabled = true;
          lrsStatus.textContent = t('ui.exports.lrsSending', { count: batch.length });
          void sendStatements(batch, { endpoint: url, username: username.value, password: password.value }).then((result) => {
            send.disabled = false;
            const { failure, refused } = result;
            const told: string[] = [];
            if (failure) {
              const reason =
                failure.kind === 'refused'
                  ? t(failure.status === 401 || failure.status === 403 ? 'ui.exports.lrsDenied' : 'ui.exports.lrsRefused', {
                      status: failure.status,
                    })
                  : t(`ui.exports.${failure.kind === 'bad-endpoint' ? 'lrsBadEndpoint' : 'lrsUnreachable'}`);
              told.push(t('ui.exports.lrsFailed', { count: result.sent, reason }));
            } else told.push(t('ui.exports.lrsSent', { count: result.sent }));
            if (refused.length > 0) {
              const list = refused.map((r) => t('ui.exports.lrsRefusedItem', { id: r.id, status: r.status })).join(', ');
              told.push(t('ui.exports.lrsRefusedSome', { count: refused.length, list }));
            }
            lrsStatus.textContent = told.join(' ');
          });
        },
      },
    },
    [
      h('p', { class: 'help' }, t('ui.exports.lrsHelp')),
      field('xapi-home-page', t('ui.exports.lrsHomePage'), homePage, t('ui.exports.lrsHomePageHelp')),
      field('lrs-endpoint', t('ui.exports.lrsEndpoint'), endpoint),
      field('lrs-username', t('ui.exports.lrsUsername'), username),
      field('lrs-password', t('ui.exports.lrsPassword'), password),
      h('div', { class: 'actions' }, [send]),
      lrsStatus,
    ],
  );

  return h('section', { class: 'card exports', attrs: { 'aria-labelledby': 'exports-heading' } }, [
    h('h2', { id: 'exports-heading' }, t('ui.exports.heading')),
    h('p', { class: 'help' }, t('ui.exports.help')),
    downloads,
    status,
    h('details', { class: 'lrs-details' }, [h('summary', {}, t('ui.exports.lrsHeading')), form]),
  ]);
}
