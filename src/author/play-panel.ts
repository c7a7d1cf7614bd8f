/**
 * The author preview's play panel: plays the story in the editor, as the trainee would meet it, with
 * what a trainer needs to see beside it: the actions each pick recorded, the event log, and the
 * rubric's verdicts as they stand after every pick. When the text changes (or the profile, seed or
 * language), the run starts again on the new version and replays the same picks as far as they still
 * apply, so the trainer watches the scene change in place.
 */
import type { Choice, Line, ScenarioBundle, ScenarioManifest, Session, Step } from '../engine/index.js';
import { describeSource } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { profileText, type Profile } from '../engine/scoring/profile.js';
import { createStatePanel } from '../kit/state-panel.js';
import { h } from '../kit/dom.js';
import type { EncounterPlan } from '../ui/flow.js';
import { formatClock } from '../kit/format.js';
import { resumeOnChangedStory, startSession, type BatchListener, type ResumedSession } from '../ui/start-session.js';
import type { WorkspaceCheck } from './check-workspace.js';
import { downloadJson } from './downloads.js';
import { liveRules } from '../kit/live-verdicts.js';

export interface PlayPanel {
  readonly root: HTMLElement;
  /** The newest check of the workspace: what can be played now. */
  update(check: WorkspaceCheck): void;
}

export interface PlayPanelOptions {
  readonly t: Translate;
  readonly uiLocale: string;
  readonly profiles: readonly Profile[];
}

type Entry =
  | { readonly kind: 'batch'; readonly lines: readonly Line[]; readonly pick?: number; readonly pickText?: string }
  | { readonly kind: 'note'; readonly text: string };

/** What a run was started from, to tell whether a newer check changes anything played. */
interface Playable {
  readonly bundle: ScenarioBundle;
  readonly fingerprint: string;
}

function playableOf(check: WorkspaceCheck, locale: string): Playable | undefined {
  const { manifest } = check;
  const story = check.stories[locale];
  if (!manifest || !story) return undefined;
  return { bundle: { manifest, stories: { [locale]: story } }, fingerprint: `${JSON.stringify(manifest)}\n${story.json}` };
}

/** Keys 1-9 pick, unless the author is typing in a field or holding a modifier. */
function pickedNumber(event: KeyboardEvent): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return undefined;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, select, textarea, [contenteditable="true"]')) return undefined;
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : undefined;
}

function paramsText(params: object): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

function actionText(action: string, params: object, seconds: number | undefined): string {
  return [action, paramsText(params), seconds !== undefined ? `· ${seconds} s` : ''].filter((part) => part !== '').join(' ');
}

