/**
 * The listed universe in the merged view (utils/sources/merge-universe.ts, universe-factors.ts, universe-names.ts,
 * merge-sec.ts): joins, new entities, names, factors, and the SEC source joining by CIK.
 */
import { describe, expect, it } from 'vitest';
import { listingOnlyNote, notAssessedNote } from '@/components/shared/not-assessed-note';
import { createEntityCache } from '@/utils/background/entity-cache';
import { compilePackedMatcher, createMatchContext } from '@/utils/detect/matcher';
import { RESTRICTED_LIST_META } from '@/utils/exposure/restricted-lists';
import { snapshotCompanyCount } from '@/utils/sources/merge-universe';
import type { MergedDataset } from '@/utils/sources/merged-dataset';
import { edgarUrl } from '@/utils/sources/universe-factors';
import { embeddedDataset, fixtureUniverse, mergeDefault } from '../support/universe';

const entity = (d: MergedDataset, id: string) => d.entities.find((e) => e.id === id);
function find(d: MergedDataset, text: string) {
  const matcher = compilePackedMatcher(d.packed!);
  return matcher.find(text, { context: createMatchContext() }).map((m) => [m.surface, m.entityId]);
}

describe('listed universe: joining the curated companies', () => {
  const { dataset } = mergeDefault();

  it('joins a curated company by CIK: no duplicate, curated name and factors kept, the universe named as a source', () => {
    expect(entity(dataset, 'sec-1094517')).toBeUndefined();
    const toyota = entity(dataset, 'toyota')!;
    expect(toyota.name).toBe('Toyota Motor Corporation');
    expect(toyota.coverage).toBeUndefined();
    expect(toyota.sources).toContain('FinanceDatabase');
    expect(toyota.factors.every((f) => !f.summary.startsWith('Listed company headquartered'))).toBe(true);
  });

  it('joins by a listing on the same market (HK codes with or without leading zeros), adding missing listings', () => {
    expect(entity(dataset, 'x-krx-005930')).toBeUndefined();
    expect(entity(dataset, 'x-hkex-9988')).toBeUndefined();
    expect(entity(dataset, 'alibaba')!.sources).toContain('FinanceDatabase');
    expect(entity(dataset, 'samsung-electronics')!.listings.map((l) => `${l.exchange}:${l.ticker}`)).toEqual([
      'KRX:005930',
    ]);
  });

  it('curated names keep their classes: "Samsung" alone still needs support; the universe name is added', () => {
    expect(find(dataset, 'Samsung Electronics (005930.KS) rose.')).toEqual([
      ['Samsung Electronics', 'samsung-electronics'],
      ['005930.KS', 'samsung-electronics'],
    ]);
    expect(find(dataset, 'Toyota Motor Corp (7203.T) fell.')).toEqual([
      ['Toyota Motor Corp', 'toyota'],
      ['7203.T', 'toyota'],
    ]);
  });
});

