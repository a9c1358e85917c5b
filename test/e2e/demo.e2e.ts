import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MENTIONS } from '../fixtures/pages/demo/mentions';
import {
  cardOf,
  type Harness,
  highlightedAcrossPage,
  highlightedInOrder,
  hoverText,
  knownMentions,
  overlaps,
  pointerAway,
  runCommand,
  startHarness,
  waitUntil,
} from './support/harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage('/demo/');
  await waitUntil(
    () => knownMentions(page),
    (n) => n >= DEMO_MENTIONS.length,
  );
});
afterAll(async () => {
  await h?.close();
});

describe('demo article', () => {
  it('highlights exactly the company mentions, in every form', async () => {
    expect(await knownMentions(page)).toBe(DEMO_MENTIONS.length);
    expect(await highlightedAcrossPage(page)).toEqual(DEMO_MENTIONS);
  });

  it('paints only what is near the viewport', async () => {
    // The demo page is 2.5 viewports tall: at the top, the last mentions are not painted yet.
    const painted = await highlightedInOrder(page);
    expect(painted.length).toBeGreaterThan(10);
    expect(painted.length).toBeLessThanOrEqual(DEMO_MENTIONS.length);
  });

  it('changes nothing in the page: form fields, code, links and the share widget are as served', async () => {
    expect(await page.locator('textarea').inputValue()).toBe(
      'Holding $BABA and MP Materials through this. Thoughts on Alibaba?',
    );
    expect(await page.locator('pre code').innerHTML()).toBe('watch = ["BABA", "MP", "Alibaba"]');
    // The mail and URL link texts are not highlighted (no "BABA"/"Alibaba" inside them in the list above).
    expect(await page.locator('geolens-mark').count()).toBe(0);
  });

  it('shows the card for Alibaba on hover, with score, band and factors, beside the mention', async () => {
    const mention = await hoverText(page, 'Alibaba', { scope: 'h1' });
    const card = cardOf(page);
    await card.name.waitFor();
    expect(await card.entity()).toBe('alibaba');
    expect(await card.name.textContent()).toContain('Alibaba');
    const score = Number(await card.score.textContent());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(['Low', 'Guarded', 'Elevated', 'High', 'Severe']).toContain(await card.band.textContent());
    // The checklist (issue 16): criteria with findings, one of them only alleged; evidence opens on demand.
    expect(await card.root.locator('.check.found').count()).toBeGreaterThan(0);
    expect(await card.root.locator('.check.found .chip.status-alleged').count()).toBeGreaterThan(0);

    const cardBox = await card.root.boundingBox();
    if (!cardBox) throw new Error('card has no box');
    expect(overlaps(mention, cardBox)).toBe(false);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    expect(cardBox.x).toBeGreaterThanOrEqual(0);
    expect(cardBox.y).toBeGreaterThanOrEqual(0);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(viewport.width);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height);
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, {
        x: cardBox.x + 20,
        y: cardBox.y + 20,
      }),
    ).toBe('GEOLENS-CARD');
    await h.screenshot(page, 'demo-card-alibaba');
    await card.root.locator('.check.found button.check-row').click();
    await card.factors.first().waitFor();
    expect(await card.root.locator('.evidence a').first().getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('closes with Escape', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOf(page).root.count()).toBe(0);
  });

  it('opens by keyboard (the next-mention command), puts focus in the card, and Escape returns focus', async () => {
    await pointerAway(page);
    await page.locator('.byline').click();
    await runCommand(h, page, 'next-mention');
    const card = cardOf(page);
    await card.name.waitFor();
    const first = await card.entity();
    expect(first).toBeTruthy();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('GEOLENS-CARD');
    // The card is reachable by Tab while open: focus moves between its controls.
    const focusedControl = () => card.focused();
    const before = await focusedControl();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GEOLENS-CARD');
    expect(await focusedControl()).not.toBe(before);
    await runCommand(h, page, 'next-mention');
    await expect.poll(() => card.entity()).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.root.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('GEOLENS-CARD');
  });

  it('shows only one card at a time', async () => {
    await hoverText(page, 'Alibaba', { scope: 'h1' });
    await cardOf(page).name.waitFor();
    // Straight from one mention to another (one the first card does not cover): the card switches.
    await hoverText(page, 'Lockheed Martin', { scope: '.rail' });
    await expect.poll(() => cardOf(page).entity()).toBe('lockheed-martin');
    expect(await page.locator('geolens-card').count()).toBe(1);
    expect(await cardOf(page).root.count()).toBe(1);
  });

  it('adds Alibaba to the watchlist from the card; the popup lists it', async () => {
    await pointerAway(page);
    await expect.poll(() => cardOf(page).root.count()).toBe(0);
    await hoverText(page, 'Alibaba', { scope: 'h1' });
    const card = cardOf(page);
    await expect.poll(() => card.entity()).toBe('alibaba');
    expect(await card.watchLabel()).toBe('Add to watchlist');
    await card.watchButton.click();
    await expect.poll(() => card.watchLabel()).toBe('Remove from watchlist');

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

describe('npm run demo', () => {
  // The README's first command: on a machine without a display it runs headless and saves a screenshot. Run as a
  // user would (with the build this suite already made), in its own browser.
  it('--screenshot hovers the headline mention and saves the page with its card open', async () => {
    const file = 'test-results/screenshots/demo-command.png';
    mkdirSync('test-results/screenshots', { recursive: true });
    rmSync(file, { force: true });
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/demo.ts', '--no-build', '--screenshot', file],
      {
        timeout: 90_000,
      },
    );
    expect(stdout).toMatch(/Screenshot with the card for “Alibaba” written to /);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(20_000);
  }, 120_000);
});
