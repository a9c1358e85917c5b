// @vitest-environment node
/**
 * Every live source against a local server serving fixtures in the real formats, and every fault the server can
 * produce: each one gives a clear error and leaves the last good data in place.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { unpackDictionary } from '@/utils/detect/prepare';
import type { LiveSourceId } from '@/utils/sources/types';
import { type Fault, type SourceServer, startSourceServer } from '../../../scripts/lib/source-server';
import { enable, factorsOf, managerForTests } from './helpers';

let server: SourceServer;
beforeAll(async () => {
  server = await startSourceServer('test/fixtures/sources', { slowMs: 1500 });
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.requests.length = 0;
});

const URLS = (): Record<LiveSourceId, string> => ({
  sec: server.url('/sec/company_tickers_exchange.json'),
  ofac: server.url('/ofac/'),
  csl: server.url('/csl/consolidated.csv'),
  opensanctions: server.url('/opensanctions/'),
  'opensanctions-match': server.origin,
  custom: server.url('/custom/feed.json'),
});

describe('each source against the local server', () => {
  it('SEC: every listing becomes detectable; a company only the SEC knows gets an entity and a card', async () => {
    const t = managerForTests();
    await enable('sec', URLS().sec);
    const v = await t.manager.refresh('sec');
    expect(v.entityCount).toBe(6);
    expect(v.error).toBeUndefined();
    const view = t.latest()!;
    const qx = view.entities.find((e) => e.id === 'sec-9990001')!;
    expect(qx).toMatchObject({
      name: 'Quuxbridge Robotics Inc',
      cik: 9990001,
      listings: [{ ticker: 'QXBR', exchange: 'NASDAQ' }],
    });
    expect(qx.hq).toBeUndefined();
    // No exchange in the file: the US composite market, not a guess.
    expect(view.entities.find((e) => e.id === 'sec-9990002')!.listings[0]!.exchange).toBe('US');
    // BABA joins the curated Alibaba instead of becoming a second company.
    expect(view.entities.some((e) => e.id === 'sec-1577552')).toBe(false);
    const dict = unpackDictionary(view.packed!);
    expect(dict.entityIds).toContain('sec-9990001');
    expect(dict.patText).toContain('Quuxbridge Robotics');
    expect(dict.listSymbol).toContain('QXBR');
  });

  it('OFAC: SDN with alt/add, non-SDN NS-CMIC by ticker, the 50% rule for subsidiaries, never Alphabet', async () => {
    const t = managerForTests();
    await enable('custom', URLS().custom);
    await enable('sec', URLS().sec);
    await enable('ofac', URLS().ofac);
    await t.manager.refresh('custom');
    await t.manager.refresh('sec');
    const v = await t.manager.refresh('ofac');
    expect(v.error).toBeUndefined();
    expect(v.entityCount).toBe(5); // 3 SDN entities + 2 NS-CMIC; people, vessels and the SSI bank are not scored
    expect(v.unscored).toEqual({ 'UKRAINE-EO13662': 1 });
    const view = t.latest()!;
    expect(factorsOf(view, 'acme-holdings')).toEqual([
      expect.objectContaining({ list: 'ofac-sdn', status: 'confirmed', listEntry: 'ACME SANCTIONED HOLDINGS PJSC' }),
    ]);
    expect(factorsOf(view, 'acme-sub')).toEqual([expect.objectContaining({ list: 'ofac-sdn', status: 'proposed' })]);
    expect(factorsOf(view, 'alphabet')).toEqual([]);
    expect(factorsOf(view, 'sec-9990001')).toEqual([
      expect.objectContaining({
        list: 'ofac-ns-cmic',
        since: '2026-01-10',
        listEntry: 'QUUXBRIDGE ROBOTICS CO., LTD.',
      }),
    ]);
    // Evidence is never the http test server: the list's official page instead.
    expect(factorsOf(view, 'acme-holdings')[0]!.evidence[0]!.url).toMatch(/^https:\/\//);
    expect(server.requests.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/ofac/sdn.csv', '/ofac/alt.csv', '/ofac/add.csv', '/ofac/consolidated/cons_prim.csv']),
    );
  });

  it('CSL: Entity List and MEU rows become factors; other lists are counted, people skipped', async () => {
    const t = managerForTests();
    await enable('custom', URLS().custom);
    await enable('csl', URLS().csl);
    await t.manager.refresh('custom');
    const v = await t.manager.refresh('csl');
    expect(v).toMatchObject({ entityCount: 2, unscored: { DPL: 1 } });
    const view = t.latest()!;
    expect(factorsOf(view, 'fictional-optics')).toEqual([
      expect.objectContaining({ list: 'bis-entity-list', since: '2024-03-01' }),
    ]);
    expect(factorsOf(view, 'acme-holdings')).toEqual([expect.objectContaining({ list: 'bis-meu' })]);
    // MEU does not reach subsidiaries.
    expect(factorsOf(view, 'acme-sub')).toEqual([]);
  });

  it('OpenSanctions datasets: targets.simple.csv per dataset, ISIN first', async () => {
    const t = managerForTests();
    await enable('custom', URLS().custom);
    await enable('opensanctions', URLS().opensanctions);
    await t.manager.refresh('custom');
    const v = await t.manager.refresh('opensanctions');
    expect(v.entityCount).toBe(3);
    expect(v.error).toBeUndefined();
    expect(factorsOf(t.latest(), 'fictional-optics')).toEqual([expect.objectContaining({ list: 'dod-1260h' })]);
    expect(server.requests.filter((r) => r.path.endsWith('targets.simple.csv'))).toHaveLength(3);
  });

  it('OpenSanctions match API (self-hosted yente, no key): only designations whose names equal the company’s', async () => {
    const t = managerForTests();
    await enable('custom', URLS().custom);
    await enable('opensanctions-match', URLS()['opensanctions-match'], { datasets: ['default'] });
    await t.manager.refresh('custom');
    const v = await t.manager.refresh('opensanctions-match');
    expect(v.error).toBeUndefined();
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe('/match/default');
    expect(post.headers.authorization).toBeUndefined();
    const view = t.latest()!;
    expect(factorsOf(view, 'acme-holdings')).toEqual([expect.objectContaining({ list: 'ofac-sdn' })]);
    // A 0.74 "match" on ALPHABET INTERNATIONAL DMCC is resemblance, not Alphabet Inc.; Globex's topic is no designation.
    expect(factorsOf(view, 'alphabet')).toEqual([]);
    expect(factorsOf(view, 'globex-shipping').map((f) => f.kind)).toEqual(['regulatory-action']);
  });

  it('OpenSanctions match API (hosted): sends the key as "Authorization: ApiKey …" and batches by 100', async () => {
    const hosted = await startSourceServer('test/fixtures/sources', { apiKey: 'k-123' });
    try {
      const t = managerForTests();
      await enable('opensanctions-match', hosted.origin, { datasets: ['default'] });
      const denied = await t.manager.refresh('opensanctions-match');
      expect(denied.error).toMatch(/HTTP 401.*API key/);
      await enable('opensanctions-match', hosted.origin, { datasets: ['default'], apiKey: 'k-123' });
      const ok = await t.manager.refresh('opensanctions-match');
      expect(ok.error).toBeUndefined();
      const posts = hosted.requests.filter((r) => r.method === 'POST');
      expect(posts.at(-1)!.headers.authorization).toBe('ApiKey k-123');
    } finally {
      await hosted.close();
    }
  });

  it('custom feed: a risk desk’s factors join the merged view and show their source on the card', async () => {
    const t = managerForTests();
    await enable('custom', URLS().custom);
    const v = await t.manager.refresh('custom');
    expect(v).toMatchObject({ entityCount: 5, asOf: '2026-11-22' });
    const globex = t.latest()!.entities.find((e) => e.id === 'globex-shipping')!;
    expect(globex.sources).toEqual(['Custom feed']);
    expect(globex.factors[0]!.kind).toBe('regulatory-action');
  });
});

const FAULTS: [Fault, RegExp][] = [
  ['slow', /No complete answer from 127\.0\.0\.1:\d+ within 0\.4 s/],
  ['500', /HTTP 500 from 127\.0\.0\.1:\d+: Internal Server Error/],
  ['html', /answered with a web page \(text\/html\)/],
  ['truncated', /broke off|truncated/],
  ['malformed', /not valid JSON|malformed CSV|quoted field .* never closed/],
  ['huge', /over the \d+ MB limit/],
];

describe.each([
  ['sec', '/sec/', 6],
  ['ofac', '/ofac/', 5],
  ['csl', '/csl/', 2],
  ['opensanctions', '/opensanctions/', 3],
  ['custom', '/custom/', 5],
] as const)('%s: a failed refresh keeps the last good data', (id, prefix, count) => {
  it.each(FAULTS)('%s', async (fault, message) => {
    const t = managerForTests();
    await enable(id, URLS()[id]);
    const good = await t.manager.refresh(id);
    expect(good.entityCount).toBe(count);
    const before = await t.store.getPayload(id);
    const builds = t.views.length;
    t.tick();
    server.fault(prefix, fault);
    try {
      const bad = await t.manager.refresh(id);
      expect(bad.error).toMatch(message);
      expect(bad.entityCount).toBe(count);
      expect(bad.lastSuccess).toBe(good.lastSuccess);
      expect(bad.lastAttempt).toBeGreaterThan(good.lastAttempt!);
    } finally {
      server.fault(prefix);
    }
    expect(await t.store.getPayload(id)).toEqual(before);
    // Nothing was rebuilt: the cache keeps serving the last good merged view.
    expect(t.views).toHaveLength(builds);
    // And the next good refresh clears the error.
    t.tick();
    expect((await t.manager.refresh(id)).error).toBeUndefined();
  });
});

describe('OpenSanctions match API: a failed screening keeps the last good hits', () => {
  it.each([
    ['500', /HTTP 500/],
    ['malformed', /not valid JSON/],
    ['slow', /No complete answer/],
    ['html', /web page/],
  ] as [Fault, RegExp][])('%s', async (fault, message) => {
    const t = managerForTests();
    await enable('custom', URLS().custom);
    await enable('opensanctions-match', URLS()['opensanctions-match'], { datasets: ['default'] });
    await t.manager.refresh('custom');
    const good = await t.manager.refresh('opensanctions-match');
    expect(good.entityCount).toBeGreaterThan(0);
    const before = await t.store.getPayload('opensanctions-match');
    t.tick();
    server.fault('/match/', fault);
    try {
      const bad = await t.manager.refresh('opensanctions-match');
      expect(bad.error).toMatch(message);
      expect(bad.entityCount).toBe(good.entityCount);
    } finally {
      server.fault('/match/');
    }
    expect(await t.store.getPayload('opensanctions-match')).toEqual(before);
    expect(factorsOf(t.latest(), 'acme-holdings')).toEqual([expect.objectContaining({ list: 'ofac-sdn' })]);
  });
});

describe('conditional requests, storage and the feed rules', () => {
  it('sends If-None-Match / If-Modified-Since; a 304 counts as a success and changes nothing', async () => {
    const t = managerForTests();
    await enable('sec', URLS().sec);
    await t.manager.refresh('sec');
    const builds = t.views.length;
    t.tick();
    const again = await t.manager.refresh('sec');
    const last = server.requests.at(-1)!;
    expect(last.headers['if-none-match']).toMatch(/^"[0-9a-f]+"$/);
    expect(last.headers['if-modified-since']).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
    expect(again.lastSuccess).toBe(again.lastAttempt);
    expect(t.views).toHaveLength(builds);
    // A server that answers 304 to everything keeps the stored data too.
    server.fault('/sec/', 'always-304');
    try {
      expect((await t.manager.refresh('sec')).entityCount).toBe(6);
    } finally {
      server.fault('/sec/');
    }
  });

  it('storage full (quota exceeded): a clear error, the last good data stays', async () => {
    const t = managerForTests();
    await enable('sec', URLS().sec);
    await t.manager.refresh('sec');
    await enable('sec', server.url('/sec/company_tickers_exchange.json?v=2'));
    t.store.failWrites = true;
    const v = await t.manager.refresh('sec');
    expect(v.error).toMatch(/Storage is full/);
    expect(v.entityCount).toBe(6);
    expect((await t.store.getPayload('sec'))?.payload).toMatchObject({ kind: 'sec' });
  });

  it('refuses a feed with a javascript: evidence link, whole, and keeps the last good feed', async () => {
    const t = managerForTests();
    await enable('custom', URLS().custom);
    await t.manager.refresh('custom');
    await enable('custom', server.url('/custom/feed-javascript.json'));
    const v = await t.manager.refresh('custom');
    expect(v.error).toMatch(/entities\[4\]\.factors\[0\]\.evidence\[0\]\.url: expected an https:\/\/ URL/);
    const stored = await t.store.getPayload('custom');
    expect(JSON.stringify(stored)).not.toContain('javascript:');
    expect(v.entityCount).toBe(5);
  });

  it('refuses http:// URLs other than this machine, and URLs with credentials', async () => {
    const t = managerForTests();
    await enable('sec', 'http://example.com/company_tickers_exchange.json');
    expect((await t.manager.refresh('sec')).error).toMatch(/Use an https:\/\/ URL/);
    const test = await t.manager.test('sec', { url: 'https://user:pw@example.com/x.json' });
    expect(test).toMatchObject({ ok: false, message: expect.stringMatching(/credentials/) });
  });

  it('Test connection validates without storing; a dead server is a clear failure', async () => {
    const t = managerForTests();
    const ok = await t.manager.test('sec', { url: URLS().sec });
    expect(ok).toMatchObject({ ok: true, count: 6, message: expect.stringMatching(/Connected: 6 companies/) });
    expect(await t.store.getPayload('sec')).toBeUndefined();
    const dead = await t.manager.test('sec', { url: 'http://127.0.0.1:9/company_tickers_exchange.json' });
    expect(dead).toMatchObject({ ok: false, message: expect.stringMatching(/Could not reach 127\.0\.0\.1:9/) });
  });

  it('a restarted worker loads the stored merged view without rebuilding; a disabled source leaves the view', async () => {
    const t = managerForTests();
    await enable('sec', URLS().sec);
    await t.manager.refresh('sec');
    const stored = await t.store.getMerged();
    // A new manager over the same store and settings: the service worker after a restart.
    const restarted = managerForTests({ store: t.store });
    const view = await restarted.manager.loadMerged();
    expect(view.version).toBe(stored!.version);
    expect(view.entities.some((e) => e.id === 'sec-9990001')).toBe(true);
    await restarted.manager.saveConfig('sec', { enabled: false });
    await restarted.manager.settled();
    expect(restarted.latest()!.entities.some((e) => e.id === 'sec-9990001')).toBe(false);
  });
});
