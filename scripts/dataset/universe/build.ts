/**
 * Builds the listed universe, public/data/universe.json (format: utils/sources/universe-format.ts), and its
 * public/data/NOTICE.md from the public files in ../shared/data (provenance in their SOURCES.md):
 *
 *   npm run dataset:universe          # write both files and print the build report
 *   npm run dataset:universe:check    # exit 1 if the committed files differ from a fresh build
 *
 * Steps: the US part (./sec.ts), the international part (./financedatabase.ts) and the gap table (./additions.ts);
 * foreign companies with an SEC registration become one company (./adr.ts); extra names (./names.ts); official
 * lists resolved against the whole universe (./lists.ts); biggest first (./order.ts).
 *
 * Decisions, with the figures of the committed build (2026-08 files):
 * - Size: FinanceDatabase's Mega, Large and Mid caps (with a sector, not US). Small caps were measured and left out:
 *   they add 6,265 companies (11,007 → 17,247), 614 KB raw (1.02 → 1.63 MB) and 129 KB gzipped (276 → 405 KB);
 *   their derived one-word names are 1,488, of which 50 are English words ("Healthcare", "Friend", "Like",
 *   "Change", "Earth") and 47 collide with another company's. News rarely names a non-US small cap, while each of
 *   those names costs precision and content-script memory.
 * - Skipped FinanceDatabase rows: 3,096 without a sector (funds, junk lines — a few real ones come back through
 *   ./additions.ts), 3,029 US companies, 351 on markets the table lacks (.IL 115, .SN 106, .BA 77, .PR 26, .IS 18,
 *   .AT 9), 45 that are not share lines; 914 foreign secondary lines left out; 133 companies known only from such
 *   lines dropped (their home line is not in the file).
 * - ADR join (./adr.ts): 362 international companies are one company with their SEC registrant — 179 by name and
 *   country, 171 by a name unique on both sides where the screener has no country (OTC lines), 3 depositary lines
 *   (Shell, WPP, BeOne), 9 whose countries differ (Stellantis, Ferrovial, Amcor …); refused: plain words across
 *   countries ("United Breweries" of India ≠ of Chile). No ISIN join is possible: SEC's file has none.
 * - Countries: 2,457 companies have none, all SEC registrants the screener does not cover (1,538 of them OTC-only)
 *   and 11 FinanceDatabase rows without a country.
 * - Names (./names.ts): investpy 747 kept, 3,799 derived anyway, 1,168 stale or truncated ("Taiwan Semicon",
 *   "RUMO ON NM"), 65 common words ("Progressive", "Mosaic"), 17 another company's ("Vertex"), 1 place
 *   ("Brasil"); Wikidata 146 kept ("SandRidge", "AvalonBay"), 1,816 derived anyway, 543 stale, 32 common words
 *   ("UPS", "Ford"), 7 claimed by another company.
 * - Lists (./lists.ts): 70 links, all to non-US companies — OFAC SDN 14, NS-CMIC 17, Entity List 15, MEU 2,
 *   UFLPA 3, 1260H 18, FCC 1; 1 refused by eye (Cloudmax Tech a.k.a. YSX Tech ≠ Nasdaq's YSX Tech).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  parseUniverse,
  UNIVERSE_FORMAT,
  type Universe,
  type UniverseCompany,
} from '../../../utils/sources/universe-format';
import { REPO_ROOT } from '../../lib/shared-data';
import { additionsInto } from './additions';
import { joinAdrs } from './adr';
import { addAliases, consolidate } from './aliases';
import { readFinanceDatabase } from './financedatabase';
import { loadListRecords, resolveLists } from './lists';
import { CAP_CLASSES, type DraftCompany, listingKey } from './model';
import { addNames } from './names';
import { bySize } from './order';
import { type BuildReport, emptyReport } from './report';
import { readSec } from './sec';
import { ORIGIN_INDEX, renderNotice, SOURCES, universeSources } from './sources';

export const UNIVERSE_FILE = resolve(REPO_ROOT, 'public/data/universe.json');
export const NOTICE_FILE = resolve(REPO_ROOT, 'public/data/NOTICE.md');

/** The smallest FinanceDatabase class shipped (see README.md for the measurement behind it). */
export const SMALLEST_CLASS = CAP_CLASSES.indexOf('Mid Cap');

function toRow(c: DraftCompany): UniverseCompany {
  const row: UniverseCompany = [
    c.id,
    c.name,
    c.hq,
    c.sector,
    ORIGIN_INDEX[c.origin],
    c.listings.map(listingKey),
    c.names,
  ];
  if (c.cik || c.lists.length) row.push(c.cik);
  if (c.lists.length) row.push(c.lists);
  return row;
}

/** The companies, in file order, and what the build measured. */
export function buildCompanies(smallest = SMALLEST_CLASS): { companies: DraftCompany[]; report: BuildReport } {
  const report = emptyReport();
  const intl = additionsInto(readFinanceDatabase(smallest, report), report);
  const joined = joinAdrs(intl, readSec(report), report);
  const companies = bySize(consolidate([...joined.intl, ...joined.sec], report));
  addNames(companies, report);
  addAliases(companies, report);
  resolveLists(companies, loadListRecords(), report);
  return { companies, report };
}

export function buildUniverse(): { universe: Universe; report: BuildReport } {
  const { companies, report } = buildCompanies();
  const universe = parseUniverse({
    format: UNIVERSE_FORMAT,
    asOf: SOURCES.map((s) => s.asOf)
      .sort()
      .at(-1),
    sources: universeSources(),
    companies: companies.map(toRow),
  });
  return { universe, report };
}

/** Compact: one company per line keeps diffs readable without pretty-printing's size. */
export function renderUniverse(u: Universe): string {
  const head = JSON.stringify({ format: u.format, asOf: u.asOf, sources: u.sources });
  const rows = u.companies.map((c) => JSON.stringify(c)).join(',\n');
  return `${head.slice(0, -1)},"companies":[\n${rows}\n]}\n`;
}

function main(): void {
  const { universe, report } = buildUniverse();
  const files: [string, string][] = [
    [UNIVERSE_FILE, renderUniverse(universe)],
    [NOTICE_FILE, renderNotice()],
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([path, text]) => readFileSync(path, 'utf8') !== text);
    if (stale.length) {
      console.error(`[universe] stale: ${stale.map(([p]) => p).join(', ')}: run npm run dataset:universe`);
      process.exit(1);
    }
    console.log('[universe] up to date');
    return;
  }
  for (const [path, text] of files) writeFileSync(path, text);
  console.log(
    JSON.stringify({ ...report, adrExamples: report.adrExamples.slice(0, 30), listHits: report.listHits }, null, 1),
  );
  console.log(`[universe] wrote ${universe.companies.length} companies to ${UNIVERSE_FILE}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
