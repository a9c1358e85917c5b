/**
 * Issue 13, end to end: a new user's first page of international markets news, with DEFAULT settings (no live
 * source). The page (test/fixtures/pages/world-markets/, a wrap we wrote from public facts) names companies GeoLens
 * knows only through the listed universe (public/data/universe.json): each is marked, its card names its country
 * and says what was (and was not) checked, one on an official list shows that list, one with no country on record
 * says "Not assessed", and one added from its card shows in the popup with its listing. Alibaba (curated) is the
 * positive control; the popup lists them under "On this page". Screenshots: card-universe-light/dark.png,
 * card-universe-listed.png, popup-universe.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardOf,
  type Harness,
  highlightedAcrossPage,
  hoverText,
  knownMentions,
  openPopup,
  patchSettings,
  pointerAway,
  popupOf,
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

async function openWrap(): Promise<Page> {
  const page = await h.newPage('/world-markets/');
  // waitUntil, not expect.poll: this also runs in a hook.
  await waitUntil(
    () => knownMentions(page),
    (n) => n > 0,
    20_000,
  );
  return page;
}

/** Hovers `text` (in `scope`) and waits for the card of `entityId`. */
async function cardFor(page: Page, text: string, entityId: string, scope?: string) {
  await pointerAway(page);
  await expect.poll(() => cardOf(page).root.count(), { timeout: 5000 }).toBe(0);
  await hoverText(page, text, scope ? { scope } : {});
  const card = cardOf(page);
  await expect.poll(() => card.entity(), { timeout: 10_000 }).toBe(entityId);
  await card.name.waitFor();
  return card;
}

/**
 * The texts of the card's factors, head and summary. The checklist shows them on demand (issue 16): each criterion
 * with findings is opened first, with a real click as a reader would.
 */
const factorTexts = async (card: ReturnType<typeof cardOf>) => {
  const closed = card.root.locator('.check.found button.check-row[aria-expanded="false"]');
  for (let i = 0; i < 8 && (await closed.count()) > 0; i++) await closed.click();
  return card.root.evaluate((el) => [...el.querySelectorAll('.factor')].map((f) => f.textContent ?? ''));
};

