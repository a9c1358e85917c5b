/**
 * Renders scripts/icon.svg to the PNG sizes the manifest wants (public/icon/<size>.png). Run after editing the SVG:
 * `npm run icons`. The PNGs are committed, so builds do not need a browser.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium';

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(resolve(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: resolve(here, `../public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
