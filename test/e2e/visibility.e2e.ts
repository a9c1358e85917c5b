/**
 * Marks appear where the reader looks within one frame of scrolling there (issue 17): GeoLens paints only a band of
 * screens around the viewport, found in an animation frame per scroll (utils/dom/visibility.ts), and fixed or
 * sticky bars stay painted wherever the reader is.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, knownMentions, patchSettings, startHarness, waitUntil } from './support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Waits for two animation frames of the page: the scroll's frame, and one more for its paint to be committed. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Painted ranges whose text is inside the viewport now, as their texts. */
const paintedInViewport = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const r of (CSS.highlights.get('geolens-mention') ?? []) as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const box = live.getBoundingClientRect();
      if (box.bottom > 0 && box.top < innerHeight) out.push(live.toString());
    }
    return out;
  });

/**
 * Company names printed in the viewport now (the fixture's sentences, found by the test, not by GeoLens), and how
 * many of them no painted range covers.
 */
const namesInViewport = (page: Page) =>
  page.evaluate(() => {
    const painted = [...((CSS.highlights.get('geolens-mention') ?? []) as Iterable<AbstractRange>)];
    const covered = (node: Node, offset: number) =>
      painted.some(
        (r) => r.startContainer === node && r.startOffset <= offset && r.endContainer === node && r.endOffset > offset,
      );
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let total = 0;
    let uncovered = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of (n as Text).data.matchAll(/Alibaba|Nvidia|Tencent|BYD/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const box = r.getBoundingClientRect();
        if (box.height === 0 || box.bottom <= 0 || box.top >= innerHeight) continue;
        total++;
        if (!covered(n, m.index)) uncovered++;
      }
    }
    return { total, uncovered };
  });

describe('painting where the reader looks', () => {
  it('paints the far end of a long article within one frame of jumping there, and unpaints the top', async () => {
    // 400 KB: about 5,000 mentions, above the 4,000 that are painted at once (utils/dom/highlights.ts).
    const page = await h.newPage('/generated/article?chars=400000');
    await waitUntil(
      () => knownMentions(page),
      (n) => n > 4000,
    );
    await waitUntil(
      () => paintedInViewport(page),
      (texts) => texts.length > 0,
    );
    // Control: the far end is not painted before the reader goes there (the band is a few screens, not the page).
    const farEndPainted = await page.evaluate(() => {
      const end = document.body.scrollHeight;
      for (const r of (CSS.highlights.get('geolens-mention') ?? []) as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.getBoundingClientRect().top + scrollY > end - 2 * innerHeight) return true;
      }
      return false;
    });
    expect(farEndPainted).toBe(false);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await twoFrames(page);
    const atEnd = await namesInViewport(page);
    expect(atEnd.total).toBeGreaterThan(3);
    expect(atEnd.uncovered).toBe(0);
    // The top of the article left the band.
    const topPainted = await page.evaluate(() => {
      for (const r of (CSS.highlights.get('geolens-mention') ?? []) as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.getBoundingClientRect().top + scrollY < 2 * innerHeight) return true;
      }
      return false;
    });
    expect(topPainted).toBe(false);

    // And back to the middle.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await twoFrames(page);
    const middle = await namesInViewport(page);
    expect(middle.total).toBeGreaterThan(3);
    expect(middle.uncovered).toBe(0);
    await page.close();
  });

  it('keeps a fixed quote bar painted wherever the reader is, and follows page changes inside it', async () => {
    const path = '/visibility/fixed-bar';
    await h.browser.context.route(`${h.site.origin}${path}`, async (route) => {
      const article = await (await fetch(`${h.site.origin}/generated/article?chars=60000`)).text();
      const bar =
        '<div id="bar" style="position:fixed;top:0;left:0;right:0;background:#fff">Quotes: Nvidia 100.00</div>';
      await route.fulfill({ contentType: 'text/html', body: article.replace('<body>', `<body>${bar}`) });
    });
    const page = await h.newPage(path);
    await waitUntil(
      () => knownMentions(page),
      (n) => n > 200,
    );
    const barPainted = () =>
      page.evaluate(() => {
        const bar = document.getElementById('bar') as HTMLElement;
        return [...((CSS.highlights.get('geolens-mention') ?? []) as Iterable<AbstractRange>)].filter((r) =>
          bar.contains(r.startContainer),
        ).length;
      });
    await expect.poll(barPainted).toBe(1);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await twoFrames(page);
    expect(await barPainted()).toBe(1);
    // The page rewrites its bar: the new text is marked (rescanned 100 ms after the change, painted in a frame).
    await page.evaluate(() => {
      (document.getElementById('bar') as HTMLElement).textContent = 'Quotes: Nvidia 101.00, Tencent 300.10';
    });
    await expect.poll(barPainted).toBe(2);
    await page.close();
  });

  it('underlines by band by default, and draws one neutral mark for every company when the setting is off', async () => {
    const page = await h.newPage('/demo/');
    await waitUntil(
      () => knownMentions(page),
      (n) => n > 5,
    );
    const sizes = () =>
      page.evaluate(() =>
        Object.fromEntries<number>(
          [
            'geolens-mention',
            'geolens-band-unrated',
            'geolens-band-low',
            'geolens-band-elevated',
            'geolens-band-high',
          ].map((n) => [
            n.replace('geolens-', ''),
            (CSS.highlights.get(n) as unknown as Set<unknown> | undefined)?.size ?? -1,
          ]),
        ),
      );
    await expect.poll(async () => (await sizes()).mention).toBeGreaterThan(5);
    const on = (await sizes()) as Record<
      'mention' | 'band-unrated' | 'band-low' | 'band-elevated' | 'band-high',
      number
    >;
    // Every painted mark is in exactly one tier, and the demo's companies span more than one band.
    expect(on['band-unrated'] + on['band-low'] + on['band-elevated'] + on['band-high']).toBe(on.mention);
    expect([on['band-low'], on['band-elevated'], on['band-high']].filter((n) => n > 0).length).toBeGreaterThan(1);
    await patchSettings(h, { bandMarks: false });
    await expect.poll(async () => (await sizes())['band-unrated']).toBe(on.mention);
    expect((await sizes())['band-high']).toBe(0);
    await patchSettings(h, { bandMarks: true });
    await page.close();
  });
});
