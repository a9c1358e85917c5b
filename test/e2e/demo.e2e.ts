import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, type Harness, overlaps, startHarness } from './support/harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage('/demo/');
  await page.locator('geolens-mark').first().waitFor();
});
afterAll(async () => {
  await h?.close();
});

const markFor = (entity: string) => page.locator(`geolens-mark[data-entity="${entity}"]`);

describe('demo article', () => {
  it('marks the seed-story companies in the article text', async () => {
    const entities = await page
      .locator('article geolens-mark')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.entity));
    for (const id of ['alibaba', 'mp-materials', 'jpmorgan', 'metrostar', 'veritas-capital'])
      expect(entities).toContain(id);
    // The exchange-qualified and cashtag forms resolve to the right company.
    expect(
      await page.locator('geolens-mark[data-tier="exchange"]', { hasText: 'BABA' }).getAttribute('data-entity'),
    ).toBe('alibaba');
    expect(
      await page.locator('geolens-mark[data-tier="cashtag"]', { hasText: '$MP' }).getAttribute('data-entity'),
    ).toBe('mp-materials');
  });

  it('leaves form fields, code, the search box and share widgets untouched', async () => {
    expect(await page.locator('textarea').inputValue()).toBe(
      'Holding $BABA and MP Materials through this. Thoughts on Alibaba?',
    );
    expect(await page.locator('textarea geolens-mark, pre geolens-mark, .social-share geolens-mark').count()).toBe(0);
    expect(await page.locator('pre code').innerHTML()).toBe('watch = ["BABA", "MP", "Alibaba"]');
  });

  it('does not mark inside URLs or e-mail addresses', async () => {
    expect(await page.locator('.contact a geolens-mark').count()).toBe(0);
  });

  it('shows the card for Alibaba on hover, with score, band and factors, beside the mention', async () => {
    const mark = markFor('alibaba').first();
    await mark.hover();
    const card = cardOf(page);
    await card.name.waitFor();
    expect(await card.name.textContent()).toContain('Alibaba');
    const score = Number(await card.score.textContent());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(['Low', 'Guarded', 'Elevated', 'High', 'Severe']).toContain(await card.band.textContent());
    expect(await card.factors.count()).toBeGreaterThan(0);
    expect(await card.root.locator('.chip.status-alleged').count()).toBeGreaterThan(0);
    expect(await card.root.locator('.evidence a').first().getAttribute('href')).toMatch(/^https:\/\//);
    const markBox = await mark.boundingBox();
    const cardBox = await card.root.boundingBox();
    if (!markBox || !cardBox) throw new Error('mark or card has no box');
    expect(overlaps(markBox, cardBox)).toBe(false);
    // Beside the mention, inside the viewport.
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    expect(cardBox.x).toBeGreaterThanOrEqual(0);
    expect(cardBox.y).toBeGreaterThanOrEqual(0);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(viewport.width);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height);
    expect(Math.abs(cardBox.y - (markBox.y + markBox.height))).toBeLessThan(40);
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.tagName,
        [cardBox.x + 20, cardBox.y + 20],
      ),
    ).toBe('GEOLENS-CARD');
    await h.screenshot(page, 'demo-card-alibaba');
  });

  it('closes with Escape', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOf(page).root.count()).toBe(0);
  });

  it('opens on keyboard focus (Tab) and Escape returns focus to the mention', async () => {
    await page.mouse.move(5, 5);
    await page.locator('.byline').click();
    // Tab until a mark has focus (the first mark of each company is a tab stop).
    let focusedEntity: string | undefined;
    for (let i = 0; i < 40 && !focusedEntity; i++) {
      await page.keyboard.press('Tab');
      focusedEntity = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.entity);
    }
    expect(focusedEntity).toBeTruthy();
    await cardOf(page).name.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOf(page).root.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GEOLENS-MARK');
  });

  it('shows only one card at a time', async () => {
    await markFor('alibaba').first().hover();
    await cardOf(page).name.waitFor();
    await markFor('mp-materials').first().hover();
    await expect.poll(async () => cardOf(page).name.textContent()).toContain('MP Materials');
    expect(await page.locator('geolens-card').count()).toBe(1);
    expect(await cardOf(page).root.count()).toBe(1);
  });

  it('adds Alibaba to the watchlist from the card; the popup lists it', async () => {
    await page.mouse.move(5, 5);
    await markFor('alibaba').first().hover();
    const card = cardOf(page);
    // Moving from one mention to another keeps the old card until the new one opens.
    await expect.poll(() => card.name.textContent()).toContain('Alibaba');
    expect(await card.watchButton.textContent()).toBe('Add to watchlist');
    await card.watchButton.click();
    await expect.poll(() => card.watchButton.textContent()).toBe('Remove from watchlist');

    const popup = await h.extensionPage('popup.html');
    const row = popup.locator('.row[data-entity="alibaba"]');
    await row.waitFor();
    expect(await row.locator('.name').textContent()).toBe('Alibaba');
    expect(await row.locator('.ticker').textContent()).toBe('BABA');
    expect(await row.locator('.score-band').textContent()).toMatch(/Low|Guarded|Elevated|High|Severe/);
    await h.screenshot(popup, 'popup-watchlist');
    await popup.close();
  });

  it('raised no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
