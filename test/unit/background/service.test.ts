import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundService, startBackgroundService } from '@/utils/background/service';
import { USER_SITES_SCRIPT_ID, type UserSiteApis } from '@/utils/background/user-sites';
import { removeAllListeners } from '@/utils/messaging/protocol';
import { loadHistory, saveSettings } from '@/utils/storage';
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
    service = startBackgroundService(async () => smallDataset, { userSiteApis: null });
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
    service = startBackgroundService(async () => smallDataset, { userSiteApis: site.apis });
    await service.settled();
    expect(site.registered()).toEqual(['*://*.example.com/*']);
    expect(site.apis.injectInto).toHaveBeenCalledWith(['*://*.example.com/*']);
    await saveSettings({ userSites: [] });
    await service.settled();
    expect(site.registered()).toBeUndefined();
  });
});
