/**
 * Issue 16: axe-core finds no serious or critical violation in the popup, the options page or the open hover card.
 * Every violation found (any impact) is printed. How axe reaches each place: test/e2e/support/axe.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callBackground } from '../../scripts/lib/protocol-call';
import { type AxeViolation, axeCard, axePage, blocking, report } from './support/axe';
import {
  cardOf,
  type Harness,
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
let article: Page;

beforeAll(async () => {
  h = await startHarness();
  article = await h.newPage('/demo/');
  await waitUntil(
    () => knownMentions(article),
    (n) => n > 20,
  );
  // A watchlist with rows to check (scored, with a tailwind, one expanded below).
  const popup = await h.extensionPage('popup.html');
  for (const entityId of ['alibaba', 'mp-materials', 'nvidia'])
    await callBackground(popup, 'addToWatchlist', { entityId });
  await popup.close();
});
afterAll(async () => {
  await h?.close();
});

/** Fails with every blocking violation listed (rule, target, message), after printing all of them. */
const expectClean = (where: string, violations: AxeViolation[]) => {
  report(where, violations);
  expect(blocking(violations), `serious or critical axe violations on ${where}`).toEqual([]);
};

describe.each(['light', 'dark'] as const)('axe, %s theme', (theme) => {
  beforeAll(async () => {
    await patchSettings(h, { theme });
  });

  it('popup: watchlist (one row expanded), On this page, the undo offer', async () => {
    const popup = await openPopup(h, article);
    const p = popupOf(popup);
    await p.rows.nth(2).waitFor();
    await p.onThisPage.first().waitFor();
    await p.row('alibaba').locator('button.expand').click();
    await p.row('alibaba').locator('.row-details .factor').first().waitFor();
    expectClean(`the popup (${theme})`, await axePage(popup));
    // With the undo offer showing.
    await p.row('nvidia').locator('button.remove').click();
    await popup.locator('.undo-bar:not(.idle)').waitFor();
    expectClean(`the popup with "Undo" (${theme})`, await axePage(popup));
    await popup.getByRole('button', { name: 'Undo' }).click();
    await p.row('nvidia').waitFor();
    await popup.close();
  });

  it('options page (opened from "Add this site…", the site field filled)', async () => {
    const options = await h.extensionPage('options.html?site=news.example.org#sites' as 'options.html');
    await options.locator('#add-site-from-tab').waitFor();
    await options.locator('.preview tbody tr').first().waitFor();
    await options.locator('.shortcuts').waitFor();
    expectClean(`the options page (${theme})`, await axePage(options));
    await options.close();
  });
});

describe('axe on the open card', () => {
  it.each([
    ['Alibaba', 'alibaba', 'light'],
    ['MP Materials', 'mp-materials', 'light'],
    ['Alibaba', 'alibaba', 'dark'],
  ] as const)('%s card (%s), %s theme', async (text, entity, theme) => {
    await patchSettings(h, { theme });
    await pointerAway(article);
    await expect.poll(() => cardOf(article).root.count()).toBe(0);
    await hoverText(article, text, { scope: 'h1' });
    await expect.poll(() => cardOf(article).entity()).toBe(entity);
    // Open the first found criterion, so that its factors and evidence links are checked too.
    await cardOf(article).root.locator('.check.found button.check-row').first().click();
    await cardOf(article).factors.first().waitFor();
    // Main's card has no serious or critical violation (the evidence links' names were fixed in FactorItem.tsx).
    // The card redesign (issue 16) is held to the same bar: fix what this finds, do not list it away.
    expectClean(`the ${text} card (${theme})`, await axeCard(article, h.browser.extensionId));
  });

  it('raised no page errors', async () => {
    await patchSettings(h, { theme: 'auto' });
    expect(h.pageErrors).toEqual([]);
  });
});