export function createPlayPanel(options: PlayPanelOptions): PlayPanel {
  const { t, uiLocale, profiles } = options;
  let latest: WorkspaceCheck | undefined;
  let played: Playable | undefined;
  let session: Session | undefined;
  let entries: Entry[] = [];
  let profileId = profiles[0]?.id ?? 'model-policy';
  let locale = '';
  let seed = 1;

  const profileSelect = h(
    'select',
    { id: 'play-profile', on: { change: () => ((profileId = profileSelect.value), restart()) } },
    profiles.map((p) => h('option', { attrs: { value: p.id } }, profileText(p.name, uiLocale))),
  );
  const localeSelect = h('select', {
    id: 'play-locale',
    on: {
      change: () => {
        locale = localeSelect.value;
        if (latest) showReadiness(latest);
        restart();
      },
    },
  });
  const seedInput = h('input', {
    id: 'play-seed',
    attrs: { type: 'number', min: 1, step: 1, value: seed, inputmode: 'numeric' },
    on: {
      change: () => {
        const value = Number(seedInput.value);
        if (Number.isInteger(value) && value >= 1) {
          seed = value;
          restart();
        }
      },
    },
  });
  const playButton = h(
    'button',
    { id: 'play-start', class: 'primary', attrs: { type: 'button' }, on: { click: () => start() } },
    t('ui.author.play.start'),
  );
  const status = h('p', { class: 'play-status', attrs: { role: 'status' } }, t('ui.author.play.waiting'));
  // Not a live region: the transcript is rebuilt as the author types. What a pick led to, and a change
  // in how far a replay got, are announced through `announcer` instead.
  const transcript = h('div', {
    class: 'narration author-narration',
    attrs: { role: 'region', 'aria-labelledby': 'transcript-heading', tabindex: 0 },
  });
  const announcer = h('p', { class: 'visually-hidden', attrs: { role: 'status' } });
  let lastNote = '';
  const choiceList = h('ol', { class: 'choice-list author-choices' });
  const ending = h('p', { class: 'ending', attrs: { hidden: true, tabindex: -1 } });
  const statePanel = createStatePanel(t);
  statePanel.root.hidden = true;
  const score = h('p', { class: 'live-score' });
  const verdictRows = h('tbody');
  const logRows = h('tbody');
  const reportButton = h(
    'button',
    { id: 'download-report', class: 'secondary', attrs: { type: 'button', disabled: true }, on: { click: () => downloadReport() } },
    t('ui.author.play.downloadReport'),
  );

  const field = (id: string, label: string, control: HTMLElement): HTMLElement =>
    h('div', { class: 'field' }, [h('label', { attrs: { for: id } }, label), control]);

  const root = h('section', { class: 'play-panel', attrs: { 'aria-labelledby': 'play-heading' } }, [
    h('h2', { id: 'play-heading' }, t('ui.author.play.heading')),
    h('div', { class: 'play-controls' }, [
      field('play-profile', t('ui.author.play.profile'), profileSelect),
      field('play-locale', t('ui.author.play.locale'), localeSelect),
      field('play-seed', t('ui.author.play.seed'), seedInput),
      playButton,
    ]),
    status,
    announcer,
    statePanel.root,
    h('div', { class: 'play-story' }, [
      h('h3', { id: 'transcript-heading' }, t('ui.author.play.transcript')),
      transcript,
      h('h3', { id: 'choices-heading' }, t('ui.encounter.choices')),
      h('p', { class: 'help' }, t('ui.author.play.choicesHelp')),
      choiceList,
      ending,
    ]),
    h('section', { class: 'verdicts', attrs: { 'aria-labelledby': 'verdicts-heading' } }, [
      h('h3', { id: 'verdicts-heading' }, t('ui.author.verdicts.heading')),
      score,
      h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': 'verdicts-heading' } }, [
        h('table', { class: 'verdict-table' }, [
          h('thead', {}, [
            h(
              'tr',
              {},
              [
                t('ui.author.verdicts.rule'),
                t('ui.author.verdicts.severity'),
                t('ui.author.verdicts.verdict'),
                t('ui.author.verdicts.why'),
              ].map((c) => h('th', { attrs: { scope: 'col' } }, c)),
            ),
          ]),
          verdictRows,
        ]),
      ]),
    ]),
    h('section', { class: 'event-log', attrs: { 'aria-labelledby': 'log-heading' } }, [
      h('h3', { id: 'log-heading' }, t('ui.author.log.heading')),
      h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': 'log-heading' } }, [
        h('table', { class: 'log-table' }, [
          h('thead', {}, [
            h(
              'tr',
              {},
              [
                t('ui.author.log.time'),
                t('ui.author.log.kind'),
                t('ui.author.log.id'),
                t('ui.author.log.params'),
                t('ui.author.log.source'),
              ].map((c) => h('th', { attrs: { scope: 'col' } }, c)),
            ),
          ]),
          logRows,
        ]),
      ]),
    ]),
    h('p', {}, [reportButton]),
  ]);

  const planFor = (manifest: ScenarioManifest): EncounterPlan => ({
    scenarioId: manifest.id,
    seed,
    profileId,
    mode: 'learn',
    timeFactor: 1,
    locale,
  });
  const profile = (): Profile | undefined => profiles.find((p) => p.id === profileId) ?? profiles[0];

  /** The story so far as `startSession` tells it: the opening, then each replayed pick and what followed. */
  const collect = (): { entries: Entry[]; listener: BatchListener } => {
    const collected: Entry[] = [];
    let picks = 0;
    const listener: BatchListener = (lines, pickText) => {
      collected.push(pickText === undefined ? { kind: 'batch', lines } : { kind: 'batch', lines, pick: picks++, pickText });
    };
    return { entries: collected, listener };
  };

  /** Starts a fresh run of the newest version, from the beginning. */
  function start(): void {
    const check = latest;
    const chosen = check ? playableOf(check, locale) : undefined;
    const chosenProfile = profile();
    if (!check || !chosen || !chosenProfile) return;
    const { entries: told, listener } = collect();
    try {
      session = startSession(planFor(chosen.bundle.manifest), chosen.bundle, chosenProfile, listener);
    } catch (error) {
      showFailure(error);
      return;
    }
    played = chosen;
    entries = told;
    lastNote = '';
    renderAll();
    showReadiness(check);
    focusFirstChoice();
  }

  /** The same run on the newest version or settings, its picks replayed as far as they apply. */
  function restart(): void {
    if (!session || !latest) return;
    const chosen = playableOf(latest, locale) ?? (played && played.bundle.stories[locale] ? played : undefined);
    const chosenProfile = profile();
    if (!chosen || !chosenProfile) return;
    const earlier = { picks: session.picks(), elapsedSeconds: session.state().elapsedSeconds };
    const { entries: told, listener } = collect();
    let resumed: ResumedSession;
    try {
      resumed = resumeOnChangedStory(planFor(chosen.bundle.manifest), chosen.bundle, chosenProfile, earlier, listener);
    } catch (error) {
      showFailure(error);
      return;
    }
    session = resumed.session;
    played = chosen;
    const note = resumedText(resumed);
    entries = [...told, { kind: 'note', text: note }];
    renderAll();
    if (note !== lastNote) announcer.textContent = note;
    lastNote = note;
  }

  const resumedText = (resumed: ResumedSession): string => {
    if (resumed.lost) return t('ui.author.play.resumedUntil', { count: resumed.replayed, text: resumed.lost.text.trim() });
    return t('ui.author.play.resumed', { count: resumed.replayed });
  };

  const showFailure = (error: unknown): void => {
    status.textContent = t('ui.author.play.failed', { reason: error instanceof Error ? error.message : String(error) });
  };

  const focusFirstChoice = (): void => {
    (choiceList.querySelector('button') ?? ending).focus();
  };

  function pick(index: number): void {
    if (!session) return;
    const choice = session.next().choices.find((c) => c.index === index);
    if (!choice) return;
    const step = session.choose(index);
    const entry: Entry = { kind: 'batch', lines: step.lines, pick: session.picks().length - 1, pickText: choice.text.trim() };
    entries.push(entry);
    transcript.append(entryElement(entry));
    transcript.scrollTop = transcript.scrollHeight;
    announcer.textContent = step.lines
      .map((line) => line.text.trim())
      .filter((text) => text !== '')
      .join(' ');
    renderStep(step);
    focusFirstChoice();
  }

  const entryElement = (entry: Entry): HTMLElement => {
    if (entry.kind === 'note') return h('p', { class: 'note', attrs: { lang: uiLocale } }, entry.text);
    const actions =
      entry.pick === undefined
        ? []
        : (session?.log() ?? []).filter((e) => e.kind === 'action' && e.source.origin === 'choice' && e.source.pick === entry.pick);
    return h('div', { class: 'batch' }, [
      entry.pickText !== undefined
        ? h('p', { class: 'line pick', attrs: { 'data-pick': entry.pick } }, [
            h('strong', { class: 'speaker', attrs: { lang: uiLocale } }, `${t('ui.encounter.you')}: `),
            h('span', {}, entry.pickText),
          ])
        : null,
      entry.pickText !== undefined
        ? h(
            'ul',
            { class: 'pick-actions', attrs: { lang: uiLocale, 'aria-label': t('ui.author.play.actionsOfPick') } },
            actions.length === 0
              ? [h('li', { class: 'no-action' }, t('ui.author.play.noAction'))]
              : actions.map((a) => h('li', { attrs: { 'data-action': a.id } }, actionText(a.id, a.params, a.seconds))),
          )
        : null,
      ...entry.lines
        .filter((line) => line.text.trim() !== '')
        .map((line) =>
          h('p', { class: `line${line.speaker ? ` speaker-${line.speaker}` : ''}` }, [
            line.speaker ? h('strong', { class: 'speaker', attrs: { lang: uiLocale } }, `${t(`ui.speakers.${line.speaker}`)}: `) : null,
            h('span', {}, line.text.trim()),
          ]),
        ),
    ]);
  };

  const choiceButton = (choice: Choice, position: number): HTMLElement => {
    const key = position < 9 ? String(position + 1) : undefined;
    const actions = choice.actions.map((a) => actionText(a.action, a.params, undefined)).join(', ');
    return h('li', {}, [
      h(
        'button',
        {
          class: 'choice',
          attrs: { type: 'button', 'data-choice': choice.index, 'aria-keyshortcuts': key },
          on: { click: () => pick(choice.index) },
        },
        [
          h('span', { class: 'key', attrs: { 'aria-hidden': 'true' } }, key ?? '·'),
          h('span', { class: 'text' }, choice.text.trim()),
          h(
            'span',
            { class: 'choice-actions', attrs: { lang: uiLocale } },
            actions === '' ? t('ui.author.play.noAction') : `${actions} · ${choice.seconds} s`,
          ),
        ],
      ),
    ]);
  };

  function renderStep(step: Step): void {
    if (!session) return;
    choiceList.replaceChildren(...(step.ended ? [] : step.choices.map(choiceButton)));
    ending.hidden = !step.ended && step.choices.length > 0;
    ending.textContent = step.ended ? t('ui.author.play.ended') : step.choices.length === 0 ? t('ui.author.play.deadEnd') : '';
    ending.dataset.ended = String(step.ended);
    statePanel.update(step.state);
    statePanel.root.hidden = false;
    const report = session.report();
    const rules = liveRules(report, step.ended);
    score.textContent = step.ended
      ? t(report.passed ? 'ui.author.verdicts.passed' : 'ui.author.verdicts.failed', { score: report.score, passMark: report.passMark })
      : t('ui.author.verdicts.soFar', { score: report.score, passMark: report.passMark });
    score.dataset.ended = String(step.ended);
    verdictRows.replaceChildren(
      ...rules.map(({ rule, verdict }) =>
        h('tr', { attrs: { 'data-rule-id': rule.id, 'data-verdict': verdict } }, [
          h('th', { attrs: { scope: 'row' } }, rule.id),
          h('td', {}, t(`ui.severity.${rule.severity}`)),
          h('td', { class: `verdict ${verdict}` }, verdict === 'not_yet' ? t('ui.author.verdicts.notYet') : t(`ui.verdicts.${verdict}`)),
          h('td', {}, verdict === 'not_yet' || verdict === 'not_applicable' ? '' : t(rule.explanation, { ...rule.values })),
        ]),
      ),
    );
    logRows.replaceChildren(
      ...session
        .log()
        .map((entry) =>
          h('tr', { attrs: { 'data-kind': entry.kind } }, [
            h('td', {}, formatClock(entry.at)),
            h('td', {}, entry.kind),
            h('td', {}, entry.id),
            h('td', {}, paramsText(entry.params)),
            h('td', {}, describeSource(entry.source)),
          ]),
        ),
    );
    reportButton.disabled = false;
  }

  function renderAll(): void {
    transcript.replaceChildren(...entries.map(entryElement));
    transcript.scrollTop = transcript.scrollHeight;
    if (session) renderStep(session.next());
  }

  function downloadReport(): void {
    if (!session) return;
    downloadJson(`${session.manifest.id}-session.json`, { report: session.report(), picks: session.picks() });
  }

  document.addEventListener('keydown', (event) => {
    const index = pickedNumber(event);
    const choice = index === undefined || !session ? undefined : session.next().choices[index];
    if (!choice) return;
    event.preventDefault();
    pick(choice.index);
  });

  const refreshLocales = (check: WorkspaceCheck): void => {
    const locales = check.manifest?.locales ?? [];
    const current = [...localeSelect.options].map((o) => o.value);
    if (current.join() !== locales.join()) localeSelect.replaceChildren(...locales.map((l) => h('option', { attrs: { value: l } }, l)));
    if (!locales.includes(locale)) locale = locales[0] ?? '';
    localeSelect.value = locale;
  };

  /** Says whether the newest check can be played, and returns what it would play. */
  function showReadiness(check: WorkspaceCheck): Playable | undefined {
    const now = playableOf(check, locale);
    playButton.disabled = now === undefined;
    if (!session) status.textContent = now ? t('ui.author.play.ready') : t('ui.author.play.cannotPlay');
    else status.textContent = now ? t('ui.author.play.playing', { file: `${locale}.ink` }) : t('ui.author.play.stale');
    return now;
  }

  return {
    root,
    update(check) {
      latest = check;
      refreshLocales(check);
      const now = showReadiness(check);
      if (session && now && now.fingerprint !== played?.fingerprint) restart();
    },
  };
}
