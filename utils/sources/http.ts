/**
 * Downloads for the live sources: timeouts, size caps, conditional requests (ETag / If-Modified-Since), retries with
 * back-off, and one error type whose message a user can act on. Only the background calls this; page text is never
 * sent anywhere.
 */
import type { Validators } from './types';

export type SourceErrorCode =
  | 'timeout'
  | 'network'
  | 'http'
  | 'auth'
  | 'oversize'
  | 'truncated'
  | 'content-type'
  | 'malformed'
  | 'unsafe'
  | 'quota'
  | 'config'
  | 'permission';

/** A failure with a message fit for the options page, e.g. "HTTP 500 from 127.0.0.1: Internal Server Error". */
export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    readonly code: SourceErrorCode,
    message: string,
    /** Worth trying again soon (network, timeout, 5xx, 429). */
    readonly retryable = false,
  ) {
    super(message);
  }
}

export interface HttpOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Whole request including the body. */
  timeoutMs?: number;
  /** Larger bodies are refused (checked against Content-Length first, then while reading). */
  maxBytes?: number;
  validators?: Validators;
  /** Extra attempts after a retryable failure. */
  retries?: number;
  /** First back-off delay; each retry waits 4× longer. */
  backoffMs?: number;
  /** What the body should be, to refuse HTML error and login pages early. */
  expect?: 'json' | 'csv';
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export type HttpResult =
  | { notModified: true; validators: Validators }
  | { notModified: false; text: string; validators: Validators; bytes: number };

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 40 * 1024 * 1024;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_BACKOFF_MS = 1_000;

const sleepFor = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** The host a message names (never the query string, which may carry a key). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

/** One attempt. */
async function attempt(url: string, o: HttpOptions): Promise<HttpResult> {
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const headers: Record<string, string> = { ...o.headers };
  if (o.validators?.etag) headers['If-None-Match'] = o.validators.etag;
  if (o.validators?.lastModified) headers['If-Modified-Since'] = o.validators.lastModified;
  const timeout = () =>
    new SourceError('timeout', `No complete answer from ${hostOf(url)} within ${timeoutMs / 1000} s`, true);
  try {
    let res: Response;
    try {
      res = await (o.fetch ?? fetch)(url, {
        method: o.method ?? 'GET',
        headers,
        ...(o.body !== undefined ? { body: o.body } : {}),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
      });
    } catch (err) {
      if (timedOut) throw timeout();
      throw new SourceError('network', `Could not reach ${hostOf(url)} (${(err as Error).message})`, true);
    }
    const validators: Validators = {
      ...(res.headers.get('etag') ? { etag: res.headers.get('etag')! } : {}),
      ...(res.headers.get('last-modified') ? { lastModified: res.headers.get('last-modified')! } : {}),
    };
    if (res.status === 304) {
      void res.body?.cancel().catch(() => undefined);
      return { notModified: true, validators: { ...o.validators, ...validators } };
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      const what = `HTTP ${res.status} from ${hostOf(url)}${res.statusText ? `: ${res.statusText}` : ''}`;
      if (res.status === 401 || res.status === 403) throw new SourceError('auth', `${what} (check the API key or URL)`);
      throw new SourceError('http', what, res.status >= 500 || res.status === 429);
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    if (type.includes('text/html')) {
      void res.body?.cancel().catch(() => undefined);
      throw new SourceError(
        'content-type',
        `${hostOf(url)} answered with a web page (text/html), not ${o.expect === 'csv' ? 'CSV' : 'JSON'}: a login or error page?`,
      );
    }
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      throw new SourceError(
        'oversize',
        `The file from ${hostOf(url)} is ${mb(declared)}, over the ${mb(maxBytes)} limit`,
      );
    }
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    const reader = res.body?.getReader();
    if (reader) {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.byteLength;
          if (bytes > maxBytes) {
            void reader.cancel().catch(() => undefined);
            throw new SourceError('oversize', `The file from ${hostOf(url)} is over the ${mb(maxBytes)} limit`);
          }
          chunks.push(value);
        }
      } catch (err) {
        if (err instanceof SourceError) throw err;
        if (timedOut) throw timeout();
        throw new SourceError(
          'truncated',
          `The download from ${hostOf(url)} broke off after ${bytes} bytes (${(err as Error).message})`,
          true,
        );
      }
    }
    // Compressed bodies are counted after decoding, so only an uncompressed body can be checked against its header.
    if (!res.headers.get('content-encoding') && Number.isFinite(declared) && bytes < declared) {
      throw new SourceError(
        'truncated',
        `The download from ${hostOf(url)} is truncated: ${bytes} of ${declared} bytes arrived`,
        true,
      );
    }
    const all = new Uint8Array(bytes);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(all);
    } catch {
      throw new SourceError('malformed', `The file from ${hostOf(url)} is not UTF-8 text`);
    }
    return { notModified: false, text, validators, bytes };
  } finally {
    clearTimeout(timer);
  }
}

/** GET (or POST) with timeout, size cap, conditional headers and retries; throws {@link SourceError}. */
export async function download(url: string, options: HttpOptions = {}): Promise<HttpResult> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const sleep = options.sleep ?? sleepFor;
  let delay = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  for (let i = 0; ; i++) {
    try {
      return await attempt(url, options);
    } catch (err) {
      if (!(err instanceof SourceError) || !err.retryable || i >= retries) throw err;
      await sleep(delay);
      delay *= 4;
    }
  }
}

/** Parses a JSON body, naming the host and the position on failure (truncated or malformed). */
export function parseJsonBody(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SourceError('malformed', `The file from ${hostOf(url)} is not valid JSON (${(err as Error).message})`);
  }
}

/** Whether a URL is one GeoLens will download from: https anywhere, http only on this machine (tests, yente). */
export function checkSourceUrl(url: string): URL {
  let u: URL;
  if (!url.trim()) throw new SourceError('config', 'Enter the source’s URL first');
  try {
    u = new URL(url);
  } catch {
    throw new SourceError('config', `"${url}" is not a URL`);
  }
  const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local))
    throw new SourceError('config', `Use an https:// URL (http:// only for 127.0.0.1 or localhost): ${url}`);
  if (u.username || u.password) throw new SourceError('config', 'Put credentials in the API key field, not in the URL');
  return u;
}
