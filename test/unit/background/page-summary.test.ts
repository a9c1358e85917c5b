import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEntityCache } from '@/utils/background/entity-cache';
import { badgeText, badgeTitle, createPageSummaries } from '@/utils/background/page-summary';
import { parseDataset } from '@/utils/exposure/schema';
import { readRepoJson } from '../support/fixtures';

const cache = createEntityCache(parseDataset(readRepoJson('test/fixtures/datasets/small.json')));

beforeEach(() => fakeBrowser.reset());

describe('page summaries', () => {
  it('keeps each tab’s companies across frames and badges the High/Severe ones', async () => {
    const pages = createPageSummaries(Promise.resolve(cache));
    expect(cache.band('alibaba')).toMatch(/High|Severe/);
    await pages.report(7, 0, ['mp-materials']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    await pages.report(7, 3, ['alibaba', 'unknown-id']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('1');
    const summary = await pages.summary(7);
    expect(summary.entities.map((e) => e.entityId)).toEqual(['alibaba', 'mp-materials']);
    expect(summary.entities[0]).toMatchObject({ shortName: 'Alibaba', ticker: 'BABA' });
    expect(summary.highRisk).toBe(1);
  });

  it('survives a service-worker restart (session storage) and forgets closed tabs', async () => {
    await createPageSummaries(Promise.resolve(cache)).report(9, 0, ['alibaba']);
    const restarted = createPageSummaries(Promise.resolve(cache));
    expect((await restarted.summary(9)).entities).toHaveLength(1);
    await restarted.forgetTab(9);
    expect((await restarted.summary(9)).entities).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
  });

  it('adds the alert mark to every badge while there are alerts', async () => {
    let marked = false;
    const pages = createPageSummaries(Promise.resolve(cache), { marked: async () => marked });
    await pages.report(4, 0, ['alibaba']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('1');
    marked = true;
    await pages.refreshBadges();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('1!');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe(badgeTitle(1, true));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    marked = false;
    await pages.refreshBadges();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(badgeText(0, false)).toBe('');
    expect(badgeText(3, true)).toBe('3!');
    // The tooltip says what the number and the mark mean.
    expect(badgeTitle(0, false)).toBe('GeoLens');
    expect(badgeTitle(1, false)).toBe('GeoLens: 1 company on this page scores High or Severe');
    expect(badgeTitle(3, true)).toBe(
      'GeoLens: 3 companies on this page score High or Severe; a watched company has a new alert (open GeoLens to see it)',
    );
  });
});
