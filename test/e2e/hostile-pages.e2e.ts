/**
 * Pages that try to break the content script: framework-owned text, editable content, strict CSP with Trusted
 * Types, frames, endless feeds, a 5 MB page, a dark site, small and zoomed windows, and an extension reload.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/detect/dictionary';
import { compileMatcher } from '@/utils/detect/matcher';
import { parseDataset } from '@/utils/exposure/schema';
import { readRepoJson } from '../unit/support/fixtures';
import {
  cardOf,
  type Harness,
  highlightedAcrossPage,
  highlightedInOrder,
  highlightedTexts,
  hoverText,
  knownMentions,
  overlaps,
  pointerAway,
  startHarness,
  waitUntil,
} from './support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const highlightCount = (target: Page | Frame) =>
  target.evaluate(() => CSS.highlights.get('geolens-mention')?.size ?? -1);
const settled = async (page: Page, min = 1) =>
  waitUntil(
    () => knownMentions(page),
    (n) => n >= min,
  );

describe('a page whose framework owns and re-renders the text', () => {
  it('keeps the framework’s invariants while highlights follow its updates', async () => {
    const page = await h.newPage('/framework/');
    await settled(page);
    const commits = await waitUntil(
      () => page.evaluate(() => (window as unknown as { __frameworkCommits: number }).__frameworkCommits),
      (n) => n >= 3,
    );
    // Right after a commit (and our 100 ms settle), the highlights match what the framework rendered.
    await waitUntil(
      () => page.evaluate(() => (window as unknown as { __frameworkCommits: number }).__frameworkCommits),
      (n) => n > commits,
    );
    await page.waitForTimeout(400);
    const expected = await page.evaluate(() => {
      const names = /Alibaba|MP Materials|Tencent|JPMorgan Chase|\bMP\b|\bJPM\b|\b700\b/g;
      return [...document.querySelectorAll('#app li, #ticker')].flatMap((el) => el.textContent?.match(names) ?? []);
    });
    expect(await highlightedInOrder(page)).toEqual(expected);
    expect(await page.evaluate(() => (window as unknown as { __frameworkErrors: string[] }).__frameworkErrors)).toEqual(
      [],
    );
    await page.close();
  });
});

describe('editable content', () => {
  it('is byte-identical, never highlighted, and typing and undo work', async () => {
    const page = await h.newPage('/editable/');
    const snapshot = () =>
      page.evaluate(() => ({
        body: document.body.innerHTML,
        input: (document.getElementById('input') as HTMLInputElement).value,
        textarea: (document.getElementById('textarea') as HTMLTextAreaElement).value,
      }));
    const before = await snapshot();
    await settled(page);
    await page.waitForTimeout(300);
    expect(await snapshot()).toEqual(before);
    expect(await highlightedInOrder(page)).toEqual(['Alibaba', 'Alibaba', 'MP Materials', 'MP']);

    const editor = page.locator('#editor p');
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Tencent');
    expect(await editor.textContent()).toBe('Editing Alibaba and MP Materials here. Tencent');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toBe('Editing Alibaba and MP Materials here.');
    // Still nothing highlighted inside the editor.
    await page.waitForTimeout(300);
    expect(await highlightedInOrder(page)).toEqual(['Alibaba', 'Alibaba', 'MP Materials', 'MP']);
    await page.close();
  });
});

describe('strict CSP and Trusted Types', () => {
  it('highlights and shows a styled card without a single violation', async () => {
    const page = await h.newPage('/csp/');
    await settled(page);
    expect(await page.locator('#status').textContent()).toBe('The page script ran under Trusted Types.');
    await hoverText(page, 'Tencent', { scope: '#story' });
    const card = cardOf(page);
    await card.name.waitFor();
    expect(await card.root.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    await page.close();
  });
});

describe('frames', () => {
  it('runs in a same-origin frame and never in a cross-origin one', async () => {
    const page = await h.newPage('/iframe/');
    await settled(page);
    const same = page.frame({ url: /127\.0\.0\.1.*inner\.html/ }) as Frame;
    const cross = page.frames().find((f) => f.url().includes('localhost')) as Frame;
    expect(same).toBeTruthy();
    expect(cross).toBeTruthy();
    await waitUntil(
      () => highlightCount(same),
      (n) => n >= 3,
    );
    expect(await highlightedInOrder(same)).toEqual(['MP Materials', 'MP', 'Tencent']);
    await cross.waitForLoadState('load');
    // Positive control: the cross-origin frame's document, opened as a page of its own after the frame loaded, is
    // marked; so the frame stayed unmarked because it is a cross-origin frame, not because nothing ran yet.
    const control = await h.browser.context.newPage();
    await control.goto(cross.url());
    await settled(control);
    await control.close();
    expect(await highlightCount(cross)).toBe(-1);
    await page.close();
  });
});

describe('infinite scroll', () => {
  it('highlights stories as they are appended', async () => {
    const page = await h.newPage('/infinite/');
    await settled(page, 20);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(300);
    }
    const batches = await page.evaluate(() => (window as unknown as { __batches: number }).__batches);
    expect(batches).toBeGreaterThanOrEqual(3);
    // Every story has at least one mention: GeoLens keeps up with the feed…
    await waitUntil(
      () => knownMentions(page),
      (n) => n >= batches * 20,
    );
    // …and paints the stories in view.
    expect(await highlightCount(page)).toBeGreaterThan(5);
    await page.close();
  });
});

describe('large pages', () => {
  it('marks exactly what the engine finds in a 200 KB article', async () => {
    const page = await h.newPage('/generated/article?chars=200000');
    const paragraphs = await page.evaluate(() => [...document.querySelectorAll('p')].map((p) => p.textContent ?? ''));
    const matcher = compileMatcher(buildDictionary(parseDataset(readRepoJson('public/data/dataset.json')).entities));
    const expected = paragraphs.flatMap((p) => matcher.find(p).map((m) => m.surface));
    expect(expected.length).toBeGreaterThan(500);
    await settled(page, expected.length);
    expect(await knownMentions(page)).toBe(expected.length);
    expect(await highlightedAcrossPage(page)).toEqual(expected);
    await page.close();
  });

  it('gets through a 5 MB page and the page stays responsive', async () => {
    const page = await h.newPage('/generated/huge?chars=5000000');
    const total = await page.evaluate(() => document.body.textContent?.length ?? 0);
    expect(total).toBeGreaterThan(5_000_000);
    // The page answers while GeoLens works…
    const start = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - start).toBeLessThan(1000);
    // …and the whole page gets done.
    const mentions = await waitUntil(
      () => knownMentions(page),
      (n) => n > 10_000,
      90_000,
    );
    expect(mentions).toBeGreaterThan(10_000);
    // Only what is near the viewport is painted: hundreds of ranges, not tens of thousands.
    expect(await highlightCount(page)).toBeGreaterThan(0);
    expect(await highlightCount(page)).toBeLessThan(2000);
    await page.close();
  });
});

describe('the card on difficult layouts', () => {
  it('follows a dark page', async () => {
    const page = await h.newPage('/dark/');
    await settled(page);
    await hoverText(page, 'Alibaba');
    await cardOf(page).name.waitFor();
    expect(await cardOf(page).root.getAttribute('class')).toContain('theme-dark');
    await h.screenshot(page, 'card-dark-page');
    await page.close();
  });

  it.each([
    ['a narrow window', { width: 360, height: 700 }],
    ['200 % zoom (a 1280×860 window at twice the size)', { width: 640, height: 430 }],
  ])('fits %s and never covers the mention', async (label, viewport) => {
    const page = await h.newPage('/demo/');
    await page.setViewportSize(viewport);
    await settled(page, 20);
    const mention = await hoverText(page, 'MetroStar Systems');
    const card = cardOf(page);
    await card.name.waitFor();
    await page.waitForTimeout(200);
    const box = await card.root.boundingBox();
    if (!box) throw new Error('no card box');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
    expect(overlaps(mention, box)).toBe(false);
    await h.screenshot(page, `card-${label.startsWith('a narrow') ? 'narrow' : 'zoom-200'}`);
    await page.close();
  });
});

describe('turning GeoLens off for a site', () => {
  it('leaves the page unmarked after reload, and comes back when turned on', async () => {
    const page = await h.newPage('/demo/');
    await settled(page, 20);
    const setDisabled = (sites: string[]) =>
      h.browser.worker.evaluate(async (disabledSites) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), disabledSites } });
      }, sites);
    await setDisabled(['127.0.0.1']);
    // Live: the highlights go at once.
    await waitUntil(
      () => highlightCount(page),
      (n) => n === 0,
    );
    await page.reload();
    // Positive control: the same article on another host (not turned off), loaded after this one, gets marked, so
    // GeoLens had every chance to mark this page too.
    const control = await h.browser.context.newPage();
    await control.goto(`${h.site.origin.replace('127.0.0.1', 'localhost')}/demo/`);
    await settled(control, 20);
    await control.close();
    expect(await highlightCount(page)).toBe(-1);
    await setDisabled([]);
    await page.reload();
    await settled(page, 20);
    await page.close();
  });
});

describe('extension reload', () => {
  it('leaves no duplicate highlights or cards in open tabs', async () => {
    const page = await h.newPage('/demo/');
    await settled(page, 20);
    const before = await highlightedTexts(page);
    // Tag the old script's highlight object, to tell when the re-injected script has replaced it.
    await page.evaluate(() => {
      (CSS.highlights.get('geolens-mention') as unknown as { old: boolean }).old = true;
    });
    await h.reloadExtension();
    // A hidden tab does not paint (no frames, no intersection callbacks): bring the article back to the front.
    await page.bringToFront();
    // The re-injected script marked the page once, with a highlight of its own.
    await waitUntil(
      () =>
        page.evaluate(() => {
          const hl = CSS.highlights.get('geolens-mention') as unknown as { old?: boolean; size: number } | undefined;
          return hl && !hl.old ? hl.size : -1;
        }),
      (n) => n === before.length,
      20_000,
    );
    await page.waitForTimeout(500);
    expect((await highlightedTexts(page)).sort()).toEqual([...before].sort());
    await pointerAway(page);
    await hoverText(page, 'Alibaba', { scope: 'h1' });
    await cardOf(page).name.waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('geolens-card').count()).toBe(1);
    expect(await cardOf(page).root.count()).toBe(1);
    await page.close();
  });
});

describe('no page errors', () => {
  it('was raised by any of these pages', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
