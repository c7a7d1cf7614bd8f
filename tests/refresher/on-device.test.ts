/**
 * Nothing about a trainee leaves the device: the refresher plan and progress are worked out from
 * what is given (the attempts, the clock), and the code that draws them neither sends nor stores
 * anything of its own. The browser tests (tests/browser/progress.test.ts) check that the pages make
 * no request to anywhere but the app itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FILES = [
  ...readdirSync('src/refresher').map((f) => path.join('src/refresher', f)),
  'src/ui/components/refresher-panel.ts',
  'src/dashboard/progress-view.ts',
  'src/kit/progress-text.ts',
];

/** Every way a page sends or keeps something. */
const REACHING_OUT =
  /\b(fetch|sendBeacon|XMLHttpRequest|WebSocket|EventSource|localStorage|sessionStorage|indexedDB|postMessage|BroadcastChannel|document\.cookie|import\s*\()/;

describe('refreshers and progress', () => {
  it('neither send nor store anything: no network, storage or messaging call in their code', () => {
    expect(FILES.length).toBeGreaterThan(5);
    for (const file of FILES) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(REACHING_OUT.exec(code)?.[0], file).toBeUndefined();
    }
  });
});
