import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findActiveTab, siteOf } from '@/components/popup/active-tab';
import { DEFAULT_SETTINGS } from '@/utils/storage';

const settings = { ...DEFAULT_SETTINGS, userSites: [{ host: 'example.com', addedAt: 1 }], disabledSites: ['ft.com'] };

describe('the popup’s site', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['chrome://extensions/', { kind: 'none' }],
    ['https://www.reuters.com/markets/x', { kind: 'on', tabId: 3, host: 'reuters.com' }],
    ['https://markets.ft.com/data', { kind: 'off', tabId: 3, host: 'markets.ft.com' }],
    ['https://news.example.com/a', { kind: 'on', tabId: 3, host: 'news.example.com' }],
    ['https://example.org/', { kind: 'unsupported', tabId: 3, host: 'example.org' }],
  ])('%s → %j', (url, expected) => {
    expect(siteOf({ tabId: 3, ...(url ? { url } : {}) }, settings)).toEqual(expected);
  });
});

describe('findActiveTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('describes the tab named in ?tabId=, and nothing for a tab that is gone', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.cnbc.com/story' });
    expect(await findActiveTab(`?tabId=${tab.id}`)).toEqual({ tabId: tab.id, url: 'https://www.cnbc.com/story' });
    expect(await findActiveTab('?tabId=99999')).toEqual({});
  });
});
