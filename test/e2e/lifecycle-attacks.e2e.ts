/**
 * A page must not be able to switch GeoLens off on itself (issue 11 item 2). WXT's content-script context retires
 * itself on a "content script started" CustomEvent that any page script can dispatch; GeoLens stops those events
 * before WXT sees them and retires old copies only through its own checks (utils/dom/lifecycle.ts). The fixture page
 * (test/fixtures/pages/lifecycle/attack.js) listens before the content script starts and forges every event it can.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardOf,
  type Harness,
  highlightedTexts,
  hoverText,
  knownMentions,
  pointerAway,
  startHarness,
  waitUntil,
} from './support/harness';
import { injectContentScriptAgain, lifecycleSnapshot, tagHighlight } from './support/lifecycle';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Seen {
  messages: unknown[];
  selfMessage: boolean;
  wxtStarted: { isCustomEvent: boolean; detail: unknown }[];
  geolensStarted: number;
}
interface Attack {
  seen: Seen;
  wxtStarted: string;
  forgeWxtStarted(names?: string[]): number;
  forgeGeolensStarted(): void;
  forgeLocationChange(): void;
  append(text: string): void;
}
type AttackWindow = Window & { lifecycleAttack: Attack };

const seen = (page: Page) => page.evaluate(() => (window as unknown as AttackWindow).lifecycleAttack.seen);
const append = (page: Page, text: string) =>
  page.evaluate((text) => (window as unknown as AttackWindow).lifecycleAttack.append(text), text);

/**
 * Opens the fixture with the extension id (which the page's script uses to name the events it forges); `label` makes
 * each test's URL unique, so that a tab left open by a failed test is never the one injected into.
 */
async function openAttackPage(label: string): Promise<{ page: Page; mentions: number }> {
  const page = await h.newPage(`/lifecycle/?ext=${h.browser.extensionId}&test=${label}`);
  const mentions = await waitUntil(
    () => knownMentions(page),
    (n) => n > 0,
  );
  await waitUntil(
    () => lifecycleSnapshot(page),
    (s) => s.highlightSize > 0,
  );
  return { page, mentions };
}

/** Every attack the page has: WXT's event under the real name and guessed ones, GeoLens's own, a fake navigation. */
async function attack(page: Page): Promise<number> {
  const dispatched = await page.evaluate(() => {
    const a = (window as unknown as AttackWindow).lifecycleAttack;
    const id = new URLSearchParams(location.search).get('ext');
    const guesses = [a.wxtStarted, `${id}:content-script:wxt:content-script-started`, 'wxt:content-script-started'];
    const n = a.forgeWxtStarted(guesses);
    a.forgeGeolensStarted();
    a.forgeLocationChange();
    return n;
  });
  // Give any invalidation, cleanup or rescan time to happen.
  await page.waitForTimeout(1000);
  return dispatched;
}

/** New text is marked: the paragraph appended after the attack gets highlighted. */
async function expectNewTextMarked(page: Page, before: number): Promise<void> {
  await append(page, 'Later: Tencent and Alibaba were both added to the watch list.');
  await waitUntil(
    () => knownMentions(page),
    (n) => n >= before + 2,
  );
  await waitUntil(
    () => page.evaluate(() => document.querySelector('#later')?.textContent ?? ''),
    (t) => t.length > 0,
  );
  const texts = await highlightedTexts(page);
  expect(texts.filter((t) => t === 'Tencent').length).toBeGreaterThanOrEqual(2);
}

/** A real hover on the headline's `name` opens a card, and the page holds exactly one card host (no stale copy). */
async function expectOneCardOnHover(page: Page, name: string): Promise<void> {
  await pointerAway(page);
  await hoverText(page, name, { scope: 'h1' });
  await cardOf(page).name.waitFor();
  // Give a stale copy time to show a host of its own before counting.
  await page.waitForTimeout(300);
  expect((await lifecycleSnapshot(page)).cardHosts).toBe(1);
}

