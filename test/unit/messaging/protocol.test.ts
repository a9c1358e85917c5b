import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundService, startBackgroundService } from '@/utils/background/service';
import { compilePackedMatcher } from '@/utils/detect/matcher';
import { parseDataset } from '@/utils/exposure/schema';
import { InvalidMessageError, validatePayload } from '@/utils/messaging/handle';
import { removeAllListeners, sendMessage } from '@/utils/messaging/protocol';
import { readWatchlist } from '@/utils/storage';
import { installChromeShim } from '../support/chrome-shim';
import { readRepoJson } from '../support/fixtures';

const fixture = parseDataset(readRepoJson('test/fixtures/datasets/small.json'));

describe('validatePayload', () => {
  it('accepts a well-formed payload', () => {
    expect(validatePayload('lookupEntity', { entityId: 'alibaba' })).toEqual({ entityId: 'alibaba' });
    expect(validatePayload('getWatchlist', undefined)).toBeUndefined();
  });

  it.each([
    ['lookupEntity', undefined, /Invalid payload for "lookupEntity": data: /],
    ['lookupEntity', { entityId: 42 }, /Invalid payload for "lookupEntity": data\.entityId: /],
    ['lookupEntity', { entityId: '<img src=x>' }, /data\.entityId: expected an entity id/],
    ['addToWatchlist', {}, /Invalid payload for "addToWatchlist": data\.entityId/],
    ['getDictionary', { surprise: true }, /Invalid payload for "getDictionary"/],
    ['saveSourceConfig', { id: 'embedded', enabled: false }, /data\.id: /],
    ['saveSourceConfig', { id: 'sec', cadenceHours: 0 }, /data\.cadenceHours: /],
    ['saveSourceConfig', { id: 'sec', enabled: 'yes' }, /data\.enabled: /],
    ['saveSourceConfig', { id: 'opensanctions', datasets: ['../etc'] }, /expected a dataset name/],
    ['refreshSource', { id: 'everything' }, /data\.id: /],
    ['testSource', { id: 'custom', apiKey: 'k'.repeat(201) }, /data\.apiKey: /],
  ] as const)('rejects %s with %j', (name, data, message) => {
    expect(() => validatePayload(name, data)).toThrow(InvalidMessageError);
    expect(() => validatePayload(name, data)).toThrow(message);
  });

  it('rejects an unknown message name', () => {
    expect(() => validatePayload('dropTables' as never, undefined)).toThrow(/Unknown message "dropTables"/);
  });
});

