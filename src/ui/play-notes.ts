/** The play's notes in the game's narration: a replay, a resume, a carry-over, live reload, an instructor's inject. */
import type { ReplayReport } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { injectNarration } from '../classroom/inject-text.js';
import type { PlayNote } from '../play/controller.js';

/** A version saved while playing (live reload): how far the trainee's picks were replayed. */
export function reloadedNote(report: Pick<ReplayReport, 'replayed' | 'lost'>, t: Translate): string {
  if (report.lost) return t('ui.author.liveReload.resumedUntil', { count: report.replayed, text: (report.lost.text ?? '').trim() });
  return report.replayed === 0 ? t('ui.author.liveReload.restarted') : t('ui.author.liveReload.resumed', { count: report.replayed });
}

/** An attempt carried over to its scenario's new version: how many of its `total` picks were kept. */
export function carriedOverNote(report: Pick<ReplayReport, 'replayed' | 'lost'>, total: number, t: Translate): string {
  if (report.lost) return t('ui.storage.continued.until', { count: report.replayed, total, text: (report.lost.text ?? '').trim() });
  return report.replayed === 0 ? t('ui.storage.continued.none') : t('ui.storage.continued.all', { count: report.replayed });
}

export function playNoteText(note: PlayNote, t: Translate): string {
  switch (note.kind) {
    case 'replayed':
      return note.report.replayed === 0 ? t('ui.encounter.replayedNone') : t('ui.encounter.replayed', { count: note.report.replayed });
    case 'restored':
      return t('ui.storage.resumedNote');
    case 'carriedOver':
      return carriedOverNote(note.report, note.total, t);
    case 'reloaded':
      return reloadedNote(note.report, t);
    case 'instructor':
      return injectNarration(t, note.event, note.params, note.note);
  }
}
