import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAlertService, detectAlerts, notificationFor, snapshotOf } from '@/utils/background/alerts';
import { createEntityCache } from '@/utils/background/entity-cache';
import type { Dataset } from '@/utils/exposure/schema';
import { type AlertSnapshot, loadAlertBaseline } from '@/utils/storage';
import { smallCache, smallDataset } from '../support/services';

beforeEach(() => fakeBrowser.reset());

const watched = [
  { entityId: 'alibaba', name: 'Alibaba', ticker: 'BABA' },
  { entityId: 'mp-materials', name: 'MP Materials', ticker: 'MP' },
  { entityId: 'tme', name: 'Tencent Music' },
];
const snap = (band: AlertSnapshot['band'], ...lists: string[]): AlertSnapshot => ({ band, lists });

describe('the alert rule', () => {
  it('alerts when a band goes up, and for each new restricted list', () => {
    const alerts = detectAlerts(
      { alibaba: snap('Elevated', 'DoD 1260H list'), 'mp-materials': snap('Low'), tme: snap('Guarded') },
      {
        alibaba: snap('High', 'DoD 1260H list', 'OFAC NS-CMIC list'),
        'mp-materials': snap('Low'),
        tme: snap('Guarded'),
      },
      watched,
      1000,
    );
    expect(alerts.map((a) => a.message)).toEqual([
      'Alibaba: exposure raised from Elevated to High',
      'Alibaba: added to the OFAC NS-CMIC list',
    ]);
    expect(alerts[0]).toMatchObject({ kind: 'band-raised', from: 'Elevated', to: 'High', ticker: 'BABA', at: 1000 });
    expect(alerts[1]).toMatchObject({ kind: 'listing-added', list: 'OFAC NS-CMIC list' });
  });

  it('stays quiet when a band goes down, a list is dropped, or a company is new to either side', () => {
    expect(
      detectAlerts(
        { alibaba: snap('High', 'DoD 1260H list'), tme: snap('Low') },
        { alibaba: snap('Elevated'), 'mp-materials': snap('Severe', 'OFAC SDN list') },
        watched,
        1,
      ),
    ).toEqual([]);
  });

  it('alerts only on watched companies', () => {
    expect(detectAlerts({ byd: snap('Low') }, { byd: snap('Severe') }, watched, 1)).toEqual([]);
  });

  it('says it in one notification, capping the lines', () => {
    const many = detectAlerts(
      Object.fromEntries(watched.map((w) => [w.entityId, snap('Low')])),
      Object.fromEntries(watched.map((w) => [w.entityId, snap('Severe', 'A', 'B')])),
      watched,
      1,
    );
    expect(many).toHaveLength(9);
    const n = notificationFor(many);
    expect(n.title).toBe('GeoLens: 9 watchlist alerts');
    expect(n.message.split('\n')).toHaveLength(5);
    expect(n.message).toMatch(/and 5 more/);
    expect(notificationFor(many.slice(0, 1)).title).toBe('GeoLens: a watched company changed');
  });

  it('takes bands and lists from the scored data', () => {
    expect(snapshotOf(smallCache(), 'alibaba')).toEqual({
      band: smallCache().band('alibaba'),
      lists: ['DoD 1260H list'],
    });
    expect(snapshotOf(smallCache(), 'nobody')).toBeUndefined();
  });
});

/** The small dataset after a refresh that puts Alibaba on the SDN list. */
function refreshed(): Dataset {
  const data = structuredClone(smallDataset);
  data.asOf = '2026-12-01';
  const alibaba = data.entities.find((e) => e.id === 'alibaba');
  alibaba?.factors.push({
    kind: 'restricted-listing',
    list: 'ofac-sdn',
    severity: 1,
    status: 'confirmed',
    direction: 'risk',
    summary: 'Designated',
    evidence: [{ title: 't', publisher: 'OFAC', url: 'https://ofac.treasury.gov/', date: '2026-12-01' }],
  });
  return data;
}

describe('the alert service', () => {
  const entries = [{ entityId: 'alibaba', name: 'Alibaba', ticker: 'BABA', addedAt: 1, scoreAtAdd: 50 }];

  it('takes a baseline first, then alerts, notifies and marks on a refresh', async () => {
    const marked = vi.fn();
    const service = createAlertService({ onMarkChanged: marked });
    expect(await service.onRebuilt(smallCache(), entries, true)).toEqual([]);
    expect((await loadAlertBaseline())?.version).toBe(smallCache().version);

    const next = createEntityCache(refreshed());
    const alerts = await service.onRebuilt(next, entries, true);
    expect(alerts.map((a) => a.kind)).toEqual(['band-raised', 'listing-added']);
    expect(await service.list()).toHaveLength(2);
    expect(await service.marked()).toBe(true);
    expect(marked).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toMatchObject({
      'geolens-alerts': { type: 'basic', title: 'GeoLens: 2 watchlist alerts' },
    });
    // The same data again: nothing new.
    expect(await service.onRebuilt(next, entries, true)).toEqual([]);

    await service.clear();
    expect(await service.list()).toEqual([]);
    expect(await service.marked()).toBe(false);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('stays quiet when alerts are off, but moves the baseline on', async () => {
    const service = createAlertService({ onMarkChanged: () => undefined });
    await service.onRebuilt(smallCache(), entries, false);
    expect(await service.onRebuilt(createEntityCache(refreshed()), entries, false)).toEqual([]);
    expect((await loadAlertBaseline())?.version).toBe(createEntityCache(refreshed()).version);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('never alerts on the user’s own weight changes', async () => {
    const service = createAlertService({ onMarkChanged: () => undefined });
    await service.onRebuilt(smallCache({ ...smallCache().weights, 'state-military-ties': 0 }), entries, true);
    expect(await service.onRebuilt(smallCache(), entries, true)).toEqual([]);
  });
});
