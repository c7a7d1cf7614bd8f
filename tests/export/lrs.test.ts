import { describe, expect, it } from 'vitest';
import { sendStatements, statementsUrl } from '../../src/export/lrs.js';

const settings = { endpoint: 'https://lrs.academy.example/xapi/', username: 'key', password: 's3cr3t-Pa55' };
const statements = Array.from({ length: 120 }, (_, i) => ({ id: `s-${i}` }));

function fakeFetch(answer: (n: number) => number) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(null, { status: answer(calls.length) });
  }) as unknown as typeof fetch;
  return { calls, impl };
}

describe('sending statements to an LRS', () => {
  it('posts them in batches to the statements resource with the xAPI version and Basic authentication', async () => {
    const { calls, impl } = fakeFetch(() => 200);
    expect(await sendStatements(statements, settings, impl)).toEqual({ ok: true, sent: 120, refused: [] });
    expect(calls.map((c) => c.url)).toEqual(Array(3).fill('https://lrs.academy.example/xapi/statements'));
    expect(calls.map((c) => (JSON.parse(String(c.init.body)) as unknown[]).length)).toEqual([50, 50, 20]);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['X-Experience-API-Version']).toBe('1.0.3');
    expect(headers.Authorization).toBe(`Basic ${btoa('key:s3cr3t-Pa55')}`);
    expect(calls[0]!.init.credentials).toBe('omit');
  });

  it('stops when the credentials are refused and says how many went, never with the password', async () => {
    const { impl } = fakeFetch((n) => (n === 2 ? 401 : 200));
    const result = await sendStatements(statements, settings, impl);
    expect(result).toEqual({ ok: false, sent: 50, refused: [], failure: { kind: 'refused', status: 401 } });
    expect(JSON.stringify(result)).not.toContain('s3cr3t');
  });

  it('goes on past a refused statement, sending the rest, and says which were refused', async () => {
    const calls: string[][] = [];
    const impl = (async (_url: string, init: RequestInit) => {
      const ids = (JSON.parse(String(init.body)) as { id: string }[]).map((s) => s.id);
      calls.push(ids);
      const bad = ids.includes('s-7') || ids.includes('s-61');
      return new Response(null, { status: bad ? (ids.includes('s-7') ? 409 : 400) : 200 });
    }) as unknown as typeof fetch;
    const result = await sendStatements(statements, settings, impl);
    expect(result).toEqual({
      ok: false,
      sent: 118,
      refused: [
        { id: 's-7', status: 409 },
        { id: 's-61', status: 400 },
      ],
    });
    // The third batch, after the refused ones, was still sent whole.
    expect(calls.at(-1)).toHaveLength(20);
  });

  it('reports an address that is not a URL, and an LRS that cannot be reached', async () => {
    expect(await sendStatements(statements, { ...settings, endpoint: 'lrs' }, fakeFetch(() => 200).impl)).toMatchObject({
      ok: false,
      failure: { kind: 'bad-endpoint' },
    });
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await sendStatements(statements, settings, failing)).toEqual({
      ok: false,
      sent: 0,
      refused: [],
      failure: { kind: 'unreachable' },
    });
    expect(statementsUrl('https://x.example/xapi///')).toBe('https://x.example/xapi/statements');
  });
});
