/** Mute and volume as the settings carry them, and how a change to them alone is recognised. */
import type { Settings } from '../settings.js';
import type { AudioPreferences } from './audio-service.js';

/** Loud enough to hear, with room to turn up on a quiet laptop. */
export const DEFAULT_VOLUME = 0.8;

export function audioPreferences(settings: Pick<Settings, 'sound' | 'volume'>): AudioPreferences {
  return { muted: !settings.sound, volume: settings.volume ?? DEFAULT_VOLUME };
}

/**
 * Whether two settings differ in sound or volume and nothing else: such a change is applied to the
 * sound without drawing the screen again, so an encounter goes on while the trainee turns it down.
 */
export function onlyAudioChanged(before: Settings, after: Settings): boolean {
  if (before === after) return false;
  const rest = (s: Settings): string => JSON.stringify({ ...s, sound: undefined, volume: undefined });
  return rest(before) === rest(after);
}
