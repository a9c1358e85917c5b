/**
 * Issue 16: the card a reader takes in at a glance. The head (name, listings, score and band, takeaway, tailwinds),
 * the checklist of criteria, and the actions always in view; the fit rule of docs/architecture.md ("The hover card")
 * measured on the densest cards of the dataset; the grey "Not assessed" state; the ring at 100 and below 10.
 * Screenshots: card-light, card-tailwind, card-not-assessed, card-densest, card-ring-100, card-ring-low (and each
 * dense card, card-dense-<id>).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, type Harness, hoverText, inCard, pointerAway, startHarness, waitUntil } from './support/harness';

/**
 * The fit rule: at the default width (360 px) the head, the collapsed checklist and the footer of any card take at
 * most this many pixels, so with the card's 560 px ceiling there is room left for "In this article" and nothing
 * scrolls in the common case.
 */
const FIT_PX = 480;
const DENSEST = 5;

interface Entity {
  id: string;
  name: string;
  aliases?: string[];
  listings: { ticker: string; exchange: string }[];
  factors: unknown[];
}

/** The five entities with the most factors (ties: dataset order): the tallest cards the dataset can produce. */
function densest(): Entity[] {
  const data = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { entities: Entity[] };
  return data.entities
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.factors.length - a.e.factors.length || a.i - b.i)
    .slice(0, DENSEST)
    .map(({ e }) => e);
}

/** How a news page would name it: "Name (EXCH: TICKER)", or the name alone for a private company. */
function mentionOf(e: Entity): string {
  const l = e.listings[0];
  return l ? `${e.name} (${l.exchange}: ${l.ticker})` : e.name;
}

let h: Harness;
let page: Page;

/** Hovers the first GeoLens mention inside `#id` (highlights are painted text, so the test aims at their boxes). */
async function hoverMentionIn(id: string): Promise<void> {
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), id);
  const box = await waitUntil(
    () =>
      page.evaluate((id) => {
        const el = document.getElementById(id);
        for (const r of (CSS.highlights.get('geolens-mention') ?? []) as Iterable<AbstractRange>) {
          if (!el?.contains(r.startContainer)) continue;
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const b = live.getClientRects()[0];
          if (b) return { x: b.x + Math.min(b.width / 2, 10), y: b.y + b.height / 2 };
        }
        return null;
      }, id),
    Boolean,
  );
  if (!box) throw new Error(`no mention in #${id}`);
  await page.mouse.move(box.x, box.y);
}

async function openIn(id: string, entityId: string): Promise<void> {
  await pointerAway(page);
  await expect.poll(() => cardOf(page).root.count()).toBe(0);
  await hoverMentionIn(id);
  await expect.poll(() => cardOf(page).entity()).toBe(entityId);
  await cardOf(page).root.locator('.checks').waitFor();
}

/** The card's heights: the card, and its scrolling body (content vs visible). */
const heights = () =>
  inCard(page, '.card', (el) => {
    const body = el?.querySelector('.body') as HTMLElement | null;
    return {
      card: el?.getBoundingClientRect().height ?? 0,
      cardScroll: el?.scrollHeight ?? 0,
      cardClient: el?.clientHeight ?? 0,
      bodyScroll: body?.scrollHeight ?? 0,
      bodyClient: body?.clientHeight ?? 0,
      width: el?.getBoundingClientRect().width ?? 0,
    };
  });

/** Each checklist row: its criterion, its result class, its points (when found). */
const checklist = () =>
  inCard(page, '.checks', (el) =>
    [...(el?.querySelectorAll('.check') ?? [])].map((li) => ({
      label: li.querySelector('.check-label')?.textContent ?? '',
      result: ['found', 'not-found', 'not-assessed'].find((c) => li.classList.contains(c)) ?? '',
      meta: li.querySelector('.check-meta')?.textContent ?? '',
      // In tenths ("+4.3" → 43), so that sums compare exactly.
      points: Math.round(Number(li.querySelector('.points')?.textContent?.replace(/[^\d.]+/g, '') || 0) * 10),
    })),
  );

/** Whether the box of a part of the card lies inside the card's visible box (no scrolling needed to see it). */
const visibleInCard = (selector: string, on: Page = page) =>
  inCard(
    on,
    '.card',
    (card, sel) => {
      const part = card?.querySelector(sel as string);
      if (!card || !part) return false;
      const c = card.getBoundingClientRect();
      const p = part.getBoundingClientRect();
      return p.height > 0 && p.top >= c.top && p.bottom <= c.bottom;
    },
    selector,
  );

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage('/card-dense/');
  // Tall enough that the card's ceiling (min(70vh, 560 px)) is 560 px, as on a laptop screen.
  await page.setViewportSize({ width: 1280, height: 900 });
  await waitUntil(
    () => page.evaluate(() => (CSS.highlights.get('geolens-mention') as Set<unknown> | undefined)?.size ?? 0),
    (n) => n >= 4,
  );
});
afterAll(async () => {
  await h?.close();
});

