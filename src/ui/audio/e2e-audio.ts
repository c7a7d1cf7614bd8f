/**
 * Browser tests only: in an e2e build, a page opened with `?audio=fake` records its sounds instead
 * of playing them, and the test reads them from `window.goodCallAudio`.
 */
import { createFakeAudio, type FakeAudio } from './fake-audio.js';

export function fakeAudioFor(search: string): FakeAudio | undefined {
  if (new URLSearchParams(search).get('audio') !== 'fake') return undefined;
  const fake = createFakeAudio();
  (window as unknown as { goodCallAudio: FakeAudio }).goodCallAudio = fake;
  return fake;
}
