/**
 * GeoLens in a real Firefox (ESR, WebDriver BiDi): the demo page is marked exactly as in Chromium, hover and the
 * keyboard command open the card with its text, score and band, and "Add to watchlist" on the card reaches the popup
 * and storage.sync. Screenshots of the card and the popup go to test-results/screenshots/firefox/.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MENTIONS } from '../fixtures/pages/demo/mentions';
import { cardOf } from './support/card';
import { type Ext, extensionErrorLines, type FirefoxHarness, runCommand, startFirefoxHarness } from './support/harness';
import { highlightedInOrder, hoverText, knownMentions, overlaps, pointerAway, waitUntil } from './support/readers';

const BANDS = ['Low', 'Guarded', 'Elevated', 'High', 'Severe'];

let h: FirefoxHarness;
let page: Page;

beforeAll(async () => {
  h = await startFirefoxHarness();
  page = await h.newPage('/demo/');
  await waitUntil(
    () => knownMentions(page),
    (n) => n >= DEMO_MENTIONS.length,
  );
});
afterAll(async () => {
  await h?.close();
});

describe('the demo article in Firefox', () => {
  it('highlights exactly the company mentions, in every form', async () => {
    expect(await knownMentions(page)).toBe(DEMO_MENTIONS.length);
    // GeoLens paints what is near the viewport: a viewport taller than the page shows every mention at once.
    await page.setViewport({ width: 1280, height: 4000 });
    const painted = await waitUntil(
      () => highlightedInOrder(page),
      (texts) => texts.length >= DEMO_MENTIONS.length,
    );
    expect(painted).toEqual(DEMO_MENTIONS);
    await page.setViewport({ width: 1280, height: 860 });
  });

  it('opens the card on hover: name, score and band, beside the mention', async () => {
    const mention = await hoverText(page, 'Alibaba', { scope: 'h1' });
    const card = cardOf(page);
    await card.waitFor();
    expect(await card.entity()).toBe('alibaba');
    expect(await card.name()).toContain('Alibaba');
    const score = Number(await card.score());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(BANDS).toContain(await card.band());
    const box = await card.box();
    if (!box) throw new Error('the card has no box');
    expect(overlaps(mention, box)).toBe(false);
    expect(box.y + box.height).toBeLessThanOrEqual(860);
    await h.screenshot(page, 'card-alibaba');
  });

  it('closes with Escape', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOf(page).count()).toBe(0);
  });

  it('opens by keyboard (the next-mention command) with focus in the card; Escape closes it', async () => {
    await pointerAway(page);
    await page.click('.byline');
    await runCommand(h, page, 'next-mention');
    const card = cardOf(page);
    await card.waitFor();
    const first = await card.entity();
    expect(first).toBeTruthy();
    expect(BANDS).toContain(await card.band());
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('GEOLENS-CARD');
    expect(await card.focused()).toBeTruthy();
    await runCommand(h, page, 'next-mention');
    await expect.poll(() => card.entity()).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('GEOLENS-CARD');
  });

  it('adds Alibaba to the watchlist from the card: the popup lists it and storage.sync holds it', async () => {
    const syncIds = () =>
      h.ext(async () => {
        const all = await (globalThis as unknown as Ext).browser.storage.sync.get(null);
        return Object.entries(all)
          .filter(([key]) => key.startsWith('watchlist.'))
          .flatMap(([, rows]) => (rows as unknown[][]).map((row) => row[0]));
      });
    // Positive control: storage.sync is readable and holds no Alibaba yet.
    expect(await syncIds()).toEqual([]);
    await pointerAway(page);
    await expect.poll(() => cardOf(page).count()).toBe(0);
    await hoverText(page, 'Alibaba', { scope: 'h1' });
    const card = cardOf(page);
    await expect.poll(() => card.entity()).toBe('alibaba');
    expect(await card.watchLabel()).toBe('Add to watchlist');
    await card.click('.card button.watch');
    await expect.poll(() => card.watchLabel()).toBe('Remove from watchlist');
    await expect.poll(syncIds).toEqual(['alibaba']);

    const popup = await h.extensionPage('popup.html');
    await popup.setViewport({ width: 420, height: 600 });
    const row = await popup.waitForSelector('.watchlist .row[data-entity="alibaba"]');
    expect(await row?.$eval('.name', (el) => el.textContent)).toBe('Alibaba');
    expect(await row?.$eval('.ticker', (el) => el.textContent)).toBe('BABA');
    expect(BANDS).toContain(await row?.$eval('.score-band', (el) => el.textContent));
    await h.screenshot(popup, 'popup-watchlist');
    await popup.close();
  });

  it('Firefox printed no errors from moz-extension:// (GeoLens’s pages and scripts)', async () => {
    expect(await extensionErrorLines(h)).toEqual([]);
  });
});
