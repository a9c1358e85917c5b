import { describe, expect, it, vi } from 'vitest';
import { siteOfGrantedPattern, syncUserSiteScripts, type UserSiteApis } from '@/utils/background/user-sites';

function apis(granted: string[], registered?: string[]) {
  let current = registered;
  const a: UserSiteApis = {
    getRegistered: async () => (current ? [{ id: 'geolens-user-sites', matches: current }] : []),
    register: vi.fn(async (m) => {
      current = m;
    }),
    update: vi.fn(async (m) => {
      current = m;
    }),
    unregister: vi.fn(async () => {
      current = undefined;
    }),
    hasAccess: async (p) => granted.includes(p),
    injectInto: vi.fn(async () => undefined),
    watchAccess: () => () => undefined,
  };
  return a;
}

describe('syncUserSiteScripts', () => {
  it('registers once for all granted sites and injects into open tabs of new ones', async () => {
    const a = apis(['*://*.example.com/*', '*://10.0.0.5/*']);
    const result = await syncUserSiteScripts(
      [
        { host: 'example.com', addedAt: 1 },
        { host: '10.0.0.5', addedAt: 1 },
        { host: 'nope.org', addedAt: 1 },
      ],
      a,
    );
    expect(result).toEqual({ registered: ['*://*.example.com/*', '*://10.0.0.5/*'], withoutAccess: ['nope.org'] });
    expect(a.register).toHaveBeenCalledOnce();
    expect(a.injectInto).toHaveBeenCalledWith(['*://*.example.com/*', '*://10.0.0.5/*']);
  });

  it('updates, leaves alone, or unregisters an existing registration', async () => {
    const a = apis(['*://*.example.com/*', '*://*.news.test/*'], ['*://*.example.com/*']);
    await syncUserSiteScripts([{ host: 'example.com', addedAt: 1 }], a);
    expect(a.update).not.toHaveBeenCalled();
    expect(a.register).not.toHaveBeenCalled();
    await syncUserSiteScripts(
      [
        { host: 'example.com', addedAt: 1 },
        { host: 'news.test', addedAt: 2 },
      ],
      a,
    );
    expect(a.update).toHaveBeenCalledWith(['*://*.example.com/*', '*://*.news.test/*']);
    expect(a.injectInto).toHaveBeenLastCalledWith(['*://*.news.test/*']);
    await syncUserSiteScripts([], a);
    expect(a.unregister).toHaveBeenCalledOnce();
  });
});

describe('siteOfGrantedPattern', () => {
  it.each([
    ['*://*.example.com/*', 'example.com'],
    ['https://www.example.com/*', 'example.com'],
    ['*://10.0.0.5/*', '10.0.0.5'],
    ['*://*/*', undefined],
    ['<all_urls>', undefined],
    ['*://*.reuters.com/*', undefined],
    ['*://*.example.com/path/*', undefined],
  ])('%s → %s', (pattern, host) => {
    expect(siteOfGrantedPattern(pattern)).toBe(host);
  });
});
