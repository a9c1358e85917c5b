import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, type Harness, hoverText, knownMentions, pointerAway, startHarness } from './support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('popup', () => {
  it('shows an empty state that says how to add companies', async () => {
    const popup = await h.extensionPage('popup.html');
    await popup.locator('.empty').waitFor();
    expect(await popup.locator('.empty').textContent()).toContain('Add to watchlist');
    await h.screenshot(popup, 'popup-empty');
    await popup.close();
  });

  it('lists the watchlist sorted by score and removes entries', async () => {
    const page = await h.newPage('/demo/');
    // A fresh profile's first page waits for the service worker's first merged view: hover once the page is marked.
    await expect.poll(() => knownMentions(page)).toBeGreaterThan(0);
    for (const [id, text] of [
      ['mp-materials', 'MP Materials'],
      ['alibaba', 'Alibaba'],
    ] as const) {
      await pointerAway(page);
      await expect.poll(() => cardOf(page).root.count()).toBe(0);
      await hoverText(page, text, { scope: 'h1' });
      await expect.poll(() => cardOf(page).entity()).toBe(id);
      await cardOf(page).watchButton.click();
      await expect.poll(() => cardOf(page).watchLabel()).toBe('Remove from watchlist');
    }
    const popup = await h.extensionPage('popup.html');
    await popup.locator('.row').nth(1).waitFor();
    const scores = await popup.locator('.row .score-num').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));
    expect(await popup.locator('.row').first().getAttribute('data-entity')).toBe('alibaba');

    await popup.locator('.row[data-entity="mp-materials"] button.remove').click();
    await expect.poll(() => popup.locator('.row').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('keeps the watchlist across a reload of the extension', async () => {
    await h.reloadExtension();
    const popup = await h.extensionPage('popup.html');
    await popup.locator('.row[data-entity="alibaba"]').waitFor();
    expect(await popup.locator('.row').count()).toBe(1);
    await popup.close();
  });
});

describe('a watchlist saved by a newer GeoLens (another device, through sync)', () => {
  it('is shown read-only, a change is refused with a message, and sync storage is left as it was', async () => {
    const popup = await h.extensionPage('popup.html');
    const sync = () => popup.evaluate(() => chrome.storage.sync.get(null));
    const before = await sync();
    const newer = {
      watchlist: { v: 3, n: 1, at: 1_763_000_000_000, colour: 'teal' },
      'watchlist.0': [
        ['alibaba', 'Alibaba', 'BABA', 1_763_000_000_000, 61, { note: 'v3 field' }],
        ['ghost-co', 'Ghost Co', '', 1_763_300_000_000, 42],
      ],
    };
    await popup.evaluate(async (items) => {
      await chrome.storage.sync.clear();
      await chrome.storage.sync.set(items);
    }, newer);
    await popup.reload();
    await popup.locator('[data-read-only="newer"]').waitFor();
    expect(await popup.locator('[data-read-only="newer"]').textContent()).toContain('saved by a newer GeoLens');
    await popup.locator('.row[data-entity="ghost-co"]').waitFor();
    await popup.locator('.row[data-entity="ghost-co"] button.remove').click();
    await expect.poll(() => popup.locator('[role="alert"]').textContent()).toContain('update this one to change it');
    expect(await sync()).toEqual(newer);

    await popup.evaluate(async (items) => {
      await chrome.storage.sync.clear();
      await chrome.storage.sync.set(items);
    }, before);
    await popup.close();
  });
});

describe('options', () => {
  it('shows the embedded source and persists a changed hover delay', async () => {
    const options = await h.extensionPage('options.html');
    const row = options.locator('tr[data-source="embedded"]');
    await row.waitFor();
    expect(Number(await row.locator('[data-testid="entity-count"]').textContent())).toBeGreaterThanOrEqual(45);
    expect(await row.textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);

    const input = options.locator('#hover-delay');
    await expect.poll(() => input.inputValue()).toBe('300');
    await input.fill('750');
    await expect.poll(() => options.locator('#hover-delay-status').textContent()).toBe('Saved');
    await input.fill('5');
    await expect.poll(() => options.locator('#hover-delay-status').textContent()).toContain('from 100 to 2000');
    await h.screenshot(options, 'options');

    await options.reload();
    await expect.poll(() => options.locator('#hover-delay').inputValue()).toBe('750');
    await options.close();
  });

  it('applies the hover delay on pages', async () => {
    const page = await h.newPage('/demo/');
    await expect.poll(() => knownMentions(page)).toBeGreaterThan(0);
    await hoverText(page, 'Alibaba', { scope: 'h1' });
    await page.waitForTimeout(400);
    // 750 ms delay: nothing after 400 ms…
    expect(await cardOf(page).root.count()).toBe(0);
    // …the card after the delay.
    await cardOf(page).name.waitFor({ timeout: 3000 });
    await page.close();
  });

  it('raised no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
