/**
 * The page-world readers of the Chromium suite (test/e2e/support), used on Firefox pages. Each of them only calls
 * `target.evaluate(fn, arg)`, which Playwright and puppeteer share (the function goes as source text, the argument as
 * JSON), so a puppeteer page is handed over behind that one method instead of copying the readers.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import * as chromium from '../../e2e/support/harness';
import * as lifecycle from '../../e2e/support/lifecycle';

function evaluatorOf(page: Page): PlaywrightPage {
  const evaluate = (fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg);
  return { evaluate } as unknown as PlaywrightPage;
}

/** How many mentions GeoLens knows on the page, from its latest geolens:scan / geolens:update entry (-1: none). */
export const knownMentions = (page: Page) => chromium.knownMentions(evaluatorOf(page));
/** The texts in the registered highlight, in the order they were added. */
export const highlightedTexts = (page: Page) => chromium.highlightedTexts(evaluatorOf(page));
/** The highlighted texts in document order. */
export const highlightedInOrder = (page: Page) => chromium.highlightedInOrder(evaluatorOf(page));
/** The box of the nth occurrence of `text` in `scope`, scrolled into view. */
export const textBox = (page: Page, text: string, options?: { nth?: number; scope?: string }) =>
  chromium.textBox(evaluatorOf(page), text, options);
/** How many copies of GeoLens paint the page: highlight, adopted sheets, card hosts (test/e2e/support/lifecycle.ts). */
export const lifecycleSnapshot = (page: Page) => lifecycle.lifecycleSnapshot(evaluatorOf(page));
/** Tags the registered highlight, to tell later whether a new copy replaced it. */
export const tagHighlight = (page: Page) => lifecycle.tagHighlight(evaluatorOf(page));
export const { waitUntil, overlaps } = chromium;

/**
 * Moves the pointer onto the nth occurrence of `text`, in front (a background tab gets no pointer and no painting);
 * returns the text's box.
 */
export async function hoverText(page: Page, text: string, options?: { nth?: number; scope?: string }) {
  await page.bringToFront();
  const box = await textBox(page, text, options);
  await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2);
  return box;
}

/** Moves the pointer to an empty corner, away from any mention or card. */
export async function pointerAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
}
