/**
 * The listed universe builder (scripts/dataset/universe/) on the real files in ../shared/data: consolidation per
 * company, home listings first, stable ids, the committed file equal to a fresh build, the NOTICE, and that no
 * OpenSanctions (CC BY-NC) file is read. Needs the shared data: skipped locally without it, a failure under CI=true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Universe, UniverseCompany } from '@/utils/sources/universe-format';
import { buildUniverse, NOTICE_FILE, renderUniverse, UNIVERSE_FILE } from '../../../scripts/dataset/universe/build';
import { LIST_INPUTS } from '../../../scripts/dataset/universe/lists';
import { renderNotice, SOURCES } from '../../../scripts/dataset/universe/sources';
import {
  missingSharedData,
  REPO_ROOT,
  requireSharedData,
  SHARED_FILES,
  skipWithoutSharedData,
} from '../../../scripts/lib/shared-data';

const FILES = [SHARED_FILES.secTickersExchange, SHARED_FILES.usListings, SHARED_FILES.intlEquities, ...LIST_INPUTS];
const missing = missingSharedData(FILES);
const skip = skipWithoutSharedData('universe builder', missing);

describe.skipIf(skip)('the listed universe built from ../shared/data', () => {
  let universe: Universe;
  const byListing = new Map<string, UniverseCompany>();
  const holding = (listing: string) => {
    const c = byListing.get(listing);
    if (!c) throw new Error(`no company holds ${listing}`);
    return c;
  };

  beforeAll(() => {
    requireSharedData(missing);
    universe = buildUniverse().universe;
    for (const c of universe.companies) for (const l of c[5]) byListing.set(l, c);
  }, 60_000);

  it('is one company per issuer, home listing first (Toyota, Shell, Reliance, Samsung)', () => {
    const toyota = holding('TYO:7203');
    expect(toyota[0]).toBe('sec-1094517');
    expect(toyota[5][0]).toBe('TYO:7203');
    expect(toyota[5]).toContain('NYSE:TM');
    expect(holding('NYSE:TM')).toBe(toyota);
    expect(holding('LSE:SHEL')[5][0]).toBe('LSE:SHEL');
    expect(holding('LSE:SHEL')[5]).toContain('NYSE:SHEL');
    expect(holding('NSE:RELIANCE')[5].slice(0, 2)).toEqual(['NSE:RELIANCE', 'BSE:RELIANCE']);
    expect(holding('KRX:005930')[0]).toBe('x-krx-005930');
    expect(holding('KRX:005930')[5][0]).toBe('KRX:005930');
    expect(holding('TWSE:2330')[5].slice(0, 2)).toEqual(['TWSE:2330', 'NYSE:TSM']);
  });

  it('joins dual-listed structures and lines left under a former name (aliases.ts)', () => {
    // Rio Tinto plc and Rio Tinto Limited are one group; SEC's OTC "RIO TINTO LTD" line too.
    expect(holding('ASX:RIO')).toBe(holding('NYSE:RIO'));
    expect(holding('OTC:RTNTF')).toBe(holding('LSE:RIO'));
    // Xetra's "Royal Dutch Shell plc" line is Shell; TSX's "Canadian Pacific Railway" is CPKC.
    expect(holding('XETRA:R6C')).toBe(holding('LSE:SHEL'));
    expect(holding('TSX:CP')).toBe(holding('NYSE:CP'));
    expect(universe.companies.filter((c) => /^Royal Dutch Shell/.test(c[1]))).toEqual([]);
  });

  it('carries the hand tables of everyday and former names', () => {
    expect(holding('LSE:SHEL')[6]).toContain('Royal Dutch Shell');
    expect(holding('LSE:GSK')[6]).toContain('GlaxoSmithKline');
    expect(holding('TSX:RY')[6]).toEqual(expect.arrayContaining(['RBC', 'Royal Bank']));
    expect(holding('TADAWUL:2222')[6]).toContain('Saudi Aramco');
    // A former name that is a common word folds the old lines but names nothing.
    expect(holding('EURONEXT PARIS:FP')).toBe(holding('EURONEXT PARIS:TTE'));
    expect(holding('EURONEXT PARIS:TTE')[6]).not.toContain('Total');
  });

  it('leaves out foreign secondary lines: no BDRs, no LSE international order book codes', () => {
    const listings = universe.companies.flatMap((c) => c[5].map((l) => [l, c[2]] as const));
    expect(listings.filter(([l]) => /^LSE:\d[A-Z0-9]{3}$/.test(l))).toEqual([]);
    expect(listings.filter(([l, hq]) => /^B3:.*3[2-9]$/.test(l) && hq !== 'BR')).toEqual([]);
    expect(listings.filter(([l, hq]) => /^(BMV|VIENNA):/.test(l) && hq !== 'MX' && hq !== 'AT')).toEqual([]);
  });

  it('has unique ids, SEC ids for registrants and home-listing ids for the others', () => {
    const ids = universe.companies.map((c) => c[0]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of universe.companies) {
      if (c[7]) expect(c[0]).toBe(`sec-${c[7]}`);
      else expect(c[0]).toMatch(/^x-[a-z0-9-]+$/);
    }
    expect(holding('HKEX:0700')[0]).toBe('x-hkex-0700');
    expect(holding('EURONEXT PARIS:MC')[0]).toBe('x-euronext-paris-mc');
  });

  it('gives every company outside the SEC-only part a country (and counts those without)', () => {
    const without = universe.companies.filter((c) => !c[2]);
    // SEC registrants the Nasdaq screener does not cover (OTC lines, funds, trusts): no file gives their country.
    expect(without.every((c) => c[4] === 0 || c[5].every((l) => !l.startsWith('OTC:')))).toBe(true);
    expect(without.filter((c) => c[4] !== 0).length).toBeLessThan(20);
    expect(without.length).toBeLessThan(universe.companies.length * 0.25);
  });

  it('resolves official lists strictly: true links pinned, Alphabet not linked', () => {
    expect(holding('SZSE:002415')[8]?.map((h) => h[0])).toContain('ofac-ns-cmic');
    expect(holding('MOEX:SBER')[8]?.map((h) => h[0])).toContain('ofac-sdn');
    expect(holding('NASDAQ:GOOGL')[8]).toBeUndefined();
  });

  it('equals the committed file (npm run dataset:universe:check)', () => {
    expect(readFileSync(UNIVERSE_FILE, 'utf8') === renderUniverse(universe)).toBe(true);
    expect(readFileSync(NOTICE_FILE, 'utf8')).toBe(renderNotice());
  });
});

describe('the universe NOTICE and inputs', () => {
  it('names every source with its licence', () => {
    const notice = renderNotice();
    for (const s of SOURCES) {
      expect(notice).toContain(`## ${s.name}`);
      expect(notice).toContain(s.licence);
    }
    for (const licence of ['MIT', 'CC0', 'Public domain', 'No licence stated']) expect(notice).toContain(licence);
  });

  it('never reads an OpenSanctions (CC BY-NC) file', () => {
    expect(LIST_INPUTS.filter((f) => f.includes('opensanctions'))).toEqual([]);
    const dir = resolve(REPO_ROOT, 'scripts/dataset/universe');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(resolve(dir, file), 'utf8');
      expect(text, file).not.toMatch(/opensanctions_|dod1260hTargets|euSanctions|sanctionsPrograms|lib\/lists'/);
    }
  });
});
