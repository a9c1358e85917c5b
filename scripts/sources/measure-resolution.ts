/**
 * Measures entity resolution on the real files in ../shared/data: the SDN, non-SDN (NS-CMIC), 1260H, Entity List,
 * MEU, UFLPA and FCC lists against the embedded dataset, the SEC listings and the international listings. Prints
 * per-list flag counts and writes a reproducible sample of 50 links to check by hand.
 *
 *   npm run measure:resolution -- [--sample FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDictionary } from '../../utils/detect/dictionary';
import { parseSecFile, withSecEntries } from '../../utils/detect/sec-listings';
import { parseDataset, type RestrictedList } from '../../utils/exposure/schema';
import { parseCsv } from '../../utils/sources/csv';
import { countryCodeOf, nameKeys, normalizeName } from '../../utils/sources/names';
import { parseJoinedSdn, parseOfacFiles } from '../../utils/sources/ofac';
import { parseTargetsSimple } from '../../utils/sources/opensanctions';
import { emptyStats, type Link, type ResolvableEntity, resolveRecords } from '../../utils/sources/resolution';
import type { ListRecord } from '../../utils/sources/types';
import { nsfregRecords } from '../dataset/lib/nsfreg';
import {
  missingSharedData,
  REPO_ROOT,
  readSharedJson,
  readSharedText,
  SHARED_FILES,
  type SharedFile,
} from '../lib/shared-data';

const FILES = [
  SHARED_FILES.secTickersExchange,
  SHARED_FILES.intlEquities,
  SHARED_FILES.ofacSdnWithCountry,
  SHARED_FILES.ofacConsPrim,
  SHARED_FILES.ofacConsAlt,
  SHARED_FILES.ofacConsAdd,
  SHARED_FILES.dod1260hTargets,
  SHARED_FILES.bisEntityList,
  SHARED_FILES.bisMeu,
  SHARED_FILES.dhsUflpa,
  SHARED_FILES.fccCovered,
];

/** Yahoo suffixes → GeoLens exchange codes (the others keep their suffix; they only need to be distinct). */
const SUFFIX: Record<string, string> = {
  HK: 'HKEX',
  SS: 'SSE',
  SZ: 'SZSE',
  T: 'TYO',
  TW: 'TWSE',
  TWO: 'TPEX',
  L: 'LSE',
  ME: 'MOEX',
};

export interface Universe {
  entities: (ResolvableEntity & { origin: 'embedded' | 'sec' | 'intl' })[];
}

