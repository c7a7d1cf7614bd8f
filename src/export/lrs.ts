/**
 * Sending xAPI statements to a learning record store an instructor configured. Off unless an
 * endpoint is given; the credentials go only into the request's Authorization header, never into a
 * message, a log or an export.
 */
import type { XapiStatement } from './xapi-statements.js';

export interface LrsSettings {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.academy.example/xapi/`. */
  readonly endpoint: string;
  readonly username: string;
  readonly password: string;
}

/** Why sending stopped: an address that is not a URL, an LRS that could not be reached, or its answer. */
export type LrsFailure =
  { readonly kind: 'bad-endpoint' } | { readonly kind: 'unreachable' } | { readonly kind: 'refused'; readonly status: number };

export type LrsResult =
  { readonly ok: true; readonly sent: number } | { readonly ok: false; readonly sent: number; readonly failure: LrsFailure };

/** Statements per request: LRSs accept batches, and a failure loses no more than one. */
const BATCH = 50;

export function statementsUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/statements`;
}

function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export async function sendStatements(
  statements: readonly XapiStatement[],
  settings: LrsSettings,
  fetchImpl: typeof fetch = fetch,
): Promise<LrsResult> {
  let url: string;
  try {
    url = new URL(statementsUrl(settings.endpoint)).toString();
  } catch {
    return { ok: false, sent: 0, failure: { kind: 'bad-endpoint' } };
  }
  let sent = 0;
  for (let i = 0; i < statements.length; i += BATCH) {
    const batch = statements.slice(i, i + BATCH);
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          Authorization: basicAuth(settings.username, settings.password),
        },
        body: JSON.stringify(batch),
        credentials: 'omit',
      });
    } catch {
      // A network or policy failure (the page's security policy blocks an LRS the build does not name).
      return { ok: false, sent, failure: { kind: 'unreachable' } };
    }
    if (!response.ok) return { ok: false, sent, failure: { kind: 'refused', status: response.status } };
    sent += batch.length;
  }
  return { ok: true, sent };
}
