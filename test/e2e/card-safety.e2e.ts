/**
 * Issue 11: a page's own scripts (the main world) cannot open GeoLens's card, read it, press its buttons, rewrite it,
 * or take the user's Tab and Escape. The fixture page (test/fixtures/pages/card-safety/hostile.js) carries the
 * attacks; the test reads the card through CDP (a privilege the page lacks) and drives the user with Playwright's
 * mouse and keyboard, which are trusted input. Every negative check has a positive control next to it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForNoCard } from '../../scripts/lib/card-cdp';
import { callBackground } from '../../scripts/lib/protocol-call';
import {
  cardOf,
  type Harness,
  highlightedTexts,
  hoverText,
  inCard,
  pointerAway,
  runCommand,
  startHarness,
  waitUntil,
} from './support/harness';

/** Past the default hover delay (300 ms) and its prefetch, with room for a busy machine. */
const PAST_HOVER_DELAY_MS = 1200;

let h: Harness;
let page: Page;

/** The whole of chrome.storage.sync (the watchlist lives there), read through the service worker. */
const syncSnapshot = () => h.browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)));
/** Runs one of the fixture's attacks (`window.hostile[fn]`) in the page's main world. */
const hostile = <T>(fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(
    ({ fn, args }) => {
      const attacks = (window as unknown as { hostile: Record<string, (...a: unknown[]) => T> }).hostile;
      return (attacks[fn] as (...a: unknown[]) => T)(...args);
    },
    { fn, args },
  );
/** What the background says about a company: the card must show exactly this. */
const truthAbout = async (entityId: string) => {
  const popup = await h.extensionPage('popup.html');
  const view = (await callBackground(popup, 'lookupEntity', { entityId })) as {
    score: number;
    band: string;
    inWatchlist: boolean;
  };
  await popup.close();
  return view;
};
const cardOpen = () =>
  cardOf(page)
    .root.count()
    .then((n) => n > 0);
const closeCard = async () => {
  await pointerAway(page);
  // The helper bench:page uses between opens.
  await waitForNoCard(page);
};

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage('/card-safety/');
  // Positive control for every check below: the page was scanned and its mentions are highlighted.
  await waitUntil(
    () => highlightedTexts(page),
    (t) => ['Alibaba', 'Nvidia', 'Tencent'].every((w) => t.includes(w)),
  );
});
afterAll(async () => {
  await h?.close();
});

