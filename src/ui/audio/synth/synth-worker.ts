/**
 * The worker that makes the game's sounds on the trainee's device, off the page's thread: each
 * request names a sound, and the reply hands its WAV bytes over without copying them.
 */
import { answer, type SynthRequest } from './synthesise.js';

self.onmessage = (event: MessageEvent<SynthRequest>) => {
  const reply = answer(event.data);
  self.postMessage(reply, { transfer: 'wav' in reply ? [reply.wav] : [] });
};