describe('background service over the message transport', () => {
  let service: BackgroundService;

  beforeEach(async () => {
    fakeBrowser.reset();
    installChromeShim();
    removeAllListeners();
    service = startBackgroundService({ dataset: async () => fixture }, { userSiteApis: null });
    await service.ready;
    await service.settled();
    return () => service.dispose();
  });

  it('answers a lookup with the scored card', async () => {
    const card = await sendMessage('lookupEntity', { entityId: 'alibaba' });
    expect(card).toMatchObject({ entityId: 'alibaba', name: 'Alibaba Group Holding Limited', inWatchlist: false });
    expect(card?.score).toBeGreaterThan(0);
    expect(card?.risks.map((r) => r.kind)).toEqual(['restricted-listing', 'state-military-ties']);
    expect(card?.risks.reduce((s, r) => s + r.points, 0)).toBeCloseTo(card?.score ?? 0, 0);
  });

  it('answers null for an unknown entity', async () => {
    expect(await sendMessage('lookupEntity', { entityId: 'no-such-company' })).toBeNull();
  });

  it('rejects a bad payload with a clear error, and keeps serving', async () => {
    await expect(sendMessage('lookupEntity', { entityId: 7 } as never)).rejects.toThrow(
      /Invalid payload for "lookupEntity": data\.entityId/,
    );
    expect(await sendMessage('lookupEntity', { entityId: 'mp-materials' })).not.toBeNull();
  });

  it('serves the packed dictionary, which compiles into a matcher in the tab', async () => {
    const dict = await sendMessage('getDictionary');
    expect(dict.dictionary.format).toBe(2);
    expect(dict.dictionary.entities.split('\n')).toContain('alibaba');
    const matcher = compilePackedMatcher(dict.dictionary);
    expect(matcher.find('Alibaba Group Holding Ltd (NYSE: BABA)').map((m) => [m.surface, m.entityId])).toEqual([
      ['Alibaba Group Holding Ltd', 'alibaba'],
      ['BABA', 'alibaba'],
    ]);
    expect(dict.version).toContain('2026-11-20');
    // Packed once per version: the same strings go to every tab.
    expect((await sendMessage('getDictionary')).dictionary).toEqual(dict.dictionary);
  });

  it('adds, lists by score, and removes watchlist entries; storage holds them', async () => {
    await sendMessage('addToWatchlist', { entityId: 'mp-materials' });
    const rows = await sendMessage('addToWatchlist', { entityId: 'alibaba' });
    expect(rows.map((r) => r.entityId)).toEqual(['alibaba', 'mp-materials']);
    expect(rows[0]).toMatchObject({ ticker: 'BABA', band: expect.any(String) });
    expect((await readWatchlist()).entries.map((w) => w.entityId)).toEqual(['mp-materials', 'alibaba']);
    expect((await sendMessage('lookupEntity', { entityId: 'alibaba' }))?.inWatchlist).toBe(true);

    const after = await sendMessage('removeFromWatchlist', { entityId: 'alibaba' });
    expect(after.map((r) => r.entityId)).toEqual(['mp-materials']);
  });

  it('does not duplicate an entry added twice at once', async () => {
    await Promise.all([
      sendMessage('addToWatchlist', { entityId: 'alibaba' }),
      sendMessage('addToWatchlist', { entityId: 'alibaba' }),
    ]);
    expect((await readWatchlist()).entries).toHaveLength(1);
  });

  it('refuses to add an unknown entity', async () => {
    await expect(sendMessage('addToWatchlist', { entityId: 'ghost' })).rejects.toThrow(/Unknown entity "ghost"/);
  });

  it('reports the embedded source status', async () => {
    expect(await sendMessage('getSourceStatus')).toEqual([
      expect.objectContaining({
        id: 'embedded',
        name: 'Test fixture',
        enabled: true,
        entityCount: fixture.entities.length,
        asOf: '2026-11-20',
      }),
    ]);
  });

  it('keeps valid watchlist entries when the stored value is partly corrupt, and reports the rest', async () => {
    await fakeBrowser.storage.local.set({
      watchlist: [{ entityId: 'alibaba', addedAt: 1, scoreAtAdd: 50 }, { entityId: 5 }, 'junk'],
    });
    expect((await sendMessage('getWatchlist')).map((r) => r.entityId)).toEqual(['alibaba']);
    const status = await sendMessage('getWatchlistStatus');
    expect(status.issues.map((i) => i.raw)).toEqual(['{"entityId":5}', '"junk"']);
    await sendMessage('dismissStorageIssues');
    expect((await sendMessage('getWatchlistStatus')).issues).toEqual([]);
  });

  it('searches by ticker and by the start of a name, best match first', async () => {
    expect((await sendMessage('searchEntities', { query: 'BABA' })).map((r) => r.entityId)).toEqual(['alibaba']);
    const byName = await sendMessage('searchEntities', { query: 'mp mat' });
    expect(byName[0]).toMatchObject({
      entityId: 'mp-materials',
      ticker: 'MP',
      inWatchlist: false,
      rank: 'name-prefix',
    });
    await sendMessage('addToWatchlist', { entityId: 'mp-materials' });
    expect((await sendMessage('searchEntities', { query: 'MP' }))[0]).toMatchObject({ inWatchlist: true });
    expect(await sendMessage('searchEntities', { query: '   ' })).toEqual([]);
  });

  it('imports rows, answering each one', async () => {
    await sendMessage('addToWatchlist', { entityId: 'alibaba' });
    const outcome = await sendMessage('importWatchlist', {
      rows: [
        { line: 2, ticker: 'BABA' },
        { line: 3, ticker: 'MP', addedAt: 1_700_000_000_000, scoreAtAdd: 3 },
        { line: 4, ticker: 'ZZZZ' },
        { line: 5, name: 'tencent music' },
      ],
    });
    expect(outcome.results.map((r) => [r.line, r.status, r.entityId])).toEqual([
      [2, 'already', 'alibaba'],
      [3, 'added', 'mp-materials'],
      [4, 'unknown', undefined],
      [5, 'added', 'tme'],
    ]);
    expect(outcome.rows.find((r) => r.entityId === 'mp-materials')).toMatchObject({
      addedAt: 1_700_000_000_000,
      scoreAtAdd: 3,
    });
  });

  it('answers the scoring inputs of the preview companies', async () => {
    const [sample] = await sendMessage('getScoringSamples', { entityIds: ['alibaba', 'nobody'] });
    expect(sample).toMatchObject({ entityId: 'alibaba', shortName: 'Alibaba', ticker: 'BABA' });
    expect(sample?.factors.map((f) => f.kind)).toEqual(['restricted-listing', 'state-military-ties']);
  });

  it('rejects an oversized import and a search with a bad limit', async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => ({ line: i + 1, ticker: 'BABA' }));
    await expect(sendMessage('importWatchlist', { rows })).rejects.toThrow(/Invalid payload for "importWatchlist"/);
    await expect(sendMessage('searchEntities', { query: 'a', limit: 500 })).rejects.toThrow(/data\.limit/);
  });
});
