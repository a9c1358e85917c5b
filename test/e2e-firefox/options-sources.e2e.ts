/**
 * Options in a real Firefox: Sites → add a site (the optional host permission is granted from the click, and the
 * site is marked after a reload), and a live data source turned on against the local source server (its companies
 * then get cards). A screenshot of options goes to test-results/screenshots/firefox/.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SourceServer, startSourceServer } from '../../scripts/lib/source-server';
import { cardOf } from './support/card';
import { type Ext, extensionErrorLines, type FirefoxHarness, startFirefoxHarness } from './support/harness';
import { highlightedTexts, hoverText, knownMentions, waitUntil } from './support/readers';

/** A loopback address no default site (and no test-build match pattern) covers: a site the user has to add. */
const OTHER_HOST = '127.0.0.2';

let h: FirefoxHarness;
let sources: SourceServer;
/** The fixture server's pages, also on OTHER_HOST. */
let other: Server;
let otherOrigin: string;

beforeAll(async () => {
  [h, sources] = await Promise.all([startFirefoxHarness(), startSourceServer(resolve('test/fixtures/sources'))]);
  other = createServer((req, res) => h.site.server.emit('request', req, res));
  await new Promise<void>((ok) => other.listen(0, OTHER_HOST, ok));
  otherOrigin = `http://${OTHER_HOST}:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => other?.close(ok));
  await h?.close();
  await sources?.close();
});

/** The text of `selector` in an extension page, once it satisfies `accept`. */
function textOf(page: Page, selector: string, accept: (text: string) => boolean): Promise<string> {
  return waitUntil(() => page.$eval(selector, (el) => el.textContent ?? '').catch(() => ''), accept);
}

describe('options → Sites', () => {
  it('adds a site: access is granted from the click, and the site is marked after a reload', async () => {
    const elsewhere = await h.newPage('/demo/', otherOrigin);
    // Positive control: the same page on a default site (127.0.0.1, opened later) gets marked…
    const home = await h.newPage('/demo/');
    await waitUntil(
      () => knownMentions(home),
      (n) => n > 0,
    );
    await home.close();
    // …while on the other host the page was served (its headline is there) and left alone.
    expect(await elsewhere.$eval('h1', (el) => el.textContent)).toContain('Alibaba');
    expect(await knownMentions(elsewhere)).toBe(-1);

    const options = await h.extensionPage('options.html', '#sites');
    await options.locator('#add-site').fill(OTHER_HOST);
    // A real click: Firefox grants permissions.request() only from a user's gesture.
    await options.locator('form.add-site button[type="submit"]').click();
    const row = `.site-list .site[data-host="${OTHER_HOST}"]`;
    await textOf(options, row, (t) => t.includes('Access allowed'));
    const granted = await h.ext(
      (origin) => (globalThis as unknown as Ext).browser.permissions.contains({ origins: [origin] }),
      `*://${OTHER_HOST}/*`,
    );
    expect(granted).toBe(true);
    await (await options.$(row))?.scrollIntoView();
    await h.screenshot(options, 'options-sites');
    await options.close();

    // The background registers the content script for the site; a reload of the open tab is then marked.
    await waitUntil(
      () =>
        h.ext(async () =>
          (
            (await (globalThis as unknown as Ext).browser.scripting.getRegisteredContentScripts()) as {
              matches?: string[];
            }[]
          ).flatMap((s) => s.matches ?? []),
        ),
      (matches) => matches.includes(`*://${OTHER_HOST}/*`),
    );
    // In front: GeoLens paints what is in view, and a background tab's view is not painted.
    await elsewhere.bringToFront();
    await elsewhere.reload();
    await waitUntil(
      () => highlightedTexts(elsewhere),
      (texts) => texts.includes('Alibaba'),
    );
    expect(await knownMentions(elsewhere)).toBeGreaterThan(0);
    await elsewhere.close();
  });
});

describe('a live data source', () => {
  it('SEC company tickers from the local source server: turned on, refreshed, and its company gets a card', async () => {
    const before = await h.newPage('/sources/');
    await waitUntil(
      () => knownMentions(before),
      (n) => n > 0,
    );
    // The page was scanned, and the company only the SEC file knows is not among the marks.
    expect(await highlightedTexts(before)).not.toContain('Quuxbridge Robotics');
    await before.close();

    const options = await h.extensionPage('options.html');
    const card = 'article[data-source="sec"]';
    await options.locator(`${card} #src-sec-url`).fill(sources.url('/sec/company_tickers_exchange.json'));
    await options.locator(`${card} [role="switch"]`).click();
    await textOf(options, `${card} [data-testid="entity-count"]`, (t) => t === '6');
    await textOf(options, `${card} [data-testid="state"]`, (t) => t === 'Active');
    expect(sources.requests.map((r) => r.path)).toContain('/sec/company_tickers_exchange.json');
    await (await options.$(card))?.scrollIntoView();
    await h.screenshot(options, 'options-sources');
    await options.close();

    const after = await h.newPage('/sources/');
    await waitUntil(
      () => highlightedTexts(after),
      (texts) => texts.includes('Quuxbridge Robotics'),
    );
    await hoverText(after, 'Quuxbridge Robotics');
    const hover = cardOf(after);
    await expect.poll(() => hover.name()).toBe('Quuxbridge Robotics Inc');
    expect(await hover.entity()).toBe('sec-9990001');
    // Known only as a listing: "Not assessed", no number.
    expect(await hover.band()).toBe('Not assessed');
    expect(await hover.notAssessed()).toBe(true);
    await h.screenshot(after, 'card-sec-only');
    await after.close();
  });

  it('Firefox printed no errors from moz-extension:// (GeoLens’s pages and scripts)', async () => {
    expect(await extensionErrorLines(h)).toEqual([]);
  });
});
