/**
 * Who may call what (utils/messaging/handle.ts): every background call × every kind of sender, through the real
 * transport. A content script may make only the calls a page needs; everything else needs one of GeoLens's own pages;
 * other extensions get nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundService, startBackgroundService } from '@/utils/background/service';
import {
  CONTENT_SCRIPT_CALLS,
  checkSender,
  ForbiddenSenderError,
  type OwnExtension,
  senderKind,
} from '@/utils/messaging/handle';
import { payloadSchemas } from '@/utils/messaging/payloads';
import { type BackgroundCall, removeAllListeners, sendMessage } from '@/utils/messaging/protocol';
import { alertsItem } from '@/utils/storage/alerts';
import { installChromeShim, POPUP_SENDER } from '../support/chrome-shim';
import { smallDataset } from '../support/services';

const OWN: OwnExtension = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };

type Sender = chrome.runtime.MessageSender;
const SENDERS: Record<string, { sender: Sender; kind: 'page' | 'content' | 'refused' }> = {
  popup: { sender: POPUP_SENDER, kind: 'page' },
  'options in a tab': {
    sender: { id: OWN.id, url: 'chrome-extension://test-extension-id/options.html', tab: { id: 4 } as never },
    kind: 'page',
  },
  'content script': {
    sender: { id: OWN.id, url: 'https://news.example/story', tab: { id: 7 } as never, frameId: 0 },
    kind: 'content',
  },
  'content script in a frame of an extension-like path': {
    sender: { id: OWN.id, url: 'https://evil.example/chrome-extension://test-extension-id/', tab: { id: 7 } as never },
    kind: 'content',
  },
  'content script without a URL': { sender: { id: OWN.id, tab: { id: 7 } as never }, kind: 'content' },
  'another extension': {
    sender: { id: 'other-extension-id', url: 'chrome-extension://other-extension-id/popup.html' },
    kind: 'refused',
  },
  'another extension claiming our page URL': {
    sender: { id: 'other-extension-id', url: 'chrome-extension://test-extension-id/popup.html' },
    kind: 'refused',
  },
  'no extension id': { sender: { url: 'chrome-extension://test-extension-id/popup.html' }, kind: 'refused' },
};

/** A valid payload of every call (the sender check comes first; these let allowed calls run). */
const PAYLOADS: Record<BackgroundCall, unknown> = {
  getDictionary: undefined,
  loadSignalsEngine: undefined,
  loadCardUi: undefined,
  lookupEntity: { entityId: 'alibaba' },
  getWatchlist: undefined,
  addToWatchlist: { entityId: 'alibaba' },
  removeFromWatchlist: { entityId: 'alibaba' },
  restoreToWatchlist: { entityId: 'alibaba' },
  getSourceStatus: undefined,
  saveSourceConfig: { id: 'sec', enabled: false },
  refreshSource: { id: 'sec' },
  confirmSourceRefresh: { id: 'sec' },
  dismissSourceRefresh: { id: 'sec' },
  testSource: { id: 'custom', url: 'https://attacker.example/feed.json' },
  reportPageMentions: { entityIds: ['alibaba'] },
  getPageSummary: { tabId: 7 },
  searchEntities: { query: 'ali' },
  importWatchlist: { rows: [] },
  getWatchlistStatus: undefined,
  dismissStorageIssues: undefined,
  getAlerts: undefined,
  clearAlerts: undefined,
  getScoringSamples: { entityIds: ['alibaba'] },
};

const CALLS = Object.keys(payloadSchemas) as BackgroundCall[];

