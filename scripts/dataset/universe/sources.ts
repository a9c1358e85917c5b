/**
 * The files the universe is built from, as the file's `sources` and as public/data/NOTICE.md: where each came from,
 * its licence, and what was derived from it. Only facts are shipped (names, symbols, countries, sectors, list
 * entries); no OpenSanctions (CC BY-NC) file is read.
 */
import type { UniverseSource } from '../../../utils/sources/universe-format';
import type { OriginKey } from './model';

interface Source extends UniverseSource {
  /** What the universe takes from it and how (NOTICE.md). */
  derived: string;
  /** The repository and commit the copy in ../shared/data came from (SOURCES.md). */
  copy: string;
}

/** The first three are the companies' `source` (index 0–2, see {@link ORIGIN_INDEX}); the rest are attributed. */
export const SOURCES: readonly Source[] = [
  {
    id: 'sec',
    name: 'SEC company tickers and exchanges',
    publisher: 'U.S. Securities and Exchange Commission',
    url: 'https://www.sec.gov/files/company_tickers_exchange.json',
    licence: 'Public domain (US government work)',
    asOf: '2025-12-14',
    copy: 'phan28395/IQterminal @ 4c95be7443a108035e726fecea6a41fdc45089a3, company_tickers_exchange.json',
    derived:
      'Every company (one per CIK) with all its tickers and exchanges; the legal name without SEC state tags. Ids are `sec-<cik>`.',
  },
  {
    id: 'financedatabase',
    name: 'FinanceDatabase equities',
    publisher: 'Jeroen Bouma (JerBouma/FinanceDatabase)',
    url: 'https://github.com/JerBouma/FinanceDatabase',
    licence: 'MIT — Copyright (c) 2021 Jeroen Bouma',
    asOf: '2026-08-16',
    copy: 'JerBouma/FinanceDatabase @ 268be5d29898a12dbd6b1f006a0deb55b81a5a29, database/equities/<EX>.csv',
    derived:
      'Non-US equities of the Mega, Large and Mid cap classes with a sector: name, country, sector and listings (Yahoo suffix mapped to a market id), grouped per company by ISIN or by name and country, home market first; foreign secondary lines (BDRs, LSE international order book, Mexico, Vienna) left out.',
  },
  {
    id: 'geolens-additions',
    name: 'GeoLens additions',
    publisher: 'GeoLens (scripts/dataset/universe/additions.ts)',
    url: 'https://www.world-exchanges.org/',
    licence: 'Facts checked against each exchange’s own company page (the URL is in additions.ts)',
    asOf: '2026-08-21',
    copy: 'scripts/dataset/universe/additions.ts',
    derived:
      'Major companies the files above lack (e.g. TSMC on TWSE, SMIC, Nippon Steel): name, home listing, country, sector.',
  },
  {
    id: 'nasdaq-screener',
    name: 'Nasdaq stock screener (US-Stock-Symbols)',
    publisher: 'Nasdaq, via rreichel3/US-Stock-Symbols',
    url: 'https://github.com/rreichel3/US-Stock-Symbols',
    licence: 'No licence stated; only facts are used (symbol, country, sector, market value for the order)',
    asOf: '2026-08-21',
    copy: 'rreichel3/US-Stock-Symbols @ 7d1d22185692e23e8d60e34cafecb03d5e19f2d1 (combined in us_listings_combined.csv)',
    derived:
      'For US companies, joined by CIK then ticker: the country (ISO code), the sector, a readable form of names SEC prints in capitals, and the market value used only to order companies. Whether a US line is a depositary share (ADR join).',
  },
  {
    id: 'investpy',
    name: 'investpy stock list',
    publisher: 'Álvaro Bartolomé (alvarobartt/investpy), data from Investing.com',
    url: 'https://github.com/alvarobartt/investpy',
    licence: 'MIT — Copyright (c) 2018-2021 Álvaro Bartolomé del Canto',
    asOf: '2022-02-02',
    copy: 'alvarobartt/investpy @ 9eeb6baea386779fdf57e062e3dd2f2264d8a0ee, investpy/resources/stocks.csv',
    derived:
      'Short names ("SMIC", "HSBC") joined by ISIN or country and symbol, kept only when current: every word in the legal name or its initials, not a common word, not another company’s name.',
  },
  {
    id: 'wikidata',
    name: 'Wikidata ticker aliases',
    publisher: 'Wikidata (via Roee104/FinancialSentimentAnalysis)',
    url: 'https://www.wikidata.org/',
    licence: 'CC0 1.0 (Wikidata); the repository states no licence',
    asOf: '2025-06-24',
    copy: 'Roee104/FinancialSentimentAnalysis @ be8da16fd8c6935e55642594e0f6294f3a2a1d0d, data/ticker_alias_table.csv',
    derived:
      'Aliases of US companies, kept only when they share the company’s first distinctive word or are its initials, are not common words and are claimed by one company.',
  },
  {
    id: 'ofac',
    name: 'OFAC SDN and non-SDN (consolidated) lists',
    publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
    url: 'https://sanctionslistservice.ofac.treas.gov/',
    licence: 'Public domain (US government work)',
    asOf: '2026-08-20',
    copy: 'kindrat86/ofac-sdn-json @ 3186e895e4ec63122cffece2d127e3f1fbe4c5c4 (SDN, countries from moov-io/watchman add.csv); moov-io/watchman @ d299005fe25f511fe8abdb6425c745e16cb5ca2c (cons_prim/alt/add)',
    derived:
      'Entries (name as printed, date) linked to companies by ISIN, CIK, ticker or an equal distinctive name with agreeing country.',
  },
  {
    id: 'us-lists',
    name: 'BIS Entity List and MEU, DHS UFLPA, DoW §1260H, OFAC NS-CMIC, FCC Covered List',
    publisher: 'U.S. Departments of Commerce, Homeland Security, War and Treasury; FCC (via phagehunter/nsfreg)',
    url: 'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744',
    licence: 'Public domain (US government works); the nsfreg repository states no licence',
    asOf: '2026-07-09',
    copy: 'phagehunter/nsfreg @ 02787e87e65d9452d34e1413859cbea1b0a94b00, data/<list>.json',
    derived: 'Entries (name as printed, effective date) linked to companies as for OFAC.',
  },
];

/** A company's `source` index by origin. */
export const ORIGIN_INDEX: Readonly<Record<OriginKey, number>> = { sec: 0, financedatabase: 1, additions: 2 };

/** The shipped `sources` (without the NOTICE-only fields). */
export function universeSources(): UniverseSource[] {
  return SOURCES.map(({ id, name, publisher, url, licence, asOf }) => ({ id, name, publisher, url, licence, asOf }));
}

/** public/data/NOTICE.md. */
export function renderNotice(): string {
  const parts = SOURCES.map(
    (s) =>
      `## ${s.name}\n- Publisher: ${s.publisher}\n- URL: ${s.url}\n- Licence: ${s.licence}\n- As of: ${s.asOf}\n- Copy used: ${s.copy}\n- Derived: ${s.derived}\n`,
  );
  return `# Data notice: public/data/universe.json

The listed universe is generated by \`npm run dataset:universe\` (scripts/dataset/universe/) from the public files
below. It holds facts only: company names, listings (market and symbol), countries, sectors, and the official-list
entries a company was resolved to at build time. Nothing from OpenSanctions (CC BY-NC 4.0) is read or shipped.

${parts.join('\n')}`;
}
