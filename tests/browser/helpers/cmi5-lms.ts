/**
 * What a cmi5 LMS does around an AU, for the tests: Learning Locker's statement store (the
 * `xapi-statements` package, run under Node with its memory store) as the LRS, and in front of it a
 * small LMS on another port that issues one-time tokens at the fetch URL, serves the `LMS.LaunchData`
 * state document and the learner's `cmi5LearnerPreferences` agent profile, keeps the AU's own state
 * documents, writes the `launched` statement, frames the AU in its launch page, and passes the
 * statement requests through to the LRS. All on 127.0.0.1.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const LRS_AUTH = `Basic ${Buffer.from('lms:lrs-secret').toString('base64')}`;
export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Learning Locker's xapi-statements with its memory store; resolves once it says it is ready. */
async function startLrs(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const storage = mkdtempSync(path.join(tmpdir(), 'good-call-lrs-'));
  const child: ChildProcess = fork(path.join(ROOT, 'node_modules', 'xapi-statements', 'dist', 'index.js'), [], {
    cwd: storage,
    env: {
      ...process.env,
      EXPRESS_PORT: String(port),
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: storage,
      EXPRESS_MORGAN_DIRECTORY: path.join(storage, 'logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
      NODE_NO_WARNINGS: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message) => message === 'ready' && resolve());
    child.on('exit', (code) => reject(new Error(`the LRS stopped (${code}): ${errors}`)));
  });
  return { url: `http://127.0.0.1:${port}/xAPI/`, stop: () => child.kill() };
}

