/**
 * The one line under "Settings" on the title screen that says what is chosen, so the settings can
 * stay folded away: "Learn mode · English · sound on · TR-ABCD-EFGH". A new setting worth seeing at
 * a glance is one more entry in PARTS.
 */
import type { Translate } from '../i18n/translator.js';
import type { Settings } from './settings.js';

type SummaryPart = (t: Translate, settings: Settings) => string | undefined;

const PARTS: readonly SummaryPart[] = [
  (t, s) => (s.mode === 'learn' ? t('ui.start.summary.learn') : t('ui.start.summary.assess', { factor: s.timeFactor })),
  // The language named in itself, as the reader of this line reads it.
  (t) => t('ui.languageName'),
  (t, s) => (s.sound ? t('ui.start.summary.soundOn') : t('ui.start.summary.soundOff')),
  // Off by default, so said only when on.
  (t, s) => (s.knowledgeCheck ? t('ui.start.summary.knowledgeCheckOn') : undefined),
  // Shown so that on a shared laptop the next trainee sees whose code their attempts would be saved under.
  (t, s) => t('ui.start.summary.trainee', { code: s.traineeCode }),
];

export function settingsSummary(t: Translate, settings: Settings): string {
  return PARTS.map((part) => part(t, settings))
    .filter((text): text is string => text !== undefined && text !== '')
    .join(' · ');
}
