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

/** A statement the LRS would not take (a changed re-send, 409; one it finds invalid, 400), and its answer. */
export interface RefusedStatement {
  readonly id: string;
  readonly status: number;
}

export interface LrsResult {
  /** Every statement was taken. */
  readonly ok: boolean;
  readonly sent: number;
  /** Statements refused one by one: the others were still sent. */
  readonly refused: readonly RefusedStatement[];
  /** Why sending stopped before the end, if it did (bad address, no LRS, wrong credentials, the LRS failing). */
  readonly failure?: LrsFailure;
}

/** Statements per request: LRSs accept batches; a refused batch is sent again one statement at a time. */
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

/** An answer about the statements themselves: others may still be taken. Wrong credentials or a failing LRS stop everything. */
function aboutTheStatements(status: number): boolean {
  return status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 404 && status !== 429;
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
    return { ok: false, sent: 0, refused: [], failure: { kind: 'bad-endpoint' } };
  }
  const post = async (body: readonly XapiStatement[]): Promise<number | undefined> => {
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          Authorization: basicAuth(settings.username, settings.password),
        },
        body: JSON.stringify(body),
        credentials: 'omit',
      });
      return response.status;
    } catch {
      // A network or policy failure (the page's security policy blocks an LRS the build does not name).
      return undefined;
    }
  };
  let sent = 0;
  const refused: RefusedStatement[] = [];
  const stop = (failure: LrsFailure): LrsResult => ({ ok: false, sent, refused, failure });
  for (let i = 0; i < statements.length; i += BATCH) {
    const batch = statements.slice(i, i + BATCH);
    const status = await post(batch);
    if (status === undefined) return stop({ kind: 'unreachable' });
    if (status >= 200 && status < 300) {
      sent += batch.length;
      continue;
    }
    if (!aboutTheStatements(status)) return stop({ kind: 'refused', status });
    // One statement in the batch is refused: find which, and send the rest.
    for (const statement of batch) {
      const one = await post([statement]);
      if (one === undefined) return stop({ kind: 'unreachable' });
      if (one >= 200 && one < 300) sent++;
      else if (aboutTheStatements(one)) refused.push({ id: String(statement.id ?? '?'), status: one });
      else return stop({ kind: 'refused', status: one });
    }
  }
  return { ok: refused.length === 0, sent, refused };
}