describe('senderKind', () => {
  it.each([
    ['chrome-extension page', { id: 'a', url: 'chrome-extension://a/popup.html' }, 'extension-page'],
    [
      'moz-extension page (Firefox)',
      { id: 'geolens@geolens.dev', url: 'moz-extension://1f2e-uuid/options.html' },
      'extension-page',
    ],
    ['content script', { id: 'a', url: 'https://x.example/', tab: { id: 1 } }, 'content-script'],
    ['another extension', { id: 'b', url: 'chrome-extension://b/popup.html' }, 'other-extension'],
    ['unparsable URL', { id: 'a', url: 'not a url' }, 'content-script'],
  ] as const)('%s', (_, sender, kind) => {
    const own =
      sender.id === 'geolens@geolens.dev'
        ? { id: 'geolens@geolens.dev', baseUrl: 'moz-extension://1f2e-uuid/' }
        : { id: 'a', baseUrl: 'chrome-extension://a/' };
    expect(senderKind(sender as Sender, own)).toBe(kind);
  });

  it('lets a content script make only the calls a page needs', () => {
    expect([...CONTENT_SCRIPT_CALLS].sort()).toEqual([
      'addToWatchlist',
      'getDictionary',
      'loadCardUi',
      'loadSignalsEngine',
      'lookupEntity',
      'removeFromWatchlist',
      'reportPageMentions',
    ]);
  });

  it('refuses a call the allowlist does not name, as a new call would be', () => {
    expect(() => checkSender('brandNewCall' as never, SENDERS['content script']!.sender, OWN)).toThrow(
      ForbiddenSenderError,
    );
    expect(checkSender('brandNewCall' as never, POPUP_SENDER, OWN)).toBe('extension-page');
  });
});

describe('every call × every sender, over the transport', () => {
  let service: BackgroundService;
  let shim: ReturnType<typeof installChromeShim>;

  beforeEach(async () => {
    fakeBrowser.reset();
    shim = installChromeShim();
    removeAllListeners();
    service = startBackgroundService({ dataset: async () => smallDataset }, { userSiteApis: null });
    await service.ready;
    await service.settled();
    return () => service.dispose();
  });

  const table = Object.entries(SENDERS).flatMap(([who, { sender, kind }]) =>
    CALLS.map((call) => {
      const allowed = kind === 'page' || (kind === 'content' && CONTENT_SCRIPT_CALLS.has(call));
      return [call, who, allowed, sender] as const;
    }),
  );

  it.each(table)('%s from %s: allowed %s', async (call, _who, allowed, sender) => {
    shim.setSender(sender);
    const answer = (sendMessage as (name: string, data: unknown) => Promise<unknown>)(call, PAYLOADS[call]);
    if (allowed) {
      // Allowed calls may still fail for their own reasons (no live sources in this service), never for the sender.
      await answer.catch((err: Error) => expect(err.message).not.toMatch(/refused/));
    } else {
      await expect(answer).rejects.toThrow(
        kind(sender) === 'other'
          ? `"${call}" refused: GeoLens answers no other extension`
          : `"${call}" refused: it is answered only to GeoLens's own pages (popup, options), not to a content script`,
      );
    }
  });

  function kind(sender: Sender) {
    return sender.id === OWN.id ? 'own' : 'other';
  }

  it('a refused clearAlerts changes nothing', async () => {
    const alert = {
      id: 'alibaba:band-raised:1',
      at: 1,
      entityId: 'alibaba',
      name: 'Alibaba Group Holding Limited',
      kind: 'band-raised' as const,
      from: 'Elevated' as const,
      to: 'High' as const,
      message: 'Alibaba moved from Elevated to High',
    };
    await alertsItem.setValue([alert]);
    const before = await service.alerts.list();
    expect(before).toHaveLength(1);
    shim.setSender(SENDERS['content script']!.sender);
    await expect(sendMessage('clearAlerts')).rejects.toThrow(/refused/);
    expect(await service.alerts.list()).toEqual(before);
  });

  it('reportPageMentions takes the tab from the sender, never from the payload', async () => {
    shim.setSender({ id: OWN.id, url: 'https://news.example/', tab: { id: 7 } as never, frameId: 0 });
    await sendMessage('reportPageMentions', { entityIds: ['alibaba'], tabId: 99 } as never);
    shim.setSender(POPUP_SENDER);
    expect((await sendMessage('getPageSummary', { tabId: 7 })).entities.map((e) => e.entityId)).toEqual(['alibaba']);
    expect((await sendMessage('getPageSummary', { tabId: 99 })).entities).toEqual([]);
  });

  it('ignores a report from GeoLens’s own page, even one open in a tab', async () => {
    shim.setSender(SENDERS['options in a tab']!.sender);
    await sendMessage('reportPageMentions', { entityIds: ['alibaba'] });
    shim.setSender(POPUP_SENDER);
    expect((await sendMessage('getPageSummary', { tabId: 4 })).entities).toEqual([]);
  });
});