describe('listed universe: companies of its own', () => {
  const { dataset } = mergeDefault();

  it('becomes an entity with its names as aliases, home listing primary, country, CIK and coverage "listing"', () => {
    expect(entity(dataset, 'sec-1160106')).toMatchObject({
      name: 'Lloyds Banking Group plc',
      aliases: ['Lloyds'],
      ambiguousNames: [],
      hq: 'GB',
      sector: 'Financial Services',
      cik: 1160106,
      listings: [
        { exchange: 'LSE', ticker: 'LLOY', primary: true },
        { exchange: 'NYSE', ticker: 'LYG' },
      ],
      sources: ['FinanceDatabase'],
      coverage: 'listing',
    });
  });

  it('gets a jurisdiction factor: plain summary, EDGAR evidence with a CIK, else the universe source', () => {
    const [lloyds] = entity(dataset, 'sec-1160106')!.factors;
    expect(lloyds).toMatchObject({ kind: 'jurisdiction', status: 'confirmed', direction: 'risk' });
    expect(lloyds!.summary).toMatch(
      /^Listed company headquartered in the United Kingdom: (?:low|moderate) country risk \(0\.\d\d on GeoLens's 0–1 scale of conflict, sanctions and governance\)\.$/,
    );
    expect(lloyds!.evidence[0]!.url).toBe(edgarUrl(1160106));
    const [reliance] = entity(dataset, 'x-nse-reliance')!.factors;
    expect(reliance!.summary).toContain('headquartered in India');
    expect(reliance!.evidence).toEqual([
      expect.objectContaining({
        publisher: fixtureUniverse.sources[1]!.publisher,
        url: fixtureUniverse.sources[1]!.url,
      }),
    ]);
  });

  it('shares one factor per country and source (no per-company copies)', () => {
    const motor = entity(dataset, 'x-krx-005380')!.factors[0];
    const mobis = entity(dataset, 'x-krx-012330')!.factors[0];
    expect(motor).toBe(mobis);
  });

  it('turns each list hit into a restricted-listing factor with the official publication as evidence', () => {
    const [listed, country] = entity(dataset, 'x-moex-posi')!.factors;
    expect(listed).toMatchObject({
      kind: 'restricted-listing',
      list: 'bis-entity-list',
      listEntry: 'Positive Technologies',
      since: '2021-11-04',
      severity: RESTRICTED_LIST_META['bis-entity-list'].severity,
      evidence: [RESTRICTED_LIST_META['bis-entity-list'].official],
    });
    expect(country!.kind).toBe('jurisdiction');
  });

  it('a company with no country and no list has no factor: Not assessed, never a bare 0', () => {
    const cache = createEntityCache(dataset);
    const card = cache.card('sec-860748', false)!;
    expect(card).toMatchObject({ assessed: false, coverage: 'listing', risks: [] });
    expect(notAssessedNote(card)).toContain('it is known only from SEC company tickers');
    expect(notAssessedNote(card)).toContain('Checked and not found on: OFAC SDN list');
  });

  it("the card of a listed company says what was checked and that there's no curated assessment", () => {
    const card = createEntityCache(dataset).card('x-tyo-7201', false)!;
    expect(card).toMatchObject({ assessed: true, coverage: 'listing', sources: ['FinanceDatabase'] });
    expect(card.risks.map((r) => r.kind)).toEqual(['jurisdiction']);
    expect(listingOnlyNote(card)).toBe(
      `Listing data only: GeoLens checked its country (Japan) and ${card.screenedOffline!.length} official lists (${card.screenedOffline!.map((l) => l.replace(/ list$/, '')).join(', ')}). No analyst has assessed its revenue, supply chain or state ties.`,
    );
    expect(card.screenedOffline).toContain('BIS Entity List');
  });
});

describe('listed universe: names in detection', () => {
  const { dataset } = mergeDefault();

  it('finds non-US companies by name and by every ticker form of their listings', () => {
    expect(find(dataset, 'Reliance Industries (RELIANCE.NS) and Deutsche Bank (DBK.DE) rose.')).toEqual([
      ['Reliance Industries', 'x-nse-reliance'],
      ['RELIANCE.NS', 'x-nse-reliance'],
      ['Deutsche Bank', 'x-xetra-dbk'],
      ['DBK.DE', 'x-xetra-dbk'],
    ]);
  });

  it('drops a shortened name two universe companies derive, for both ("Tata"); keeps one only one derives', () => {
    expect(find(dataset, 'Shares of Tata rose while Tata Motors fell.')).toEqual([['Tata Motors', 'x-nse-tatamotors']]);
    // Hyundai Mobis does not shorten to "Hyundai": only Hyundai Motor does, and news means it by "Hyundai".
    expect(find(dataset, 'Hyundai said sales rose.')).toEqual([['Hyundai', 'x-krx-005380']]);
  });
});

describe('the SEC source over the universe', () => {
  const row = (cik: number, name: string, ticker: string, exchange = 'NYSE') => ({ cik, name, ticker, exchange });
  const sec = {
    id: 'sec',
    name: 'SEC EDGAR tickers',
    publisher: 'SEC',
    url: 'https://www.sec.gov/files/company_tickers_exchange.json',
    asOf: '2026-08-21',
    rows: [
      row(1160106, 'Lloyds Banking Group plc', 'LYG'),
      row(860748, 'KEMPER Corp', 'KMPR'),
      row(860748, 'KEMPER Corp', 'KMPRZ'),
      // A ticker the universe gives to Sony, filed by another registrant: a different company.
      row(9000009, 'Sonyx Robotics Inc', 'SONY', 'OTC'),
      row(9000010, 'Quuxbridge Robotics Inc', 'QXBR', 'NASDAQ'),
    ],
  };
  const { dataset } = mergeDefault({ sec });

  it('joins rows to universe entities by CIK, refreshing their tickers, instead of creating duplicates', () => {
    expect(dataset.entities.filter((e) => e.id === 'sec-1160106')).toHaveLength(1);
    const kemper = entity(dataset, 'sec-860748')!;
    expect(kemper.listings.map((l) => l.ticker)).toEqual(['KMPR', 'KMPRZ']);
    expect(kemper.sources).toEqual(['SEC company tickers', 'SEC EDGAR tickers']);
  });

  it('never links a row to a universe company by ticker when the CIKs differ', () => {
    expect(entity(dataset, 'sec-313838')!.sources).not.toContain('SEC EDGAR tickers');
    expect(entity(dataset, 'sec-9000009')).toMatchObject({ name: 'Sonyx Robotics Inc', coverage: 'listing' });
    expect(entity(dataset, 'sec-9000010')).toBeDefined();
  });

  it('shares no sources array between entities once a source is added', () => {
    const lloyds = entity(dataset, 'sec-1160106')!;
    const reliance = entity(dataset, 'x-nse-reliance')!;
    expect(lloyds.sources).toEqual(['FinanceDatabase', 'SEC EDGAR tickers']);
    expect(reliance.sources).toEqual(['FinanceDatabase']);
  });
});

describe('listed universe: the snapshot count options and the popup show', () => {
  it('counts each company once: the curated ones and the universe rows that join none of them', () => {
    const { dataset } = mergeDefault();
    expect(snapshotCompanyCount(embeddedDataset.entities, fixtureUniverse)).toBe(dataset.entities.length);
    expect(snapshotCompanyCount(embeddedDataset.entities, undefined)).toBe(embeddedDataset.entities.length);
    expect(dataset.entities.length).toBeGreaterThan(embeddedDataset.entities.length);
  });
});
