/**
 * The Content-Security-Policy and the other security headers of every build. The pages may load
 * scripts, styles, media and data only from their own origin and run no inline script or style:
 * nothing reaches a third party, and injected text can never execute. They may reach a learning
 * record store only when the agency names its origin at build time (GOOD_CALL_LRS_ORIGIN, several
 * separated by spaces: an LMS's LRS and its token URL for cmi5).
 *
 * Framing differs by build. The standalone web build forbids it (`frame-ancestors 'none'`), so no
 * site can frame the game to mislead a trainee. The LMS builds (SCORM, cmi5) are framed by the LMS
 * that launches them, so they allow the ancestors the agency names (GOOD_CALL_FRAME_ANCESTORS,
 * default any). `frame-ancestors` works only as a header, never in the page's `<meta>`, so the
 * headers are what `vite preview` sends and what the documented deployment (README) sets.
 */

export type BuildTarget = 'web' | 'lms';

/** Builds whose pages an LMS frames: the SCORM packages and the cmi5 course. */
export function buildTarget(mode: string): BuildTarget {
  return mode === 'scorm12' || mode === 'scorm2004' || mode === 'cmi5' ? 'lms' : 'web';
}

function origins(variable: string, value: string | undefined, allowWildcard: boolean): string[] {
  const list = (value ?? '').split(/[\s,]+/).filter((o) => o !== '');
  for (const origin of list) {
    const ok = /^https?:\/\/[^\s;,'/]+$/.test(origin) || (allowWildcard && (origin === '*' || origin === "'self'"));
    if (!ok) throw new Error(`${variable} must list origins such as https://lrs.example.org, not ${origin}`);
  }
  return list;
}

export interface PolicyOptions {
  readonly target: BuildTarget;
  /** GOOD_CALL_LRS_ORIGIN. */
  readonly lrsOrigins?: string;
  /** GOOD_CALL_FRAME_ANCESTORS, LMS builds only. */
  readonly frameAncestors?: string;
}

export function policyOptionsFromEnv(target: BuildTarget, env: Readonly<Record<string, string | undefined>> = process.env): PolicyOptions {
  return {
    target,
    ...(env.GOOD_CALL_LRS_ORIGIN ? { lrsOrigins: env.GOOD_CALL_LRS_ORIGIN } : {}),
    ...(env.GOOD_CALL_FRAME_ANCESTORS ? { frameAncestors: env.GOOD_CALL_FRAME_ANCESTORS } : {}),
  };
}

/** The directives every page carries in its `<meta>`: all but those a meta tag cannot apply. */
export function metaPolicy(options: PolicyOptions): string {
  const lrs = origins('GOOD_CALL_LRS_ORIGIN', options.lrsOrigins, false);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Phaser builds its default textures (__DEFAULT, __MISSING, __WHITE) from data: URIs.
    "img-src 'self' data:",
    // Sounds are synthesised on the device and played from blob: URLs the page itself made (howler
    // reads them with a request, hence blob: for connect-src too); never data: URIs, never elsewhere.
    "media-src 'self' blob:",
    `connect-src ${["'self'", 'blob:', ...lrs].join(' ')}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The full policy, as a header: the meta policy and who may frame the pages. */
export function headerPolicy(options: PolicyOptions): string {
  const ancestors = options.target === 'web' ? ["'none'"] : origins('GOOD_CALL_FRAME_ANCESTORS', options.frameAncestors ?? '*', true);
  return `${metaPolicy(options)}; frame-ancestors ${ancestors.join(' ')}`;
}

/** Every response header the served app sends. */
export function securityHeaders(options: PolicyOptions): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': headerPolicy(options),
    ...(options.target === 'web' ? { 'X-Frame-Options': 'DENY' } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** The same headers as nginx `add_header` lines (README's deployment example). */
export function nginxLines(headers: Readonly<Record<string, string>>): string[] {
  return Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`);
}

/** The same headers as Apache `Header always set` lines (mod_headers). */
export function apacheLines(headers: Readonly<Record<string, string>>): string[] {
  return Object.entries(headers).map(([name, value]) => `Header always set ${name} "${value}"`);
}