describe('a page script', () => {
  it('(setup, and a positive control for clicks) the user adds Alibaba from its card with a real click', async () => {
    await hoverText(page, 'Alibaba', { scope: '#story' });
    const card = cardOf(page);
    await expect.poll(() => card.entity()).toBe('alibaba');
    await card.watchButton.click();
    await expect.poll(() => card.watchLabel()).toBe('Remove from watchlist');
    await expect.poll(() => syncSnapshot()).toContain('alibaba');
    await closeCard();
  });

  it('cannot open a card with synthetic pointer events; a real hover then does', async () => {
    await hostile('fakeHover', 'Nvidia');
    await page.waitForTimeout(PAST_HOVER_DELAY_MS);
    expect(await cardOpen()).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.get('geolens-mention-active')?.size ?? 0)).toBe(0);
    // Positive control: the same mention, hovered for real.
    await hoverText(page, 'Nvidia', { scope: '#story' });
    await expect.poll(() => cardOf(page).entity()).toBe('nvidia');
    await closeCard();
  });

  it('cannot reach the card’s shadow root, even with a patched attachShadow', async () => {
    await hoverText(page, 'Alibaba', { scope: '#story' });
    await cardOf(page).name.waitFor();
    const seen = await hostile<Record<string, unknown>>('readShadow');
    // Positive control: the host is there for the page to see.
    expect(seen.host).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.hostText).toBe('');
    expect(seen.capturedRoots).toBe(0);
    expect(seen.openOrClosedShadowRoot).toBe('undefined');
  });

  it('cannot tell from window.find or the selection whether the user watches the company on the open card', async () => {
    // A real card for a watched company is open (previous test).
    expect(await cardOf(page).watchLabel()).toBe('Remove from watchlist');
    const words = [
      'Remove from watchlist',
      'Add to watchlist',
      'watchlist',
      'Watching',
      'In your watchlist',
      'Unwatch',
      'zebrafish', // positive control: a word of the article
      'What GeoLens checked', // positive control: Chromium's window.find does search the closed card
    ];
    const found = await hostile<Record<string, { found: boolean; selected: string; extended: string }>>('find', words);
    for (const w of words.slice(0, 6)) expect(found[w]?.found, w).toBe(false);
    expect(found.zebrafish?.found).toBe(true);
    expect(found.zebrafish?.selected).toBe('zebrafish');
    expect(found['What GeoLens checked']?.found).toBe(true);
    // …but the card's text cannot be selected, so a page cannot grow that match into a read of the card.
    expect(found['What GeoLens checked']?.selected).toBe('');
    expect(found['What GeoLens checked']?.extended).toBe('');
    // The CSS highlights a page can list say nothing about the watchlist (band tiers are the public scores' bands).
    expect(await hostile('highlights')).toEqual([
      'geolens-band-elevated',
      'geolens-band-high',
      'geolens-band-low',
      'geolens-band-unrated',
      'geolens-mention',
      'geolens-mention-active',
    ]);
  });

  it('cannot press the watch button: host.click() and a synthetic click where it is drawn change nothing', async () => {
    const before = await syncSnapshot();
    // The worst case: the page knows exactly where the button is drawn (scrolled into the card's view).
    const box = await inCard(page, '.card button.watch', (el) => {
      el?.scrollIntoView({ block: 'nearest' });
      const b = el?.getBoundingClientRect();
      return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
    });
    if (!box) throw new Error('no watch button');
    const hit = await hostile<string | null>('clickAt', box.x + box.width / 2, box.y + box.height / 2);
    // Positive control: the page aimed at the card (all it can hit is the host).
    expect(hit).toBe('GEOLENS-CARD');
    await hostile('fakeHostEvents');
    await page.waitForTimeout(500);
    expect(await syncSnapshot()).toBe(before);
    expect(await cardOf(page).watchLabel()).toBe('Remove from watchlist');
  });

  it('cannot close the card or move focus into it with synthetic Escape and Tab', async () => {
    await hostile('pressKeys', ['Escape', 'Tab', 'Enter', ' ']);
    await page.waitForTimeout(300);
    expect(await cardOpen()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('GEOLENS-CARD');
    // Positive control: the user's own Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(cardOpen).toBe(false);
    await closeCard();
  });

  it('cannot rewrite or hide a real card, nor keep it away by removing the host', async () => {
    await hoverText(page, 'Alibaba', { scope: '#story' });
    await cardOf(page).name.waitFor();
    expect(await hostile('rewrite')).toBe(true);
    const truth = await truthAbout('alibaba');
    expect(Number(await cardOf(page).score.textContent())).toBe(truth.score);
    expect(await cardOf(page).band.textContent()).toBe(truth.band);
    const visible = await inCard(page, '.card', (el) => {
      const r = el?.getBoundingClientRect();
      return !!r && r.width > 0 && r.height > 0 && getComputedStyle(el as Element).visibility === 'visible';
    });
    expect(visible).toBe(true);
    const hostBox = await page.evaluate(() => {
      const host = document.querySelector('geolens-card') as HTMLElement;
      const s = getComputedStyle(host);
      return { display: s.display, opacity: s.opacity, visibility: s.visibility };
    });
    expect(hostBox).toEqual({ display: 'block', opacity: '1', visibility: 'visible' });
    await closeCard();
    await hostile('removeHost');
    expect(await page.evaluate(() => document.querySelector('geolens-card'))).toBeNull();
    await hoverText(page, 'Alibaba', { scope: '#story' });
    await cardOf(page).name.waitFor();
    expect(await page.evaluate(() => document.querySelectorAll('geolens-card').length)).toBe(1);
    await closeCard();
  });

  it('after all that, a real hover shows the genuine card and the watchlist is unchanged', async () => {
    const before = await syncSnapshot();
    await hoverText(page, 'Alibaba', { scope: '#story' });
    const card = cardOf(page);
    await expect.poll(() => card.entity()).toBe('alibaba');
    const truth = await truthAbout('alibaba');
    expect(truth.inWatchlist).toBe(true);
    expect(Number(await card.score.textContent())).toBe(truth.score);
    expect(await card.band.textContent()).toBe(truth.band);
    expect(await card.watchLabel()).toBe('Remove from watchlist');
    expect(await syncSnapshot()).toBe(before);
    await closeCard();
  });
});

