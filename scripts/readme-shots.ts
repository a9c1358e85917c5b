/**
 * The README's feature screenshots (docs/screenshots/), cropped from what the E2E tests write to
 * test-results/screenshots/. Run after `npm test` (or the E2E files named below): `npx tsx scripts/readme-shots.ts`.
 * Cropping happens in Chromium (a page showing the PNG at 1:1, screenshotted with a clip): no image tool to install.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FROM = resolve(ROOT, 'test-results/screenshots');
const TO = resolve(ROOT, 'docs/screenshots');

/** Output name, E2E screenshot (and the test that writes it), crop box in CSS pixels. */
const SHOTS: [string, string, { x: number; y: number; width: number; height: number }][] = [
  ['card-light.png', 'card-tailwind.png', { x: 250, y: 0, width: 380, height: 500 }], // card-layout.e2e.ts
  ['card-dark.png', 'card-dark.png', { x: 250, y: 110, width: 480, height: 450 }], // card-theme.e2e.ts
  ['card-not-assessed.png', 'card-not-assessed.png', { x: 250, y: 0, width: 380, height: 525 }], // card-layout.e2e.ts
  ['card-in-article.png', 'card-in-article-dark.png', { x: 110, y: 150, width: 740, height: 630 }], // signals.e2e.ts
  ['popup.png', 'popup-light.png', { x: 0, y: 0, width: 420, height: 700 }], // popup-options.e2e.ts
  ['options.png', 'options-light.png', { x: 130, y: 10, width: 1020, height: 530 }], // popup-options.e2e.ts
];

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 1 });
  for (const [name, source, clip] of SHOTS) {
    const png = readFileSync(resolve(FROM, source)).toString('base64');
    await page.setContent(
      `<body style="margin:0"><img style="display:block" src="data:image/png;base64,${png}"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: resolve(TO, name), clip });
    console.log(`docs/screenshots/${name} from ${source}`);
  }
  await browser.close();
}

await main();
