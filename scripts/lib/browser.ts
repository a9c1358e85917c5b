/**
 * Launches Chromium with the built extension loaded (Playwright persistent context), as the demo and the E2E tests
 * need it. See ../shared/TOOLCHAIN.md for why each flag is here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { ensureChromium } from './chromium';

/**
 * The test build (`npm run build:test`, WXT mode "test"): the only Chrome build that runs on the 127.0.0.1 pages the
 * demo, the E2E tests and the benchmarks serve. The store build (`npm run build`, .output/chrome-mv3) does not.
 */
export const CHROME_BUILD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../.output/chrome-mv3-test');

/** Flags for every Chromium the tests, demo and benches launch. The machine has no network: no reaching for it. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The current service worker (replaced when the extension reloads). */
  worker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    headless?: boolean;
    extensionDir?: string;
    userDataDir?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<ExtensionBrowser> {
  const extDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const ownsDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'geolens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    args: [
      // Without this, Playwright's default --disable-extensions wins and no worker starts.
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async close() {
      await context.close();
      if (ownsDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
