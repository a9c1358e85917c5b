/**
 * The screenshots of docs/adr/0008-mark-style.md: a short article (underlines by band) and a long page (tints), on a
 * light and a dark page. Run after `npm run build:test`: `npx tsx bench/mark-style-shots.ts`; `SETTINGS='{"bandMarks":false}'`
 * and `SUFFIX=-off` for the setting turned off.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../scripts/lib/browser';
import { serveDirectory } from '../scripts/lib/static-server';
import { GENERATED_ROUTES, hugePage } from '../test/fixtures/pages/generated';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/adr/0008');
const TEXT = [
  'Rosneft and Huawei-supplier SMIC fell after new sanctions; Alibaba Group (NYSE: BABA) and Tencent slipped in Hong Kong.',
  'MP Materials (NYSE: MP) said magnet output was on schedule, while Nvidia (Nasdaq: NVDA) and Taiwan Semiconductor gained.',
  'Visa, Ford and Toyota were little changed; Apple and JPMorgan Chase rose modestly as Lockheed Martin and RTX slipped.',
  'Shares of Eve Holding and MetroStar Systems, both thinly covered, moved with the wider market.',
];
const page = (dark: boolean, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shot</title>${dark ? '<meta name="color-scheme" content="dark">' : ''}<style>body{font:18px/1.7 Georgia,serif;max-width:720px;margin:24px auto;padding:0 16px;${dark ? 'background:#111418;color:#dfe3e8' : 'background:#fff;color:#1a1a1a'}}</style></head><body><article>${body}</article></body></html>`;
async function main() {
  const site = await serveDirectory(resolve('../test/fixtures/pages'), 0, {
    ...GENERATED_ROUTES,
    '/shot/light': () => ({ body: page(false, `<h2>Markets wrap</h2>${TEXT.map((t) => `<p>${t}</p>`).join('')}`) }),
    '/shot/dark': () => ({ body: page(true, `<h2>Markets wrap</h2>${TEXT.map((t) => `<p>${t}</p>`).join('')}`) }),
    '/shot/long-dark': (u) => ({
      body: hugePage(u).body.replace('<style>body{', '<style>body{background:#111418;color:#dfe3e8;'),
    }),
  });
  const b = await launchWithExtension({ viewport: { width: 760, height: 420 } });
  const settings = process.env.SETTINGS ? JSON.parse(process.env.SETTINGS) : undefined;
  if (settings) await b.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
  for (const [name, path] of [
    ['short-light', '/shot/light'],
    ['short-dark', '/shot/dark'],
    ['long-light', '/generated/huge?chars=1500000'],
    ['long-dark', '/shot/long-dark?chars=1500000'],
  ]) {
    const p = await b.context.newPage();
    await p.goto(`${site.origin}${path}`);
    await p.waitForFunction(() => performance.getEntriesByName('geolens:scan').length > 0, null, { timeout: 60000 });
    await p.waitForTimeout(800);
    await p.mouse.move(5, 5);
    const file = `${OUT}/${name}${process.env.SUFFIX ?? ''}.png`;
    await p.screenshot({ path: file });
    console.log(
      file,
      await p.evaluate(() => [...CSS.highlights.keys()].map((k) => `${k}:${CSS.highlights.get(k)?.size}`).join(' ')),
    );
    await p.close();
  }
  await b.close();
  await site.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