describe('the card', () => {
  it('answers at a glance: name, listings, score, band and takeaway in the head; actions in view', async () => {
    await openIn('low', 'advantest');
    const card = cardOf(page);
    expect(await card.name.textContent()).toBe('Advantest Corporation');
    expect(await card.root.locator('.listings').textContent()).toContain('6857');
    expect(await card.score.textContent()).toBe('5.0');
    expect(await card.band.textContent()).toBe('Low');
    expect(await card.root.locator('.takeaway').textContent()).toBe(
      'Country risk only (Japan); no other factors on record',
    );
    for (const part of ['.score-ring', '.takeaway', 'button.watch', 'button.pin', 'button.close']) {
      expect(await visibleInCard(part), part).toBe(true);
    }
    await h.screenshot(page, 'card-light');
    await h.screenshot(page, 'card-ring-low');
  });

  it('lists every criterion, found or not, and the found points add up to the score', async () => {
    await openIn('sber', 'sberbank');
    const rows = await checklist();
    expect(rows.map((r) => r.label)).toEqual([
      'Restricted lists',
      'Jurisdiction',
      'Revenue',
      'Supply chain',
      'State / military ties',
      'Regulatory action',
      'Trade',
    ]);
    const score = Number(await cardOf(page).score.textContent());
    expect(score).toBe(100);
    expect(rows.filter((r) => r.result === 'found').reduce((s, r) => s + r.points, 0)).toBe(score * 10);
    // A curated company: a criterion with nothing on record says so, it is not "not assessed".
    expect(rows.some((r) => r.result === 'not-found' && r.meta === 'None on record')).toBe(true);
    expect(rows.some((r) => r.result === 'not-assessed')).toBe(false);
    // The ring's digits keep clear of the ring at 100: the number's box lies inside the ring's hole.
    const fit = await inCard(page, '.score-ring', (el) => {
      const svg = el?.querySelector('svg')?.getBoundingClientRect();
      const num = el?.querySelector('.score-num');
      if (!svg || !num) return null;
      const range = document.createRange();
      range.selectNodeContents(num);
      const text = range.getBoundingClientRect();
      // The hole: the ring's radius (20 of 48 units) minus half its 5-unit stroke.
      const hole = ((20 - 2.5) / 48) * svg.width;
      const cx = svg.x + svg.width / 2;
      const cy = svg.y + svg.height / 2;
      const corners = [
        [text.left, text.top + text.height * 0.2],
        [text.right, text.top + text.height * 0.2],
        [text.left, text.bottom - text.height * 0.2],
        [text.right, text.bottom - text.height * 0.2],
      ];
      return Math.max(...corners.map(([x, y]) => Math.hypot((x as number) - cx, (y as number) - cy))) / hole;
    });
    expect(fit).not.toBeNull();
    expect(fit as number).toBeLessThan(1);
    await h.screenshot(page, 'card-ring-100');
  });

  it('opens a criterion to its factors, summaries and evidence on demand', async () => {
    await openIn('sber', 'sberbank');
    const row = cardOf(page).root.locator('.check.found button.check-row');
    expect(await row.getAttribute('aria-expanded')).toBe('false');
    expect(await cardOf(page).root.locator('.check-details').count()).toBe(0);
    await row.click();
    await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');
    expect(await cardOf(page).root.locator('.check-details .summary').count()).toBeGreaterThan(0);
    expect(await cardOf(page).root.locator('.check-details .evidence a').first().getAttribute('href')).toMatch(
      /^https:\/\//,
    );
    await row.click();
    await expect.poll(() => cardOf(page).root.locator('.check-details').count()).toBe(0);
  });

  it("shows MP Materials' Pentagon backing in the head, without scrolling", async () => {
    await openIn('mp', 'mp-materials');
    const card = cardOf(page);
    const tailwind = card.root.locator('.head .head-tailwind');
    expect(await tailwind.count()).toBe(1);
    expect(await tailwind.textContent()).toMatch(/DoD/);
    expect(await visibleInCard('.head .head-tailwind .tailwind-summary')).toBe(true);
    // Beside the score, not in it: the checklist's points still add up to the score.
    const rows = await checklist();
    expect(rows.filter((r) => r.result === 'found').reduce((s, r) => s + r.points, 0)).toBe(
      Math.round(Number(await card.score.textContent()) * 10),
    );
    await h.screenshot(page, 'card-tailwind');
  });

  it('shows a company known only as a listing as grey "Not assessed", with what was screened, never "0 Low"', async () => {
    await openIn('amer', 'sec-1988894');
    const card = cardOf(page);
    expect(await card.notAssessed.count()).toBe(1);
    expect(await card.root.locator('.score-ring .score-band').textContent()).toBe('Not assessed');
    expect(await card.root.textContent()).not.toMatch(/\b0\s*Low\b/);
    expect(await card.notAssessedNote.textContent()).toMatch(/Checked and not found on: /);
    const rows = await checklist();
    expect(rows.find((r) => r.label === 'Restricted lists')?.result).toBe('not-found');
    expect(rows.filter((r) => r.result === 'not-assessed').map((r) => r.label)).toEqual([
      'Jurisdiction',
      'Revenue',
      'Supply chain',
      'State / military ties',
      'Regulatory action',
      'Trade',
    ]);
    // Grey: the ring takes the muted colour, not a band's.
    const colours = await inCard(page, '.card', (el) => {
      const band = el?.querySelector('.score-ring .score-band');
      const muted = el?.querySelector('.meta');
      return band && muted ? [getComputedStyle(band).color, getComputedStyle(muted).color] : null;
    });
    expect(colours?.[0]).toBe(colours?.[1]);
    await h.screenshot(page, 'card-not-assessed');
  });

  it(`fits without inner scrolling on the ${DENSEST} densest cards of the dataset and a tailwind card (head + checklist + footer ≤ ${FIT_PX} px)`, async () => {
    const list = densest();
    expect(list).toHaveLength(DENSEST);
    const measured: Record<string, unknown>[] = [];
    for (const [i, e] of list.entries()) {
      await page.evaluate(
        ({ i, text }) => {
          const p = document.createElement('p');
          p.id = `dense-${i}`;
          p.textContent = `${text} said on Monday that it would keep its guidance.`;
          document.getElementById('companies')?.append(p);
        },
        { i, text: mentionOf(e) },
      );
      await openIn(`dense-${i}`, e.id);
      const m = await heights();
      measured.push({ id: e.id, factors: e.factors.length, ...m });
      expect(m.width).toBe(360);
      expect(m.bodyScroll, e.id).toBeLessThanOrEqual(m.bodyClient);
      expect(m.cardScroll, e.id).toBeLessThanOrEqual(m.cardClient);
      expect(m.card, e.id).toBeLessThanOrEqual(FIT_PX);
      expect(await visibleInCard('button.watch')).toBe(true);
      await h.screenshot(page, `card-dense-${e.id}`);
      if (i === 0) await h.screenshot(page, 'card-densest');
    }
    // The tallest head: a tailwind (MP Materials), with no "In this article" on this page.
    await openIn('mp', 'mp-materials');
    expect(await cardOf(page).root.locator('.in-article').count()).toBe(0);
    const mp = await heights();
    measured.push({ id: 'mp-materials', ...mp });
    expect(mp.bodyScroll).toBeLessThanOrEqual(mp.bodyClient);
    expect(mp.card).toBeLessThanOrEqual(FIT_PX);
    console.log(`densest cards: ${JSON.stringify(measured)}`);
  });

  it('on the demo article, score, band, takeaway, tailwind and the watchlist button show without scrolling the card', async () => {
    const demo = await h.newPage('/demo/');
    try {
      await waitUntil(
        () => demo.evaluate(() => (CSS.highlights.get('geolens-mention') as Set<unknown> | undefined)?.size ?? 0),
        (n) => n >= 10,
      );
      for (const [word, id, scope] of [
        ['Alibaba', 'alibaba', 'h1'],
        ['MP Materials', 'mp-materials', '.body'],
      ] as const) {
        await pointerAway(demo);
        await expect.poll(() => cardOf(demo).root.count()).toBe(0);
        await hoverText(demo, word, { scope });
        await expect.poll(() => cardOf(demo).entity()).toBe(id);
        // "In this article" arrives just after the card: measure with it, as the reader sees the card.
        await cardOf(demo).root.locator('.in-article').waitFor();
        const parts = ['.score-ring .score-num', '.score-ring .score-band', '.takeaway', 'button.watch'];
        if (id === 'mp-materials') parts.push('.head-tailwind .tailwind-summary');
        for (const part of parts) {
          const inView = await visibleInCard(part, demo);
          expect(inView, `${id} ${part}`).toBe(true);
        }
      }
      await h.screenshot(demo, 'card-demo-mp');
    } finally {
      await demo.close();
    }
  });

  it('raised no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
