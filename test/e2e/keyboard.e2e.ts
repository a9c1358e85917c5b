/**
 * Issue 16: the next/previous-company commands (Alt+Shift+. and Alt+Shift+, by default) step from company to company,
 * skipping repeats of the one the reader is on, in reading order, wrapping around the page. The fixture
 * (test/fixtures/pages/keyboard/) reads "Nvidia … Nvidia … Nvidia … Apple (Nasdaq: AAPL) … Tencent".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardOf,
  type Harness,
  highlightedInOrder,
  knownMentions,
  pointerAway,
  runCommand,
  startHarness,
  waitUntil,
} from './support/harness';

let h: Harness;
let page: Page;

/** The mention the card is open for: the active highlight's text and the index of its paragraph on the page. */
const activeMention = () =>
  page.evaluate(() => {
    const h = CSS.highlights.get('geolens-mention-active') as unknown as Iterable<AbstractRange> | undefined;
    const [r] = [...(h ?? [])];
    if (!r) return null;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const p = r.startContainer.parentElement?.closest('p');
    return { text: live.toString(), paragraph: [...document.querySelectorAll('p')].indexOf(p as HTMLParagraphElement) };
  });

/** Runs the command and waits for the card of `entity` to be open with focus in it. */
const step = async (command: 'next-mention' | 'previous-mention', entity: string) => {
  await runCommand(h, page, command);
  await expect.poll(() => cardOf(page).entity()).toBe(entity);
  await cardOf(page).name.waitFor();
};

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage('/keyboard/');
  await waitUntil(
    () => knownMentions(page),
    (n) => n >= 6,
  );
});
afterAll(async () => {
  await h?.close();
});

describe('next/previous company', () => {
  it('marks every mention, repeats included (the control for what the steps skip)', async () => {
    expect(await highlightedInOrder(page)).toEqual(['Nvidia', 'Nvidia', 'Nvidia', 'Apple', 'AAPL', 'Tencent']);
  });

  it('pressed twice from the top, next lands on Apple, past the repeated Nvidia', async () => {
    await pointerAway(page);
    await page.locator('#byline').focus();
    // The first press opens the first company in view: the first Nvidia.
    await step('next-mention', 'nvidia');
    expect(await activeMention()).toEqual({ text: 'Nvidia', paragraph: 1 });
    await step('next-mention', 'apple');
    expect(await activeMention()).toEqual({ text: 'Apple', paragraph: 4 });
    await h.screenshot(page, 'keyboard-next-company');
  });

  it('goes on to the next company (Apple’s ticker next to its name is a repeat), then wraps around to the top', async () => {
    await step('next-mention', 'tencent');
    await step('next-mention', 'nvidia');
    expect(await activeMention()).toEqual({ text: 'Nvidia', paragraph: 1 });
  });

  it('previous skips repeats the same way, backwards and across the wrap', async () => {
    await step('previous-mention', 'tencent');
    await step('previous-mention', 'apple');
    // Back over the Nvidia run, to its first mention (so next and previous undo each other).
    await step('previous-mention', 'nvidia');
    expect(await activeMention()).toEqual({ text: 'Nvidia', paragraph: 1 });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOf(page).root.count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
