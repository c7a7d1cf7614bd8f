/**
 * The author preview's compile worker: checks the workspace off the page's thread, so typing never
 * waits for the Ink compiler. One request at a time; the page sends only the newest text.
 */
import { createWorkspaceChecker } from './check-workspace.js';
import type { CheckReply, CheckRequest } from './compile-protocol.js';
import { knownAssets } from './known-assets.js';

const assets = knownAssets();
const check = createWorkspaceChecker(assets ? { assets } : {});

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { workspace } = event.data;
  const started = performance.now();
  let reply: CheckReply;
  try {
    reply = { ok: true, check: check(workspace), milliseconds: performance.now() - started };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
