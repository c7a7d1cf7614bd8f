/**
 * What the author preview's play panel draws from the play controller's view: the state, the story
 * with its picks' actions, the verdicts and the log, the report to download, and what a screen reader
 * is told (what a pick led to, how far a replay on the edited text got).
 */
import type { ReplayReport } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { createStatePanel } from '../kit/state-panel.js';
import type { PlayView } from '../play/controller.js';
import { downloadJson } from './downloads.js';
import { createPlayTranscript } from './play-transcript.js';
import { createPlayVerdicts } from './play-verdicts.js';

export interface PlayDrawing {
  /** The parts of the panel, in order. */
  readonly parts: readonly HTMLElement[];
  draw(view: PlayView): void;
  /** A run from the start: nothing of the last one is announced. */
  restart(): void;
  focusFirstChoice(): void;
}

export function createPlayDrawing(t: Translate, uiLocale: string, pick: (index: number) => void): PlayDrawing {
  const replayedText = (report: Pick<ReplayReport, 'replayed' | 'lost'>): string =>
    report.lost
      ? t('ui.author.play.resumedUntil', { count: report.replayed, text: (report.lost.text ?? '').trim() })
      : t('ui.author.play.resumed', { count: report.replayed });
  // What a pick led to, and a change in how far a replay got, are said here: the transcript is no live region.
  const announcer = h('p', { class: 'visually-hidden', attrs: { role: 'status' } });
  // A trainer checking their story sees the patient's true breathing, not only what the officer has found.
  const statePanel = createStatePanel(t, undefined, { truth: true });
  statePanel.root.hidden = true;
  const story = createPlayTranscript(t, uiLocale, (told) => (told.note.kind === 'reloaded' ? replayedText(told.note.report) : ''), pick);
  const verdicts = createPlayVerdicts(t);
  let shown: PlayView | undefined;
  const reportButton = h(
    'button',
    {
      id: 'download-report',
      class: 'secondary',
      attrs: { type: 'button', disabled: true },
      on: {
        click: () => {
          const session = shown?.session;
          if (session) downloadJson(`${session.manifest.id}-session.json`, { report: session.report(), picks: session.picks() });
        },
      },
    },
    t('ui.author.play.downloadReport'),
  );

  let drawnRun = 0;
  let lastNote = '';
  return {
    parts: [
      announcer,
      statePanel.root,
      h('div', { class: 'play-story' }, [
        h('h3', { id: 'transcript-heading' }, t('ui.author.play.transcript')),
        story.transcript,
        h('h3', { id: 'choices-heading' }, t('ui.encounter.choices')),
        h('p', { class: 'help' }, t('ui.author.play.choicesHelp')),
        story.choices,
        story.ending,
      ]),
      verdicts.verdicts,
      verdicts.log,
      h('p', {}, [reportButton]),
    ],
    draw(view) {
      const { session, step } = view;
      if (!session || !step) return;
      shown = view;
      const afresh = view.run !== drawnRun;
      const before = afresh ? 0 : story.transcript.childElementCount;
      drawnRun = view.run;
      story.show(view, afresh);
      statePanel.update(step.state);
      statePanel.root.hidden = false;
      verdicts.show(session, step);
      reportButton.disabled = false;
      const last = view.told.at(-1);
      if (afresh) {
        const note = last?.kind === 'note' && last.note.kind === 'reloaded' ? replayedText(last.note.report) : '';
        if (note !== '' && note !== lastNote) announcer.textContent = note;
        lastNote = note;
      } else if (last?.kind === 'batch' && story.transcript.childElementCount > before) {
        announcer.textContent = last.lines
          .map((line) => line.text.trim())
          .filter((text) => text !== '')
          .join(' ');
        story.focusFirstChoice();
      }
    },
    restart() {
      drawnRun = 0;
      lastNote = '';
    },
    focusFirstChoice: () => story.focusFirstChoice(),
  };
}
