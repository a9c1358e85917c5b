/**
 * Issue 16: the card follows the Theme setting, checked on the colour the card is actually painted with (its computed
 * background), not on a class name. Light and Dark win over the OS (Playwright's colorScheme emulation stands in for
 * the OS); Automatic follows a page that declares its own scheme, else the OS. Screenshots: card-dark, card-auto-*.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardOf,
  type Harness,
  highlightedTexts,
  hoverText,
  patchSettings,
  pointerAway,
  startHarness,
  waitUntil,
} from './support/harness';

/** theme.css: --gl-bg is light-dark(#ffffff, #1c2128). */
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(28, 33, 40)';

let h: Harness;

async function openPage(path: string, os: 'light' | 'dark'): Promise<Page> {
  const page = await h.newPage(path);
  await page.emulateMedia({ colorScheme: os });
  await waitUntil(
    () => highlightedTexts(page),
    (t) => t.includes('Nvidia'),
  );
  return page;
}

/** Opens Nvidia's card afresh (the theme is chosen when a card opens) and reads its computed colours. */
async function cardColours(page: Page): Promise<{ bg: string; fg: string }> {
  await pointerAway(page);
  await expect.poll(() => cardOf(page).root.count()).toBe(0);
  await hoverText(page, 'Nvidia');
  await expect.poll(() => cardOf(page).entity()).toBe('nvidia');
  await cardOf(page).root.locator('.checks').waitFor();
  return cardOf(page).root.evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, fg: s.color };
  });
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await patchSettings(h, { theme: 'auto' }).catch(() => undefined);
  await h?.close();
});

describe('card theme', () => {
  it('Automatic follows the OS on a page that declares nothing (positive control for both OS settings)', async () => {
    await patchSettings(h, { theme: 'auto' });
    const light = await openPage('/card-live/', 'light');
    expect((await cardColours(light)).bg).toBe(LIGHT_BG);
    await light.emulateMedia({ colorScheme: 'dark' });
    expect((await cardColours(light)).bg).toBe(DARK_BG);
    await light.close();
  });

  it('Dark on a light OS paints the card dark', async () => {
    await patchSettings(h, { theme: 'dark' });
    const page = await openPage('/card-live/', 'light');
    const c = await cardColours(page);
    expect(c.bg).toBe(DARK_BG);
    expect(c.fg).toBe('rgb(230, 237, 243)');
    await h.screenshot(page, 'card-dark');
    await page.close();
  });

  it('Light on a dark OS paints the card light', async () => {
    await patchSettings(h, { theme: 'light' });
    const page = await openPage('/card-live/', 'dark');
    const c = await cardColours(page);
    expect(c.bg).toBe(LIGHT_BG);
    expect(c.fg).toBe('rgb(27, 31, 36)');
    await page.close();
  });

  it('Automatic on a page that declares itself dark paints the card dark, even on a light OS', async () => {
    await patchSettings(h, { theme: 'auto' });
    const page = await openPage('/card-theme/', 'light');
    // The page is dark by its declaration alone: no element has a background of its own.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect((await cardColours(page)).bg).toBe(DARK_BG);
    await h.screenshot(page, 'card-auto-declared-dark');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