function body(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

export interface Registration {
  readonly registration: string;
  readonly actor: { objectType: 'Agent'; account: { homePage: string; name: string }; name: string };
  readonly auId: string;
  launchData: Record<string, unknown>;
}

export interface Cmi5Lms {
  /** The LMS's origin, for the AU build's CSP. */
  readonly origin: string;
  readonly lrsUrl: string;
  /** Enrols a learner in the AU: a registration with its launch data. */
  register(auId: string, launchData: Record<string, unknown>): Registration;
  /** Writes `launched` and gives the LMS page that frames the AU with fresh launch parameters. */
  launch(registration: Registration, auUrl: string): Promise<string>;
  /** The LRS's statements for a registration, oldest first. */
  statements(registration: Registration): Promise<Record<string, unknown>[]>;
  /** The AU's own state document, as the LMS keeps it. */
  state(registration: Registration, stateId: string): unknown;
  /** Requests the AU made to the LMS that it answered with an error. */
  readonly refused: string[];
  close(): Promise<void>;
}

export async function startCmi5Lms(): Promise<Cmi5Lms> {
  const lrs = await startLrs();
  const registrations = new Map<string, Registration>();
  const tokens = new Map<string, { registration: string; used: boolean }>();
  const documents = new Map<string, string>();
  const issued = new Set<string>();
  const refused: string[] = [];
  let origin = '';

  const toLrs = (method: string, pathAndQuery: string, payload?: Buffer, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      const url = new URL(pathAndQuery, lrs.url);
      const req = httpRequest(
        url,
        {
          method,
          headers: {
            ...headers,
            Authorization: LRS_AUTH,
            'X-Experience-API-Version': '1.0.3',
            ...(payload ? { 'Content-Length': String(payload.length) } : {}),
          },
        },
        async (res) =>
          resolve({
            status: res.statusCode ?? 500,
            headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
            body: await body(res),
          }),
      );
      req.on('error', reject);
      req.end(payload);
    });

  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
    'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
    'Access-Control-Expose-Headers': 'ETag, X-Experience-API-Version',
  };
  const send = (response: ServerResponse, status: number, payload: unknown, type = 'application/json'): void => {
    response.writeHead(status, { ...cors, 'Content-Type': type, 'X-Experience-API-Version': '1.0.3' });
    response.end(typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload));
  };

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const payload = await body(request);
    const fail = (status: number, why: string): void => {
      refused.push(`${request.method} ${url.pathname}: ${why}`);
      send(response, status, { error: why });
    };
    if (request.method === 'OPTIONS') return send(response, 204, '');
    if (url.pathname === '/favicon.ico') return send(response, 204, '');
    if (url.pathname === '/launch') {
      const au = url.searchParams.get('au') ?? '';
      return send(
        response,
        200,
        `<!doctype html><html lang="en"><title>LMS</title><iframe src="${au.replace(/"/g, '&quot;')}" title="course" style="width:1300px;height:700px"></iframe></html>`,
        'text/html',
      );
    }
    if (url.pathname.startsWith('/fetch/')) {
      const token = tokens.get(url.pathname.slice('/fetch/'.length));
      if (request.method !== 'POST' || !token) return fail(400, 'no such fetch URL');
      if (token.used) return send(response, 200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      token.used = true;
      const auth = Buffer.from(`au:${randomUUID()}`).toString('base64');
      issued.add(`Basic ${auth}`);
      return send(response, 200, { 'auth-token': auth });
    }
    if (!url.pathname.startsWith('/xapi/')) return fail(404, 'not found');
    if (!issued.has(String(request.headers.authorization))) return fail(401, 'not a token this LMS issued');
    const resource = url.pathname.slice('/xapi/'.length);
    if (resource === 'activities/state') {
      const registration = registrations.get(url.searchParams.get('registration') ?? '');
      const stateId = url.searchParams.get('stateId') ?? '';
      if (!registration || url.searchParams.get('activityId') !== registration.auId) return fail(400, 'unknown registration or activity');
      if (stateId === 'LMS.LaunchData')
        return request.method === 'GET' ? send(response, 200, registration.launchData) : fail(403, 'LMS.LaunchData is the LMS’s');
      const key = `${registration.registration}|${stateId}`;
      if (request.method === 'GET') return documents.has(key) ? send(response, 200, documents.get(key)) : send(response, 404, '');
      if (request.method === 'PUT' || request.method === 'POST') {
        const merged =
          request.method === 'POST' && documents.has(key)
            ? { ...JSON.parse(documents.get(key)!), ...JSON.parse(payload.toString()) }
            : JSON.parse(payload.toString());
        documents.set(key, JSON.stringify(merged));
        return send(response, 204, '');
      }
      if (request.method === 'DELETE') {
        documents.delete(key);
        return send(response, 204, '');
      }
    }
    if (resource === 'agents/profile' && url.searchParams.get('profileId') === 'cmi5LearnerPreferences')
      return send(response, 200, { languagePreference: 'en-US,es-US', audioPreference: 'off' });
    if (resource === 'statements' || resource === 'about' || resource.startsWith('activities')) {
      const answer = await toLrs(request.method ?? 'GET', `${resource}${url.search}`, payload.length ? payload : undefined, {
        'Content-Type': String(request.headers['content-type'] ?? 'application/json'),
      });
      if (answer.status >= 400) refused.push(`${request.method} ${resource}: ${answer.status} ${answer.body.toString().slice(0, 300)}`);
      response.writeHead(answer.status, { ...cors, 'Content-Type': answer.headers['content-type']!, 'X-Experience-API-Version': '1.0.3' });
      return response.end(answer.body);
    }
    return fail(404, `no ${resource}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    lrsUrl: lrs.url,
    refused,
    register(auId, launchData) {
      const registration: Registration = {
        registration: randomUUID(),
        actor: {
          objectType: 'Agent',
          account: { homePage: 'https://lms.academy.example', name: `learner-${randomUUID().slice(0, 8)}` },
          name: 'Recruit',
        },
        auId,
        launchData,
      };
      registrations.set(registration.registration, registration);
      return registration;
    },
    async launch(registration, auUrl) {
      const session = randomUUID();
      const template: Record<string, unknown> = {
        ...(registration.launchData.contextTemplate as Record<string, unknown>),
        extensions: { [SESSION_ID]: session },
      };
      registration.launchData = { ...registration.launchData, contextTemplate: template };
      const launched = {
        id: randomUUID(),
        actor: registration.actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
        object: { objectType: 'Activity', id: registration.auId },
        context: {
          registration: registration.registration,
          contextActivities: {
            ...(template.contextActivities as object),
            category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
          },
          extensions: {
            [SESSION_ID]: session,
            'https://w3id.org/xapi/cmi5/context/extensions/launchmode': registration.launchData.launchMode,
            'https://w3id.org/xapi/cmi5/context/extensions/moveon': registration.launchData.moveOn,
            ...(registration.launchData.masteryScore !== undefined
              ? { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': registration.launchData.masteryScore }
              : {}),
          },
        },
        timestamp: new Date().toISOString(),
      };
      const posted = await toLrs('POST', 'statements', Buffer.from(JSON.stringify(launched)), { 'Content-Type': 'application/json' });
      if (posted.status !== 200) throw new Error(`the LRS refused launched: ${posted.body.toString()}`);
      const token = randomUUID();
      tokens.set(token, { registration: registration.registration, used: false });
      const query = new URLSearchParams({
        endpoint: `${origin}/xapi/`,
        fetch: `${origin}/fetch/${token}`,
        actor: JSON.stringify(registration.actor),
        registration: registration.registration,
        activityId: registration.auId,
      });
      const au = `${auUrl}${auUrl.includes('?') ? '&' : '?'}${query.toString()}`;
      return `${origin}/launch?${new URLSearchParams({ au }).toString()}`;
    },
    async statements(registration) {
      const answer = await toLrs('GET', `statements?registration=${registration.registration}&ascending=true&limit=500`);
      return (JSON.parse(answer.body.toString()) as { statements: Record<string, unknown>[] }).statements;
    },
    state(registration, stateId) {
      const text = documents.get(`${registration.registration}|${stateId}`);
      return text === undefined ? undefined : JSON.parse(text);
    },
    async close() {
      lrs.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
