/**
 * Poisoned sources in a real Chromium, through the local source server: a poisoned SEC file is refused with its
 * message in options and pages stay marked with the last good data; a feed that would drop most of its companies is
 * held back, shown in options with its counts, and applied only when the user confirms; and after a restart with a
 * new extension version (a copy of the build with a bumped manifest version, the same profile) pages are still
 * marked and the sources' data survived.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { callBackground } from '../../scripts/lib/protocol-call';
import { type SourceServer, startSourceServer } from '../../scripts/lib/source-server';
import { type StaticServer, serveDirectory } from '../../scripts/lib/static-server';
import { highlightedTexts, knownMentions, SCREENSHOT_DIR } from './support/harness';

const FIX = resolve('test/fixtures/sources');
let root: string;
let extDir: string;
let profile: string;
let browser: ExtensionBrowser;
let site: StaticServer;
let server: SourceServer;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Desk wire</title></head><body>
<h1>Markets</h1>
<p id="story">Quuxbridge Robotics said orders doubled. Globex Shipping Ltd chartered three more tankers.
Alibaba was little changed.</p></body></html>`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'geolens-poisoned-e2e-'));
  // A copy of the build at a fixed path: the extension id comes from the path, so the relaunch keeps the profile's
  // data while the manifest version changes.
  extDir = join(root, 'ext');
  profile = join(root, 'profile');
  mkdirSync(join(root, 'pages/wire'), { recursive: true });
  writeFileSync(join(root, 'pages/wire/index.html'), PAGE);
  cpSync(CHROME_BUILD_DIR, extDir, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  [browser, site, server] = await Promise.all([
    launchWithExtension({ extensionDir: extDir, userDataDir: profile }),
    serveDirectory(join(root, 'pages')),
    startSourceServer(FIX),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const call = (page: Page, type: string, data?: unknown): Promise<any> => callBackground(page, type, data);

async function extensionPage(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  return page;
}

/** The highlighted texts of the wire page once GeoLens has scanned it. */
async function marked(): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/wire/`);
  await expect.poll(() => knownMentions(page), { timeout: 15_000 }).toBeGreaterThan(0);
  // Positive control: the embedded snapshot's Alibaba is always marked.
  await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toContain('Alibaba');
  const texts = await highlightedTexts(page);
  await page.close();
  return texts;
}

let n = 0;
function poison(path: string, text: string) {
  const file = join(root, `${n++}-${path.split('/').pop()}`);
  writeFileSync(file, text);
  server.mount(path, file);
}

const card = (options: Page, id: string) => options.locator(`article[data-source="${id}"]`);
const SEC = '/sec/company_tickers_exchange.json';
const FEED = '/custom/feed.json';

describe('poisoned sources', () => {
  it('a poisoned SEC file is refused with its message in options; pages stay marked with the last good data', async () => {
    // Negative check first, with Alibaba as its positive control: without the SEC source Quuxbridge is unknown.
    expect(await marked()).not.toContain('Quuxbridge Robotics');
    const options = await extensionPage('options.html');
    await call(options, 'saveSourceConfig', { id: 'sec', enabled: true, url: server.url(SEC) });
    const sec = card(options, 'sec');
    await options.reload();
    await expect.poll(() => sec.getByTestId('entity-count').textContent(), { timeout: 20_000 }).toBe('6');
    // The source's count shows once its data is stored; the rebuilt view (now with the listed universe, about a
    // second of merging) reaches new pages just after.
    await expect.poll(() => marked(), { timeout: 20_000 }).toContain('Quuxbridge Robotics');

    const good = JSON.parse(readFileSync(join(FIX, SEC), 'utf8'));
    good.data.push([1999003, 'Proto Corp', 'PRTO', '__proto__']);
    poison(SEC, JSON.stringify(good));
    await sec.getByRole('button', { name: 'Refresh now' }).click();
    await expect
      .poll(() => sec.getByTestId('source-error').textContent(), { timeout: 30_000 })
      .toMatch(/exchange “__proto__” is a reserved name, not real data\. The last good data stays in use\./i);
    expect(await sec.getByTestId('entity-count').textContent()).toBe('6');
    expect(await sec.getByTestId('state').textContent()).toBe('Error (last good data in use)');
    await sec.scrollIntoViewIfNeeded();
    await options.screenshot({ path: join(SCREENSHOT_DIR, 'options-poisoned-source.png') });
    expect(await marked()).toContain('Quuxbridge Robotics');
    await options.close();
  });

  it('a feed that would drop most companies is held back, shown in options, and applied only on confirm', async () => {
    const options = await extensionPage('options.html');
    await call(options, 'saveSourceConfig', { id: 'custom', enabled: true, url: server.url(FEED) });
    await options.reload();
    const feed = card(options, 'custom');
    await expect.poll(() => feed.getByTestId('entity-count').textContent(), { timeout: 20_000 }).toBe('5');
    // The source's count shows once its data is stored; the rebuilt view (now with the listed universe, about a
    // second of merging) reaches new pages just after.
    await expect.poll(() => marked(), { timeout: 20_000 }).toContain('Globex Shipping Ltd');

    const all = JSON.parse(readFileSync(join(FIX, FEED), 'utf8'));
    all.entities = all.entities.filter((e: { id: string }) => e.id === 'acme-holdings');
    poison(FEED, JSON.stringify(all));
    await feed.getByRole('button', { name: 'Refresh now' }).click();
    const held = feed.getByTestId('held-refresh');
    await held.waitFor({ timeout: 30_000 });
    expect(await held.getByTestId('held-count').textContent()).toBe('1');
    expect(await held.getByTestId('held-dropped').textContent()).toBe('4');
    expect(await held.getByTestId('held-examples').textContent()).toContain('Globex Shipping Ltd');
    expect(await feed.getByTestId('state').textContent()).toBe('Refresh held back (last good data in use)');
    expect(await feed.getByTestId('entity-count').textContent()).toBe('5');
    expect(await feed.getByTestId('source-error').count()).toBe(0);
    // Meanwhile the last good feed is what pages see.
    expect(await marked()).toContain('Globex Shipping Ltd');

    await held.scrollIntoViewIfNeeded();
    await options.screenshot({ path: join(SCREENSHOT_DIR, 'options-held-refresh.png') });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: join(SCREENSHOT_DIR, 'options-held-refresh-dark.png') });
    await options.emulateMedia({ colorScheme: 'light' });

    // The popup's data line says so too, and points to options.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const line = popup.locator('.data-status li[data-source="custom"]');
    await expect.poll(() => line.getAttribute('class')).toBe('held');
    expect(await line.textContent()).toMatch(/a newer download would drop 4 of them and waits for you in options/);
    expect(await popup.locator('.data-status').getByRole('button', { name: 'Check sources' }).count()).toBe(1);
    await popup.close();

    await held.getByRole('button', { name: 'Apply the new data' }).click();
    await expect.poll(() => feed.getByTestId('held-refresh').count(), { timeout: 20_000 }).toBe(0);
    expect(await feed.getByTestId('entity-count').textContent()).toBe('1');
    // Applied: Globex is no longer marked (Alibaba, the control, still is).
    await expect.poll(marked, { timeout: 20_000 }).not.toContain('Globex Shipping Ltd');
    await options.close();
  });

  it('after a restart with a new extension version, pages are still marked and the sources kept their data', async () => {
    const before = await browser.worker.evaluate(() => chrome.runtime.getManifest().version);
    await browser.close();
    const manifestPath = join(extDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const parts = String(manifest.version).split('.').map(Number);
    parts[parts.length - 1]! += 1;
    manifest.version = parts.join('.');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    browser = await launchWithExtension({ extensionDir: extDir, userDataDir: profile });
    const after = await browser.worker.evaluate(() => chrome.runtime.getManifest().version);
    expect(after).not.toBe(before);
    expect(after).toBe(manifest.version);

    // The SEC data (stored before the poisoned refresh) survived the update and is rebuilt into the new version's view.
    const texts = await marked();
    expect(texts).toContain('Quuxbridge Robotics');
    expect(texts).not.toContain('Globex Shipping Ltd');
    const options = await extensionPage('options.html');
    const status: { id: string; entityCount: number; error?: string }[] = await call(options, 'getSourceStatus');
    expect(status.find((s) => s.id === 'sec')?.entityCount).toBe(6);
    expect(status.find((s) => s.id === 'custom')?.entityCount).toBe(1);
    await options.close();
  });
});
