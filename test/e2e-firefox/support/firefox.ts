/**
 * Launches a real Firefox (Debian's firefox-esr, or FIREFOX_PATH) headless through puppeteer-core over WebDriver BiDi,
 * and installs GeoLens's Firefox test build into it. Playwright cannot drive a stock Firefox (it needs its own patched
 * build) and Debian has no geckodriver; puppeteer speaks BiDi to Firefox's own remote agent and downloads nothing.
 * The recipe and its workarounds: ../shared/TOOLCHAIN.md ("End-to-end in a real Firefox").
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The Firefox test build (`npm run build:test:firefox`): the Firefox build that runs on 127.0.0.1 pages. */
export const FIREFOX_BUILD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../.output/firefox-mv3-test');
/** The add-on id of the Firefox manifest (wxt.config.ts `browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'geolens@geolens.dev';
/**
 * Firefox gives each install a random moz-extension:// host; this pref pins it, so the tests (and a restart) know the
 * address of the popup and options pages.
 */
export const EXTENSION_UUID = '6d5c3b1e-0f42-4b8e-9a11-5e0c6a7f2b31';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The browser the tests drive: FIREFOX_PATH, else Debian's firefox-esr (installed by .ci/run). */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`No Firefox at ${path}: install firefox-esr (bash .ci/run does) or set FIREFOX_PATH`);
  }
  return path;
}

export interface FirefoxSession {
  browser: Browser;
  /** Everything Firefox printed on stdout and stderr so far (where errors of extension pages and scripts go). */
  output: string[];
  /** The profile directory (kept across `relaunch` when the caller owns it). */
  profileDir: string;
  close(): Promise<void>;
}

/**
 * Starts Firefox with `profileDir` (a fresh temporary profile when omitted, removed on close). Nothing is installed:
 * see {@link installTemporary} and {@link installPermanent}.
 */
export async function launchFirefox(options: { profileDir?: string } = {}): Promise<FirefoxSession> {
  const ownsProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'geolens-firefox-'));
  mkdirSync(profileDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 860 },
    // Lets BiDi navigate a tab to moz-extension:// pages (the popup and options, opened as tabs).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // permissions.request() in a real click grants at once instead of showing a doorhanger headless tests cannot press.
      'extensions.webextOptionalPermissionPrompts': false,
      // Debian's ESR honours this: an unsigned build may be installed permanently (the restart test).
      'xpinstall.signatures.required': false,
    },
  });
  const output: string[] = [];
  const proc = browser.process();
  proc?.stdout?.on('data', (chunk) => output.push(String(chunk)));
  proc?.stderr?.on('data', (chunk) => output.push(String(chunk)));
  return {
    browser,
    output,
    profileDir,
    async close() {
      await browser.close();
      if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A temporary add-on from the unpacked build (what `web-ext run` and about:debugging do); gone at restart. */
export async function installTemporary(browser: Browser, dir = FIREFOX_BUILD_DIR): Promise<void> {
  const id = await browser.installExtension(dir);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
}

/**
 * A permanent install from a packed build (.xpi/.zip), as a user's install from a file: it stays across restarts.
 * Over raw BiDi, because puppeteer does not pass Firefox's `moz:permanent` flag. Firefox refuses it for an unsigned
 * add-on unless `xpinstall.signatures.required` is false, which only ESR, Developer Edition and Nightly honour.
 */
export async function installPermanent(browser: Browser, archive: string): Promise<void> {
  const { result } = await bidiOf(browser).send('webExtension.install', {
    extensionData: { type: 'archivePath', path: archive },
    'moz:permanent': true,
  });
  if (result.extension !== GECKO_ID) throw new Error(`installed ${result.extension}, expected ${GECKO_ID}`);
}

/** The one raw BiDi call puppeteer's typed API does not offer (see installPermanent and card.ts). */
export interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<{ result: any }>;
}

export function bidiOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** Lines Firefox printed about errors in GeoLens's pages and scripts (`JavaScript error: moz-extension://…`). */
export function extensionErrors(output: readonly string[]): string[] {
  return output
    .join('')
    .split('\n')
    .filter((line) => /moz-extension:\/\//.test(line) && /error/i.test(line));
}