describe('keys while a card is open (issue 11, item 7)', () => {
  it('a hover card leaves Tab and Escape in a page field to the page', async () => {
    await hoverText(page, 'Nvidia', { scope: '#story' });
    await cardOf(page).name.waitFor();
    await page.focus('#q');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q2');
    await page.focus('#q');
    await page.evaluate(() => {
      (window as unknown as { hostile: { keys: string[] } }).hostile.keys.length = 0;
    });
    await page.keyboard.press('Escape');
    // The page's field got its Escape; the card may close, and did.
    expect(await page.evaluate(() => (window as unknown as { hostile: { keys: string[] } }).hostile.keys)).toEqual([
      'q:Escape',
    ]);
    await expect.poll(cardOpen).toBe(false);
    await pointerAway(page);
  });

  it('Tab from the mention’s link goes into the card', async () => {
    await page.focus('#linked');
    await hoverText(page, 'Tencent', { scope: '#story' });
    await expect.poll(() => cardOf(page).entity()).toBe('tencent');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GEOLENS-CARD');
    expect(await cardOf(page).focused()).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect.poll(cardOpen).toBe(false);
    await pointerAway(page);
  });

  it('after a keyboard open, Escape in the card closes it and the page never sees that Escape', async () => {
    await page.focus('#q');
    await runCommand(h, page, 'next-mention');
    await cardOf(page).name.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('GEOLENS-CARD');
    await page.evaluate(() => {
      (window as unknown as { hostile: { keys: string[] } }).hostile.keys.length = 0;
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GEOLENS-CARD');
    await page.keyboard.press('Escape');
    await expect.poll(cardOpen).toBe(false);
    // Tab moved inside the card (the page saw it, as the browser's own focus move); Escape was ours alone.
    expect(
      await page.evaluate(() => (window as unknown as { hostile: { keys: string[] } }).hostile.keys),
    ).not.toContainEqual(expect.stringMatching(/:Escape$/));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
  });
});

describe('the watch button', () => {
  /** Hovers `word` on `p`, scrolls the card to its button, saves a screenshot; returns the button's size. */
  const shoot = async (p: Page, word: string, entity: string, name: string) => {
    await pointerAway(p);
    await expect.poll(() => cardOf(p).root.count()).toBe(0);
    await hoverText(p, word);
    await expect.poll(() => cardOf(p).entity()).toBe(entity);
    const size = await inCard(p, '.card button.watch', (el) => {
      el?.scrollIntoView({ block: 'nearest' });
      const b = el?.getBoundingClientRect();
      return b ? { width: b.width, height: b.height } : null;
    });
    // The card's entry animation (120 ms).
    await p.waitForTimeout(250);
    await h.screenshot(p, name);
    return { size, label: await cardOf(p).watchLabel() };
  };

  it('looks the same size watched or not, on light and dark pages (screenshots card-watch-*.png)', async () => {
    const dark = await h.newPage('/dark/');
    await waitUntil(
      () => highlightedTexts(dark),
      (t) => t.includes('Nvidia'),
    );
    const shots = [
      await shoot(page, 'Alibaba', 'alibaba', 'card-watch-on-light'),
      await shoot(page, 'Nvidia', 'nvidia', 'card-watch-off-light'),
      await shoot(dark, 'Alibaba', 'alibaba', 'card-watch-on-dark'),
      await shoot(dark, 'Nvidia', 'nvidia', 'card-watch-off-dark'),
    ];
    expect(shots.map((s) => s.label)).toEqual([
      'Remove from watchlist',
      'Add to watchlist',
      'Remove from watchlist',
      'Add to watchlist',
    ]);
    for (const s of shots) expect(s.size).toEqual(shots[0]?.size);
    expect(await cardOf(dark).root.getAttribute('class')).toContain('theme-dark');
    expect(await cardOf(dark).root.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(28, 33, 40)');
    await dark.close();
  });
});
