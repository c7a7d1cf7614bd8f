/**
 * The security headers: only the standalone web build forbids framing; the LMS builds allow the
 * ancestors and the LRS origins the agency names; and the README's deployment lines are the headers
 * the code sends, so the documented deployment never drifts from `vite preview`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apacheLines,
  buildTarget,
  headerPolicy,
  metaPolicy,
  nginxLines,
  policyOptionsFromEnv,
  securityHeaders,
} from '../../src/tooling/security-headers.js';

const README = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('security headers', () => {
  it('forbid framing for the web build only', () => {
    expect(buildTarget('production')).toBe('web');
    expect(buildTarget('e2e')).toBe('web');
    for (const mode of ['scorm12', 'scorm2004', 'cmi5']) expect(buildTarget(mode)).toBe('lms');
    expect(headerPolicy({ target: 'web' })).toMatch(/; frame-ancestors 'none'$/);
    expect(securityHeaders({ target: 'web' })['X-Frame-Options']).toBe('DENY');
    expect(headerPolicy({ target: 'lms' })).toMatch(/; frame-ancestors \*$/);
    expect(securityHeaders({ target: 'lms' })['X-Frame-Options']).toBeUndefined();
    expect(headerPolicy({ target: 'lms', frameAncestors: 'https://lms.academy.example' })).toMatch(
      /frame-ancestors https:\/\/lms\.academy\.example$/,
    );
  });

  it('let the pages reach the LRS origins the agency names, and nothing that is not an origin', () => {
    const options = policyOptionsFromEnv('lms', { GOOD_CALL_LRS_ORIGIN: 'https://lrs.example.org https://lms.example.org' });
    expect(metaPolicy(options)).toContain("connect-src 'self' blob: https://lrs.example.org https://lms.example.org");
    expect(metaPolicy(options)).not.toContain('frame-ancestors');
    expect(() => metaPolicy({ target: 'web', lrsOrigins: "https://x.example; script-src 'unsafe-inline'" })).toThrow(
      /GOOD_CALL_LRS_ORIGIN/,
    );
    expect(() => headerPolicy({ target: 'lms', frameAncestors: 'javascript:alert(1)' })).toThrow(/GOOD_CALL_FRAME_ANCESTORS/);
  });

  it('are in the README exactly as the code sends them, for nginx and Apache', () => {
    const headers = securityHeaders({ target: 'web' });
    for (const line of [...nginxLines(headers), ...apacheLines(headers)]) expect(README).toContain(line);
  });
});
