import { describe, expect, it } from 'vitest';
import { fetchDataFile, readDataParam } from '../../src/features/import/dataParam';

const BASE = 'https://consortia.example/app/';
const respond =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, init);

describe('?data=URL', () => {
  it('refuses addresses that are not http(s)', async () => {
    expect(await fetchDataFile('javascript:alert(1)', BASE)).toEqual({
      ok: false,
      error: 'data=javascript:alert(1): only http and https addresses can be opened',
    });
    expect(await fetchDataFile('file:///etc/passwd', BASE)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/only http and https/),
    });
  });

  it('says what the server answered', async () => {
    expect(
      await fetchDataFile('g.json', BASE, {
        fetcher: respond('nope', { status: 404, statusText: 'Not Found' }),
      }),
    ).toEqual({
      ok: false,
      error: 'data=https://consortia.example/app/g.json: the server answered 404 Not Found',
    });
  });

  it('says a fetch failed (offline or CORS) and when it timed out', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchDataFile('https://other.example/g.json', BASE, { fetcher: failing })).toMatchObject({
      error: expect.stringMatching(
        /could not be fetched \(offline, or the server does not allow other sites to read it: CORS\)/,
      ),
    });
    const slow: typeof fetch = (_url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    expect(
      await fetchDataFile('https://slow.example/g.json', BASE, { fetcher: slow, timeoutMs: 20 }),
    ).toEqual({
      ok: false,
      error: 'data=https://slow.example/g.json: no answer within 0.02 s',
    });
  });

  it('refuses a file over the stated limit, declared or streamed', async () => {
    const big = 'x'.repeat(3000);
    expect(
      await fetchDataFile('g.json', BASE, {
        fetcher: respond(big, { headers: { 'content-length': '3000000' } }),
        maxBytes: 1048576,
      }),
    ).toEqual({
      ok: false,
      error: 'data=https://consortia.example/app/g.json: too large (3 MB; the limit is 1 MB)',
    });
    expect(await fetchDataFile('g.json', BASE, { fetcher: respond(big), maxBytes: 1000 })).toMatchObject({
      error: expect.stringMatching(/too large \(more than 1 kB, the limit\)/),
    });
  });

  it('gives the file with its name from the address', async () => {
    const result = await fetchDataFile('data/partners%20list.csv?x=1', BASE, { fetcher: respond('a,b\n') });
    expect(result.ok && result.file.name).toBe('partners list.csv');
    expect(result.ok && (await result.file.text())).toBe('a,b\n');
    expect(readDataParam('?view=network&data=https%3A%2F%2Fx.example%2Fg.gexf')).toBe(
      'https://x.example/g.gexf',
    );
  });
});
