/**
 * `npm run bench:size`: what GeoLens costs to download and what each tab receives, written to bench/results.json under
 * "size". A measurement, not a test.
 *
 *   zipBytes            the store packages (`wxt zip`, `wxt zip -b firefox`), as uploaded
 *   data                the embedded data files (dataset.json, universe.json), raw and gzipped (the zip deflates them)
 *   perTab              the packed detection dictionary and compiled tables the background sends each tab with default
 *                       settings (characters, and bytes as the JSON message, raw and gzipped), with entity and pattern counts
 *
 *   npm run bench:size
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { packTables } from '../utils/detect/tables';
import { defaultPackedDictionary } from './default-dictionary';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = resolve(ROOT, 'bench/results.json');
const kib = (n: number) => Math.round((n / 1024) * 10) / 10;

function zips(): Record<string, number> {
  execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  const out: Record<string, number> = {};
  for (const f of readdirSync(resolve(ROOT, '.output')).filter((n) => n.endsWith('.zip')))
    out[f.replace(/^geolens-[\d.]+-/, '')] = statSync(resolve(ROOT, '.output', f)).size;
  return out;
}

function dataFiles(): Record<string, { bytes: number; gzipBytes: number }> {
  const out: Record<string, { bytes: number; gzipBytes: number }> = {};
  for (const name of ['dataset.json', 'universe.json']) {
    const path = resolve(ROOT, 'public/data', name);
    if (!existsSync(path)) continue;
    const raw = readFileSync(path);
    out[name] = { bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
  }
  return out;
}

function perTab() {
  const { packed, entities } = defaultPackedDictionary(ROOT);
  // The message as sent: the packed strings and the matcher's compiled tables (utils/detect/tables.ts).
  const tables = packTables(packed);
  const json = JSON.stringify({ dictionary: packed, tables });
  const lines = (s: string) => (s ? s.split('\n').length : 0);
  return {
    entities,
    names: lines(packed.names),
    symbols: lines(packed.symbols),
    chars: Object.values(packed).reduce((n, v) => n + (typeof v === 'string' ? v.length : 0), 0),
    tablesChars: tables.length,
    messageBytes: Buffer.byteLength(json),
    messageGzipBytes: gzipSync(json, { level: 9 }).length,
  };
}

const size = { zipBytes: zips(), data: dataFiles(), perTab: perTab(), measuredAt: new Date().toISOString() };
mkdirSync(dirname(RESULTS), { recursive: true });
const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(RESULTS, `${JSON.stringify({ ...previous, size }, null, 2)}\n`);
console.table([
  ...Object.entries(size.zipBytes).map(([k, v]) => ({ metric: `store package ${k} (KiB)`, value: kib(v) })),
  ...Object.entries(size.data).map(([k, v]) => ({
    metric: `public/data/${k} raw / gzipped (KiB)`,
    value: `${kib(v.bytes)} / ${kib(v.gzipBytes)}`,
  })),
  {
    metric: `each tab receives: ${size.perTab.entities} companies, ${size.perTab.names} names, ${size.perTab.symbols} symbols (KiB as JSON / gzipped)`,
    value: `${kib(size.perTab.messageBytes)} / ${kib(size.perTab.messageGzipBytes)}`,
  },
]);
console.log(`Written to ${RESULTS} under "size".`);
