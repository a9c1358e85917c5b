/**
 * A local stand-in for the data sources' servers (node:http on 127.0.0.1, port 0): serves the fixture files of
 * test/fixtures/sources in their real formats with ETag / Last-Modified (and 304 on a matching conditional request),
 * answers OpenSanctions' `POST /match/{dataset}` like yente, and misbehaves on demand for the reliability tests:
 * slow, HTTP 500, wrong content type, a truncated body, malformed CSV/JSON, a 50 MB body (with or without Content-Length). Used by unit tests, E2E
 * and the benchmark; never reachable from outside this machine.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export type Fault = 'slow' | '500' | 'html' | 'truncated' | 'malformed' | 'huge' | 'huge-chunked' | 'always-304';

export interface SourceServer {
  origin: string;
  url(path: string): string;
  /** Makes every request under `prefix` misbehave (or behave again with `undefined`). */
  fault(prefix: string, fault?: Fault): void;
  /** Requests seen, oldest first. */
  requests: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  /**
   * Serves another file at exactly `path` (e.g. the real SEC file for the benchmark, a poisoned copy for the tests);
   * `undefined` serves the fixture again.
   */
  mount(path: string, file: string | undefined): void;
  /** Answers `POST /match/…` with this body instead of the built-in matches (`undefined`: the built-in ones). */
  matchAnswer(body: string | undefined): void;
  close(): Promise<void>;
}

export interface SourceServerOptions {
  /** How long "slow" waits before answering. */
  slowMs?: number;
  /** Answer `POST /match/…` only with `Authorization: ApiKey <this>` (the hosted API); no check when absent. */
  apiKey?: string;
  /** Bytes of the "huge" body. */
  hugeBytes?: number;
}

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};
const LAST_MODIFIED = 'Fri, 20 Nov 2026 00:00:00 GMT';

/** A yente-like answer: a few fixed matches by query name (the names tested below). */
function matchAnswer(body: string): unknown {
  const { queries } = JSON.parse(body) as { queries: Record<string, { properties: { name?: string[] } }> };
  const responses: Record<string, unknown> = {};
  for (const [key, q] of Object.entries(queries)) {
    const name = (q.properties.name ?? []).join(' ');
    const results = [];
    if (/acme/i.test(name))
      results.push({
        id: 'NK-acme',
        caption: 'ACME SANCTIONED HOLDINGS PJSC',
        schema: 'Company',
        score: 0.96,
        match: true,
        datasets: ['us_ofac_sdn'],
        properties: {
          name: ['ACME SANCTIONED HOLDINGS PJSC'],
          alias: ['ACME HOLDINGS'],
          country: ['ru'],
          topics: ['sanction'],
        },
      });
    if (/alphabet/i.test(name))
      results.push({
        id: 'NK-alpha',
        caption: 'ALPHABET INTERNATIONAL DMCC',
        schema: 'Company',
        score: 0.74,
        match: true,
        datasets: ['us_ofac_sdn'],
        properties: { name: ['ALPHABET INTERNATIONAL DMCC'], country: ['ae'], topics: ['sanction'] },
      });
    if (/globex/i.test(name))
      results.push({
        id: 'NK-globex',
        caption: 'Globex Shipping Ltd',
        schema: 'Company',
        score: 0.99,
        match: true,
        datasets: ['gr_news'],
        properties: { name: ['Globex Shipping Ltd'], topics: ['poi'] },
      });
    responses[key] = { status: 200, results, total: { value: results.length, relation: 'eq' } };
  }
  return { responses, limit: 5 };
}

export async function startSourceServer(dir: string, options: SourceServerOptions = {}): Promise<SourceServer> {
  const root = resolve(dir);
  const faults = new Map<string, Fault>();
  const mounts = new Map<string, string>();
  let matchBody: string | undefined;
  const requests: SourceServer['requests'] = [];
  const faultFor = (path: string) => [...faults].find(([prefix]) => path.startsWith(prefix))?.[1];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const fault = faultFor(path);
    if (fault === 'slow') await new Promise((ok) => setTimeout(ok, options.slowMs ?? 3000));
    if (res.destroyed) return;
    if (fault === '500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
    if (fault === 'always-304') return void res.writeHead(304).end();
    if (fault === 'html')
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Sign in</title>');
    if (fault === 'huge' || fault === 'huge-chunked') {
      const total = options.hugeBytes ?? 50 * 1024 * 1024;
      // "huge" says its size, as real servers do, so the client's cap trips before a byte is read (a test that
      // streams 50 MB depends on the machine's load); "huge-chunked" sends no length, for the streamed-bytes cap.
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        ...(fault === 'huge' ? { 'content-length': String(total) } : {}),
      });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < total && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => {
        sent = total;
      });
      return pump();
    }

    if (req.method === 'POST' && /^\/match\/[^/]+$/.test(path.replace(/^.*(?=\/match\/)/, ''))) {
      if (options.apiKey && req.headers.authorization !== `ApiKey ${options.apiKey}`)
        return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"detail":"Unauthorized"}');
      let body = '';
      for await (const part of req) body += part;
      if (fault === 'malformed')
        return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"responses": {');
      if (matchBody !== undefined)
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(matchBody);
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(matchAnswer(body)));
    }

    const mounted = [...mounts].find(([prefix]) => path === prefix)?.[1];
    const file = mounted ?? normalize(join(root, path));
    if (!mounted && !file.startsWith(root)) return void res.writeHead(403).end();
    let data: Buffer;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      data = readFileSync(file);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (fault === 'malformed') {
      const bad =
        extname(file) === '.json'
          ? '{"fields":["cik","name","ticker","exchange"],"data":[[1,"A'
          : '1,"unterminated\r\n2,3\r\n';
      return void res.writeHead(200, { 'content-type': type }).end(bad);
    }
    const etag = `"${createHash('sha1').update(data).digest('hex').slice(0, 16)}"`;
    if (!fault && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    const headers = {
      'content-type': type,
      etag,
      'last-modified': LAST_MODIFIED,
      'content-length': String(data.length),
    };
    if (fault === 'truncated') {
      res.writeHead(200, headers);
      res.write(data.subarray(0, Math.floor(data.length / 2)));
      // Let the first half leave, then drop the connection mid-body.
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.writeHead(200, headers).end(data);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    fault(prefix, fault) {
      if (fault) faults.set(prefix, fault);
      else faults.delete(prefix);
    },
    requests,
    mount(prefix, file) {
      if (file === undefined) mounts.delete(prefix);
      else mounts.set(prefix, file);
    },
    matchAnswer(body) {
      matchBody = body;
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