/** Embedded companies, SEC listings not linked to them, and international listings grouped by ISIN. */
export function loadUniverse(): Universe {
  const dataset = parseDataset(JSON.parse(readFileSync(`${REPO_ROOT}/public/data/dataset.json`, 'utf8')));
  const entities: Universe['entities'] = dataset.entities.map((e) => ({ ...e, origin: 'embedded' as const }));
  const rows = parseSecFile(readSharedJson(SHARED_FILES.secTickersExchange));
  const secIds = new Set(
    withSecEntries(buildDictionary(dataset.entities), rows)
      .map((e) => e.entityId)
      .filter((id) => id.startsWith('sec-')),
  );
  const byCik = new Map<number, typeof rows>();
  for (const r of rows) byCik.set(r.cik, [...(byCik.get(r.cik) ?? []), r]);
  for (const [cik, list] of byCik) {
    if (!secIds.has(`sec-${cik}`)) continue;
    entities.push({
      id: `sec-${cik}`,
      name: list[0]!.name,
      aliases: [],
      cik,
      listings: list.map((r) => ({ ticker: r.ticker, exchange: r.exchange || 'US' })),
      origin: 'sec',
    });
  }
  const knownIsins = new Set(dataset.entities.flatMap((e) => e.listings.map((l) => l.isin).filter(Boolean)));
  // International lines of companies the embedded dataset already has (same name and country) are that company.
  const embeddedKeys = new Set(
    dataset.entities.flatMap((e) => [...nameKeys(e.name, ...e.aliases)].map((k) => `${k}|${e.hq}`)),
  );
  const intl = new Map<string, Universe['entities'][number]>();
  for (const r of parseCsv(readSharedText(SHARED_FILES.intlEquities))) {
    if (!r.name || !r.sector) continue;
    if (r.isin && knownIsins.has(r.isin)) continue;
    if (embeddedKeys.has(`${normalizeName(r.name)}|${countryCodeOf(r.country)}`)) continue;
    const [symbol, suffix = ''] = r.symbol!.split(/\.(?=[A-Z]+$)/);
    // A- and H-shares, or a primary and a secondary line, of one company: one company (same name and country).
    const key = `${normalizeName(r.name)}|${r.country}`;
    const listing = { ticker: symbol!, exchange: SUFFIX[suffix] ?? suffix, ...(r.isin ? { isin: r.isin } : {}) };
    const hit = intl.get(key);
    if (hit) (hit.listings as (typeof listing)[]).push(listing);
    else {
      const hq = countryCodeOf(r.country);
      intl.set(key, {
        id: `intl-${(r.isin || r.symbol!).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        name: r.name,
        aliases: [],
        listings: [listing],
        ...(hq ? { hq } : {}),
        origin: 'intl',
      });
    }
  }
  entities.push(...intl.values());
  return { entities };
}

export function loadRecords(): Map<string, ListRecord[]> {
  const sdn = parseJoinedSdn(readSharedText(SHARED_FILES.ofacSdnWithCountry));
  const cons = parseOfacFiles({
    cons: readSharedText(SHARED_FILES.ofacConsPrim),
    consAlt: readSharedText(SHARED_FILES.ofacConsAlt),
    consAdd: readSharedText(SHARED_FILES.ofacConsAdd),
  });
  const l1260 = parseTargetsSimple(readSharedText(SHARED_FILES.dod1260hTargets), 'us_dod_chinese_milcorps');
  const ns = (file: SharedFile, list: RestrictedList) => nsfregRecords(readSharedJson(file), list);
  return new Map([
    ['OFAC SDN', sdn.records],
    ['OFAC NS-CMIC (non-SDN)', cons.records],
    ['DoD 1260H', l1260.records],
    ['BIS Entity List', ns(SHARED_FILES.bisEntityList, 'bis-entity-list')],
    ['BIS MEU', ns(SHARED_FILES.bisMeu, 'bis-meu')],
    ['DHS UFLPA', ns(SHARED_FILES.dhsUflpa, 'dhs-uflpa')],
    ['FCC Covered', ns(SHARED_FILES.fccCovered, 'fcc-covered')],
  ]);
}

/** A small deterministic PRNG (mulberry32), so the sample is the same on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main() {
  const missing = missingSharedData(FILES);
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const started = performance.now();
  const { entities } = loadUniverse();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const lists = loadRecords();
  const origins = { embedded: 0, sec: 0, intl: 0 };
  for (const e of entities) origins[e.origin]++;
  console.log(
    `universe: ${entities.length} companies (${origins.embedded} embedded, ${origins.sec} SEC-only, ${origins.intl} international)`,
  );
  console.log('| list | company entries | listed companies flagged | embedded | SEC | intl | by method | ambiguous |');
  console.log('|---|---|---|---|---|---|---|---|');
  const all: (Link & { listName: string })[] = [];
  for (const [name, records] of lists) {
    const stats = emptyStats();
    const links = resolveRecords(entities, records, stats);
    // Listed companies only: the embedded dataset's private companies and state groups are not counted.
    const ids = new Set(links.map((l) => l.entityId).filter((id) => byId.get(id)!.listings.length > 0));
    const by = { embedded: 0, sec: 0, intl: 0 };
    for (const id of ids) by[byId.get(id)!.origin]++;
    const methods = Object.entries(stats.byMethod)
      .filter(([, n]) => n)
      .map(([m, n]) => `${m} ${n}`)
      .join(', ');
    console.log(
      `| ${name} | ${records.length} | ${ids.size} | ${by.embedded} | ${by.sec} | ${by.intl} | ${methods || '—'} | ${stats.ambiguous} |`,
    );
    all.push(...links.filter((l) => ids.has(l.entityId)).map((l) => ({ ...l, listName: name })));
  }
  console.log(`resolution over all lists: ${Math.round(performance.now() - started)} ms`);
  const out = process.argv.indexOf('--sample');
  if (out > 0) {
    const random = rng(20261124);
    const pool = [...all];
    const sample: typeof all = [];
    while (sample.length < 50 && pool.length) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    const rows = sample.map((l, i) => {
      const e = byId.get(l.entityId)!;
      return {
        n: i + 1,
        list: l.listName,
        entry: l.record.name,
        entryCountries: l.record.countries,
        method: l.method,
        via: l.via,
        company: e.name,
        companyId: e.id,
        companyCountry: e.hq ?? '',
        listings: e.listings.slice(0, 3).map((x) => `${x.ticker} ${x.exchange}`),
      };
    });
    writeFileSync(process.argv[out + 1]!, `${JSON.stringify(rows, null, 1)}\n`);
    console.log(`sample of ${rows.length} links written to ${process.argv[out + 1]}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