describe('the listed universe on an international markets page, default settings', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openWrap();
  });

  it('marks the companies only the listed universe knows, their Reuters codes, and the curated control', async () => {
    const marked = await highlightedAcrossPage(page);
    // Positive control: a curated company, marked as before.
    expect(marked).toContain('Alibaba');
    for (const text of [
      'Sony Group',
      '6758.T',
      '7203.T',
      'Nippon Steel',
      '5401.T',
      'Shell',
      'SHEL.L',
      'Volkswagen',
      'VOW3.DE',
      'Deutsche Bank',
      'Reliance Industries',
      'RELIANCE.NS',
      'Wingtech Technology',
      '600745.SS',
    ]) {
      expect(marked, text).toContain(text);
    }
    // Words that are not companies stay unmarked.
    expect(marked).not.toContain('Nifty');
    expect(marked).not.toContain('Entity List');
  });

  it('a universe-only company: name, country factor, what was checked, a score and band (never a bare 0 Low)', async () => {
    // Deutsche Bank is known from the listed universe only (Sony, the page's other example, is curated now).
    const card = await cardFor(page, 'Deutsche Bank', 'sec-1159508');
    expect(await card.name.textContent()).toBe('Deutsche Bank Aktiengesellschaft');
    expect(await card.root.locator('.listings').textContent()).toContain('DBK');
    expect(await card.root.locator('.where').textContent()).toContain('HQ Germany');
    // Assessed on its country: a number and a band, not the grey "Not assessed".
    expect(await card.notAssessed.count()).toBe(0);
    expect(await card.score.textContent()).toMatch(/^(\d{1,2}\.\d|100)$/);
    expect(['Low', 'Guarded', 'Elevated', 'High', 'Severe']).toContain(await card.band.textContent());
    const factors = await factorTexts(card);
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatch(/Listed company headquartered in Germany/);
    const note = await card.root.locator('.listing-only-note').textContent();
    expect(note).toMatch(
      /^Listing data only: GeoLens checked its country \(Germany\) and 7 official lists \(OFAC SDN, /,
    );
    expect(note).toContain('OFAC SDN');
    expect(note).toContain('No analyst has assessed its revenue, supply chain or state ties');
    await h.screenshot(page, 'card-universe-light');
  });

  it('a card head names at most three listings and counts the rest (Alibaba: its Xetra and OTC lines from the universe)', async () => {
    const card = await cardFor(page, 'Alibaba', 'alibaba');
    expect(await card.root.locator('.listing:not(.more)').count()).toBe(3);
    expect(await card.root.locator('.listing').first().textContent()).toContain('BABA');
    const more = card.root.locator('.listing.more');
    expect(await more.getAttribute('title')).toMatch(/OTC/);
    expect(await card.root.locator('.listing.more [aria-hidden="true"]').textContent()).toMatch(/^\+\d+$/);
  });

  it('the same card in the dark theme', async () => {
    await patchSettings(h, { theme: 'dark' });
    const dark = await openWrap();
    try {
      const card = await cardFor(dark, 'Deutsche Bank', 'sec-1159508');
      expect(await card.root.getAttribute('class')).toContain('theme-dark');
      expect(await card.root.locator('.listing-only-note').textContent()).toMatch(/^Listing data only/);
      await h.screenshot(dark, 'card-universe-dark');
    } finally {
      await dark.close();
      await patchSettings(h, { theme: 'auto' });
    }
  });

  it('a European and an Indian company by their Reuters codes carry their own countries', async () => {
    // Volkswagen is curated (under its universe id); Reliance Industries is listing-only.
    const vw = await cardFor(page, 'VOW3.DE', 'x-xetra-vow');
    expect(await vw.name.textContent()).toBe('Volkswagen AG');
    expect((await factorTexts(vw)).join(' ')).toMatch(/[Hh]eadquartered in Germany/);
    const reliance = await cardFor(page, 'RELIANCE.NS', 'x-nse-reliance');
    // Not Reliance, Inc. (the US metals company) that the SEC file alone matched.
    expect(await reliance.name.textContent()).toBe('Reliance Industries Limited');
    expect((await factorTexts(reliance)).join(' ')).toMatch(/headquartered in India/);
  });

  it('a universe company on an official list (resolved at build time) shows that list', async () => {
    const card = await cardFor(page, 'Wingtech Technology', 'x-sse-600745');
    expect(await card.name.textContent()).toBe('Wingtech Technology Co.,Ltd');
    const factors = await factorTexts(card);
    expect(factors.some((f) => /Entity List/.test(f) && /Wingtech/i.test(f))).toBe(true);
    expect(factors.some((f) => /headquartered in China/.test(f))).toBe(true);
    expect(await card.band.textContent()).not.toBe('Low');
    await h.screenshot(page, 'card-universe-listed');
  });

  it('a company with no country on record (an OTC receipt) says "Not assessed" and what was checked', async () => {
    const card = await cardFor(page, 'Chery Automobile', 'sec-2094687');
    expect(await card.notAssessed.count()).toBe(1);
    expect(await card.band.textContent()).toBe('Not assessed');
    expect(await card.score.textContent()).not.toMatch(/\d/);
    expect(await card.notAssessedNote.textContent()).toMatch(/no curated assessment or country on record/);
  });

  it('adds the listed company to the watchlist from its card; the popup shows it with its listing', async () => {
    const card = await cardFor(page, 'Wingtech Technology', 'x-sse-600745');
    expect(await card.watchLabel()).toBe('Add to watchlist');
    await card.watchButton.click();
    await expect.poll(() => card.watchLabel()).toBe('Remove from watchlist');

    const popup = await openPopup(h, page);
    const row = popup.locator('.watchlist .row[data-entity="x-sse-600745"]');
    await row.waitFor();
    expect(await row.locator('.name').textContent()).toBe('Wingtech Technology');
    expect(await row.locator('.ticker').textContent()).toBe('600745');
    // A bare code does not say where it trades: the row names the market.
    expect(await row.locator('.who .sub').textContent()).toBe('600745 · SSE');
    expect(await row.locator('.score-band').textContent()).toMatch(/Guarded|Elevated|High|Severe/);
    // On this page: the universe companies the wrap names, highest score first (the first six are shown), beside
    // the curated control; Wingtech is marked as watched.
    const onPage = popupOf(popup).onThisPage;
    await onPage.first().waitFor({ timeout: 10_000 });
    expect(await popup.locator('#page-h .count').textContent()).toBe(' 10');
    const ids = await onPage.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity')));
    expect(ids.slice(0, 2)).toEqual(['alibaba', 'x-sse-600745']);
    expect(ids).toEqual(expect.arrayContaining(['x-nse-reliance', 'x-xetra-vow']));
    expect(await popup.locator('.page-row[data-entity="x-sse-600745"] .watching').count()).toBe(1);
    await h.screenshot(popup, 'popup-universe');
    await popup.close();
  });

  it('raised no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
