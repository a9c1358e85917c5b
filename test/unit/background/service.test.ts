import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundService, startBackgroundService } from '@/utils/background/service';
import { USER_SITES_SCRIPT_ID, type UserSiteApis } from '@/utils/background/user-sites';
import { removeAllListeners } from '@/utils/messaging/protocol';
import { createMemoryStore } from '@/utils/sources/store';
import { loadHistory, saveSettings } from '@/utils/storage';
import { defaultSourceConfig, loadSourceConfigs, saveSourceConfig } from '@/utils/storage/sources';
import { installChromeShim } from '../support/chrome-shim';
import { smallDataset } from '../support/services';

function fakeSiteApis(granted: Set<string>) {
  let registered: { id: string; matches: string[] } | undefined;
  const apis: UserSiteApis = {
    getRegistered: async () => (registered ? [registered] : []),
    register: vi.fn(async (matches) => {
      registered = { id: USER_SITES_SCRIPT_ID, matches };
    }),
    update: vi.fn(async (matches) => {
      registered = { id: USER_SITES_SCRIPT_ID, matches };
    }),
    unregister: vi.fn(async () => {
      registered = undefined;
    }),
    hasAccess: async (p) => granted.has(p),
    injectInto: vi.fn(async () => undefined),
    watchAccess: () => () => undefined,
  };
  return { apis, registered: () => registered?.matches };
}

describe('background service', () => {
  let service: BackgroundService;
  beforeEach(() => {
    fakeBrowser.reset();
    installChromeShim();
    removeAllListeners();
    return () => service?.dispose();
  });

  it('rebuilds the scores when the weights change, and the history follows', async () => {
    service = startBackgroundService({ dataset: async () => smallDataset }, { userSiteApis: null });
    await service.watchlist.add('alibaba');
    const before = (await service.handlers.lookupEntity({ entityId: 'alibaba' }, {}))?.score ?? 0;
    await saveSettings({ weights: { 'restricted-listing': 0.1 } });
    await service.settled();
    const after = (await service.handlers.lookupEntity({ entityId: 'alibaba' }, {}))?.score ?? 0;
    expect(after).toBeLessThan(before);
    expect((await loadHistory()).alibaba?.map((p) => p[1])).toEqual([before, after]);
    // Invalid overrides (written around the validation) fall back to the defaults.
    await fakeBrowser.storage.local.set({ settings: { weights: { 'restricted-listing': 9 } } });
    await service.settled();
    expect((await service.handlers.lookupEntity({ entityId: 'alibaba' }, {}))?.score).toBe(before);
  });

  it('registers the content script for added sites it has access to, and unregisters it', async () => {
    const site = fakeSiteApis(new Set(['*://*.example.com/*']));
    await saveSettings({
      userSites: [
        { host: 'example.com', addedAt: 1 },
        { host: 'nogrant.org', addedAt: 2 },
      ],
    });
    service = startBackgroundService({ dataset: async () => smallDataset }, { userSiteApis: site.apis });
    await service.settled();
    expect(site.registered()).toEqual(['*://*.example.com/*']);
    expect(site.apis.injectInto).toHaveBeenCalledWith(['*://*.example.com/*']);
    await saveSettings({ userSites: [] });
    await service.settled();
    expect(site.registered()).toBeUndefined();
  });
});

describe('a stored API key goes only to the URL it was saved with', () => {
  const SAVED = 'https://feed.example/geolens.json';
  let service: BackgroundService;
  let sent: { url: string; authorization: string | null }[];

  beforeEach(async () => {
    fakeBrowser.reset();
    installChromeShim();
    removeAllListeners();
    sent = [];
    const fetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, authorization: new Headers(init.headers).get('authorization') });
      return new Response('not json', { status: 503 });
    }) as typeof globalThis.fetch;
    await saveSourceConfig('custom', { ...defaultSourceConfig('custom'), url: SAVED, apiKey: 'stored-secret-1234' });
    service = startBackgroundService(
      {
        snapshot: async () => smallDataset,
        sources: {
          store: createMemoryStore(),
          extensionVersion: 'test',
          alarms: null,
          hasOrigins: null,
          http: { fetch },
        },
      },
      { userSiteApis: null },
    );
    await service.settled();
    return () => service.dispose();
  });

  it('testSource attaches it for the saved URL (or none named), never for another', async () => {
    await service.handlers.testSource({ id: 'custom', url: SAVED }, {});
    await service.handlers.testSource({ id: 'custom' }, {});
    await service.handlers.testSource({ id: 'custom', url: 'https://attacker.example/collect' }, {});
    await service.handlers.testSource({ id: 'custom', url: 'https://feed.example/other.json' }, {});
    await service.handlers.testSource({ id: 'custom', url: 'https://attacker.example/x', apiKey: 'typed-now' }, {});
    expect(sent).toEqual([
      { url: SAVED, authorization: 'Bearer stored-secret-1234' },
      { url: SAVED, authorization: 'Bearer stored-secret-1234' },
      { url: 'https://attacker.example/collect', authorization: null },
      { url: 'https://feed.example/other.json', authorization: null },
      { url: 'https://attacker.example/x', authorization: 'Bearer typed-now' },
    ]);
  });

  it('saving another URL without a key forgets the stored one; the same URL keeps it', async () => {
    await service.handlers.saveSourceConfig({ id: 'custom', url: SAVED, cadenceHours: 12 }, {});
    expect((await loadSourceConfigs()).custom.apiKey).toBe('stored-secret-1234');
    await service.handlers.saveSourceConfig({ id: 'custom', url: 'https://elsewhere.example/feed.json' }, {});
    expect((await loadSourceConfigs()).custom.apiKey).toBeUndefined();
  });
});
