/**
 * The author preview's compile worker: checks the workspace off the page's thread, so typing never
 * waits for the Ink compiler, and, in a second instance, tries the stories that compiled
 * (trial-run.ts), so that a story that runs away is found, located, without freezing the page. One
 * request at a time; the page sends only the newest, and stops a worker that takes too long.
 */
import { createWorkspaceChecker } from './check-workspace.js';
import type { CheckReply, CheckRequest } from './compile-protocol.js';
import { knownAssets } from './known-assets.js';
import { trialRun } from './trial-run.js';

const assets = knownAssets();
const check = createWorkspaceChecker(assets ? { assets } : {});

function answer(request: CheckRequest): CheckReply {
  if (request.kind === 'trial') {
    const { manifest, stories, profile } = request;
    const diagnostics = Object.entries(stories).flatMap(([locale, story]) => trialRun(manifest, locale, story, profile));
    return { kind: 'trial', ok: true, diagnostics };
  }
  const started = performance.now();
  return { kind: 'check', ok: true, check: check(request.workspace), milliseconds: performance.now() - started };
}

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  let reply: CheckReply;
  try {
    reply = answer(event.data);
  } catch (error) {
    reply = { kind: event.data.kind, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