describe('a page that forges lifecycle events', () => {
  it('learns nothing from GeoLens by postMessage, and its forgeries remove nothing', async () => {
    const { page, mentions } = await openAttackPage('forgeries');
    expect(mentions).toBeGreaterThan(0);
    const early = await seen(page);
    // Positive controls: the page's message listener works, and its early capture listener hears WXT's real event
    // under the name the attack uses (so the forgeries below are named right).
    expect(early.selfMessage).toBe(true);
    expect(early.wxtStarted.length).toBeGreaterThanOrEqual(1);
    expect(early.geolensStarted).toBeGreaterThanOrEqual(1);
    // noScriptStartedPostMessage: the page's own message is the only one.
    expect(early.messages).toEqual([{ type: 'page-self-test' }]);

    await tagHighlight(page);
    const before = await lifecycleSnapshot(page);
    expect(before).toMatchObject({ tagged: true, sheets: 1 });
    expect(before.cardHosts).toBeLessThanOrEqual(1);
    expect(before.highlightSize).toBeGreaterThan(0);

    expect(await attack(page)).toBeGreaterThan(100);
    const after = await lifecycleSnapshot(page);
    // The same copy still runs: same highlight object, same size, one stylesheet, and no rescan was started.
    expect(after).toEqual(before);
    expect(await knownMentions(page)).toBe(mentions);

    await expectNewTextMarked(page, mentions);
    // The card still opens, once.
    await expectOneCardOnHover(page, 'Tencent');
    expect((await seen(page)).messages).toEqual([{ type: 'page-self-test' }]);
    await page.close();
  });

  it('rescans on a real SPA navigation and loses nothing', async () => {
    const { page, mentions } = await openAttackPage('spa');
    const before = await lifecycleSnapshot(page);
    await page.evaluate(() => history.pushState({}, '', '/lifecycle/next'));
    await waitUntil(
      () => lifecycleSnapshot(page),
      (s) => s.lastScanAt > before.lastScanAt,
    );
    await page.waitForTimeout(300);
    expect(await knownMentions(page)).toBe(mentions);
    expect((await lifecycleSnapshot(page)).highlightSize).toBe(before.highlightSize);
    await expectNewTextMarked(page, mentions);
    await page.close();
  });
});

describe('a second copy of the same version in the same frame', () => {
  it('takes over from the first: one set of marks, one stylesheet, one card', async () => {
    const { page, mentions } = await openAttackPage('second-copy');
    await tagHighlight(page);
    const before = await lifecycleSnapshot(page);
    await injectContentScriptAgain(h, page);
    // The new copy registered its own highlight, with the same mentions.
    const after = await waitUntil(
      () => lifecycleSnapshot(page),
      (s) => !s.tagged && s.highlightSize === before.highlightSize && s.lastScanAt > before.lastScanAt,
    );
    await page.waitForTimeout(500);
    expect(await lifecycleSnapshot(page)).toEqual(after);
    expect(after.sheets).toBe(1);
    expect(await knownMentions(page)).toBe(mentions);
    // The new copy resists the page too.
    await tagHighlight(page);
    const tagged = await lifecycleSnapshot(page);
    await attack(page);
    expect(await lifecycleSnapshot(page)).toEqual(tagged);
    await expectNewTextMarked(page, mentions);
    await expectOneCardOnHover(page, 'Alibaba');
    await page.close();
  });

  it('leaves one copy when three start at once (each retires the previous)', async () => {
    const { page, mentions } = await openAttackPage('three-copies');
    await tagHighlight(page);
    const before = await lifecycleSnapshot(page);
    await Promise.all([injectContentScriptAgain(h, page), injectContentScriptAgain(h, page)]);
    await waitUntil(
      () => lifecycleSnapshot(page),
      (s) => !s.tagged && s.highlightSize === before.highlightSize && s.lastScanAt > before.lastScanAt,
    );
    await page.waitForTimeout(800);
    const after = await lifecycleSnapshot(page);
    expect(after.sheets).toBe(1);
    expect(after.cardHosts).toBeLessThanOrEqual(1);
    expect(await knownMentions(page)).toBe(mentions);
    await expectNewTextMarked(page, mentions);
    await expectOneCardOnHover(page, 'Alibaba');
    expect(await cardOf(page).root.count()).toBe(1);
    await page.close();
  });
});

describe('a genuine extension reload', () => {
  it('leaves one set of marks and one card, and the new script marks new text and resists the page', async () => {
    const { page, mentions } = await openAttackPage('reload');
    await tagHighlight(page);
    const before = await lifecycleSnapshot(page);
    await h.reloadExtension();
    // A hidden tab does not paint: bring the page back to the front.
    await page.bringToFront();
    await waitUntil(
      () => lifecycleSnapshot(page),
      (s) => !s.tagged && s.highlightSize === before.highlightSize,
      20_000,
    );
    await page.waitForTimeout(500);
    const after = await lifecycleSnapshot(page);
    expect(after).toMatchObject({ tagged: false, sheets: 1, highlightSize: before.highlightSize });
    expect(await knownMentions(page)).toBe(mentions);

    await tagHighlight(page);
    const tagged = await lifecycleSnapshot(page);
    await attack(page);
    expect(await lifecycleSnapshot(page)).toEqual(tagged);
    await expectNewTextMarked(page, mentions);
    await expectOneCardOnHover(page, 'Tencent');
    expect((await seen(page)).messages).toEqual([{ type: 'page-self-test' }]);
    await page.close();
  });
});

describe('no page errors', () => {
  it('was raised by the attack page', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
