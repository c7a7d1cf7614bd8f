/** How an instructor's inject is told: on the projector's narration, in the console, in the debrief. */
import type { StoryEventId } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';

/** "The caller leaves", "EMS is delayed 10 minutes". */
export function injectLabel(t: Translate, event: StoryEventId | string, params: { readonly minutes?: unknown } = {}): string {
  const minutes = params.minutes;
  if (event === 'ems_delayed' && typeof minutes === 'number') return t('ui.instructor.emsDelayedBy', { count: minutes });
  return t(`ui.instructor.events.${event}`, { defaultValue: event });
}

/** The line the trainees read: "[Instructor: the caller leaves]", with what the instructor said, if anything. */
export function injectNarration(t: Translate, event: StoryEventId, params: { readonly minutes?: unknown }, note?: string): string {
  const what = injectLabel(t, event, params);
  return note ? t('ui.instructor.projector.injectedWithNote', { what, note }) : t('ui.instructor.projector.injected', { what });
}
