// `?data=URL`: opens a graph file or partner table by address. Only http(s), a stated size limit, a
// timeout, and a clear message for each way it can fail; the bundled graph stays if it does.

export const DATA_PARAM_MAX_BYTES = 50 * 1024 * 1024;
export const DATA_PARAM_TIMEOUT_MS = 20_000;

export type FetchedFile = { ok: true; file: File } | { ok: false; error: string };

/** dataParam.readDataParam: the address in `?data=`, or null. */
export function readDataParam(search: string): string | null {
  return new URLSearchParams(search).get('data');
}

/** dataParam.fetchDataFile: fetches the address into a File, or says what went wrong. */
export async function fetchDataFile(
  address: string,
  base: string,
  { maxBytes = DATA_PARAM_MAX_BYTES, timeoutMs = DATA_PARAM_TIMEOUT_MS, fetcher = fetch } = {},
): Promise<FetchedFile> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return { ok: false, error: `data=${address}: not a valid address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, error: `data=${address}: only http and https addresses can be opened` };
  const limit =
    maxBytes >= 1048576 ? `${Math.round(maxBytes / 1048576)} MB` : `${Math.round(maxBytes / 1024)} kB`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetcher(url.toString(), { signal: controller.signal, credentials: 'omit' });
    } catch {
      return {
        ok: false,
        error: controller.signal.aborted
          ? `data=${url}: no answer within ${timeoutMs / 1000} s`
          : `data=${url}: could not be fetched (offline, or the server does not allow other sites to read it: CORS)`,
      };
    }
    if (!response.ok)
      return {
        ok: false,
        error: `data=${url}: the server answered ${response.status} ${response.statusText}`.trim(),
      };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes)
      return {
        ok: false,
        error: `data=${url}: too large (${Math.round(declared / 1048576)} MB; the limit is ${limit})`,
      };
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (reader) {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch {
          return {
            ok: false,
            error: controller.signal.aborted
              ? `data=${url}: no complete answer within ${timeoutMs / 1000} s`
              : `data=${url}: the download broke off`,
          };
        }
        if (next.done) break;
        size += next.value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          return { ok: false, error: `data=${url}: too large (more than ${limit}, the limit)` };
        }
        chunks.push(next.value);
      }
    }
    const name = decodeURIComponent(url.pathname.split('/').pop() || 'data') || 'data';
    return { ok: true, file: new File(chunks as BlobPart[], name) };
  } finally {
    clearTimeout(timer);
  }
}
