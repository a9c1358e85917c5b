/**
 * Issue 16: a card stays while the reader wants it. On a live blog whose script replaces the text node of a mention
 * every second (test/fixtures/pages/card-live/live.js), a card opened by resting the pointer there stays open; a
 * pinned card stays when the pointer crosses another mention, until it is closed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardOf,
  type Harness,
  highlightedTexts,
  hoverText,
  pointerAway,
  startHarness,
  waitUntil,
} from './support/harness';

/** Past the default hover delay (300 ms) and its prefetch, with room for a busy machine. */
const PAST_HOVER_DELAY_MS = 1200;

let h: Harness;
let page: Page;

const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);

/** Samples the open card's company every 100 ms for `ms`: what a reader would have seen. */
async function watchCard(ms: number): Promise<(string | null)[]> {
  const seen: (string | null)[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    seen.push(await cardOf(page).entity());
    await page.waitForTimeout(100);
  }
  return seen;
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage('/card-live/');
  await waitUntil(
    () => highlightedTexts(page),
    (t) => t.includes('Alibaba') && t.includes('Nvidia'),
  );
});
afterAll(async () => {
  await h?.close();
});

describe('a card on a live page', () => {
  it('stays open while the pointer rests on a mention the page re-renders every second', async () => {
    await hoverText(page, 'Alibaba', { scope: '#live' });
    await expect.poll(() => cardOf(page).entity()).toBe('alibaba');
    const before = await renders();
    const seen = await watchCard(3500);
    // Positive control: the page did replace the mention's text node, three times or more, meanwhile.
    expect((await renders()) - before).toBeGreaterThanOrEqual(3);
    expect(seen.filter((e) => e !== 'alibaba')).toEqual([]);
    // It still sits beside the mention (not at the corner of the window where a dead range would put it).
    const mention = await page.evaluate(() => document.getElementById('live')?.getBoundingClientRect().bottom ?? 0);
    const box = await cardOf(page).root.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(mention);
    expect(box?.y).toBeLessThan(mention + 40);
  });

  it('closes as before when the pointer leaves (the re-render does not pin it)', async () => {
    await pointerAway(page);
    await expect.poll(() => cardOf(page).root.count()).toBe(0);
  });

  it('switches to another mention when not pinned (positive control for the pinned case)', async () => {
    await hoverText(page, 'Alibaba', { scope: '#live' });
    await expect.poll(() => cardOf(page).entity()).toBe('alibaba');
    await hoverText(page, 'Tencent', { scope: '#other' });
    await expect.poll(() => cardOf(page).entity()).toBe('tencent');
    await pointerAway(page);
    await expect.poll(() => cardOf(page).root.count()).toBe(0);
  });

  it('keeps a pinned card when the pointer crosses another mention, and through re-renders, until closed', async () => {
    await hoverText(page, 'Alibaba', { scope: '#live' });
    await expect.poll(() => cardOf(page).entity()).toBe('alibaba');
    const pin = cardOf(page).root.locator('button.pin');
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    // Cross Tencent and rest there: a hover card would switch (see the control above); a pinned one stays.
    await hoverText(page, 'Tencent', { scope: '#other' });
    await page.waitForTimeout(PAST_HOVER_DELAY_MS);
    const before = await renders();
    const seen = await watchCard(2200);
    expect((await renders()) - before).toBeGreaterThanOrEqual(2);
    expect(seen.filter((e) => e !== 'alibaba')).toEqual([]);
    await pointerAway(page);
    await page.waitForTimeout(PAST_HOVER_DELAY_MS);
    expect(await cardOf(page).entity()).toBe('alibaba');
    await cardOf(page).root.locator('button.close').click();
    await expect.poll(() => cardOf(page).root.count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
