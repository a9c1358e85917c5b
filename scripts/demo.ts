/**
 * `npm run demo` — builds the extension (the test build, which runs on local pages), serves the bundled demo article on 127.0.0.1 and opens Chromium with
 * GeoLens loaded on it. No network and no keys: the embedded dataset does the work.
 *
 *   npm run demo                          headed when a display exists
 *   npm run demo -- --screenshot demo.png headless: hover the first mention, save a screenshot with the card open
 *   npm run demo -- --no-build            reuse .output/chrome-mv3-test (npm run build:test)
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './lib/browser';
import { waitForCard } from './lib/card-cdp';
import { serveDirectory } from './lib/static-server';

const DEMO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/pages/demo');

function parseArgs(argv: string[]) {
  const out: { screenshot?: string; build: boolean } = { build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--screenshot') {
      const file = argv[++i];
      if (!file) throw new Error('--screenshot needs a file name, e.g. --screenshot demo.png');
      out.screenshot = file;
    } else if (arg?.startsWith('--screenshot=')) out.screenshot = arg.slice('--screenshot='.length);
    else if (arg === '--no-build') out.build = false;
    else throw new Error(`Unknown option ${arg}. Usage: npm run demo -- [--screenshot FILE.png] [--no-build]`);
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // The test build: the store build does not run on 127.0.0.1 (utils/sites.ts).
  if (args.build) execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: 'inherit' });

  const site = await serveDirectory(DEMO_DIR);
  const url = `${site.origin}/`;
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.platform === 'linux';
  const headless = Boolean(args.screenshot) || !hasDisplay;
  const screenshot = args.screenshot ?? (headless ? 'demo.png' : undefined);
  if (!args.screenshot && headless) {
    console.log('[geolens] No display found: running headless and writing a screenshot to demo.png instead.');
  }

  const browser = await launchWithExtension({ headless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  console.log(`[geolens] Demo page: ${url}`);

  if (screenshot) {
    // Mentions are painted as CSS highlights (no elements): find the headline's first one, or else the first one.
    const handle = await page.waitForFunction(
      () => {
        const ranges = [...((CSS.highlights.get('geolens-mention') as Iterable<AbstractRange> | undefined) ?? [])];
        const h1 = document.querySelector('h1');
        const pick = ranges.find((r) => h1?.contains(r.startContainer)) ?? ranges[0];
        if (!pick) return null;
        const range = document.createRange();
        range.setStart(pick.startContainer, pick.startOffset);
        range.setEnd(pick.endContainer, pick.endOffset);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: range.toString() };
      },
      null,
      { timeout: 15_000 },
    );
    const target = (await handle.jsonValue()) as { x: number; y: number; text: string };
    await page.mouse.move(target.x, target.y);
    // The card's shadow root is closed: read it through CDP, as the tests do.
    await waitForCard(page);
    // Let the card's entry animation finish.
    await page.waitForTimeout(250);
    await page.screenshot({ path: screenshot });
    console.log(`[geolens] Screenshot with the card for “${target.text.trim()}” written to ${resolve(screenshot)}`);
    await browser.close();
    await site.close();
    return;
  }

  console.log('[geolens] Hover an underlined company or ticker. Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await site.close();
    process.exit(0);
  };
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  console.error(`[geolens] demo failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
