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
 * DECISIONS AND FIGURES: see ./README.md (the build report of the committed file).
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
  const companies = bySize([...joined.intl, ...joined.sec]);
  addNames(companies, report);
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
