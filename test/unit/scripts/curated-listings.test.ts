import { describe, expect, it } from 'vitest';
import { CURATED } from '../../../scripts/dataset/curation';
import { parseCsv } from '../../../scripts/dataset/lib/csv';
import {
  missingSharedData,
  readSharedJson,
  readSharedText,
  requireSharedData,
  SHARED_FILES,
  skipWithoutSharedData,
} from '../../../scripts/lib/shared-data';

/** US venues whose tickers SEC's company_tickers_exchange.json carries. */
const US_MICS = new Set(['XNYS', 'XNAS', 'XASE']);

/**
 * Curated US listings that SEC's file (a copy of about December 2025) does not show under that ticker, each with why.
 * The combined US listings file (Nasdaq's screener, later) must then show the ticker for the company's CIK.
 */
const EXPLAINED: Record<string, string> = {
  // BNY Mellon moved from BK to BNY; SEC's December 2025 copy still gives BK to it and BNY to a BlackRock trust
  // (../shared/data/SOURCES.md, us_listings_combined.csv).
  'bny:BNY': 'ticker changed from BK; SEC file predates it',
};

const files = [SHARED_FILES.secTickersExchange, SHARED_FILES.usListings] as const;
const missing = missingSharedData([...files]);

describe('curated US listings match the official ticker files', () => {
  it.skipIf(skipWithoutSharedData('curated listings test', missing))(
    'every curated NYSE, NYSE American and Nasdaq ticker is the SEC registrant’s, or is explained',
    () => {
      requireSharedData(missing);
      const sec = readSharedJson<{ data: [number, string, string, string][] }>(SHARED_FILES.secTickersExchange);
      const secByTicker = new Map(sec.data.map(([cik, , ticker]) => [ticker, cik]));
      const listed = new Map(
        parseCsv(readSharedText(SHARED_FILES.usListings)).map((r) => [
          r.sec_ticker,
          { cik: Number(r.cik), exchange: r.exchange },
        ]),
      );

      const problems: string[] = [];
      for (const c of CURATED) {
        for (const l of c.listings ?? []) {
          if (!l.mic || !US_MICS.has(l.mic)) continue;
          const ticker = l.ticker.replace('.', '-');
          const key = `${c.id}:${l.ticker}`;
          const secCik = secByTicker.get(ticker);
          if (key in EXPLAINED) {
            if (c.cik && listed.get(ticker)?.cik !== c.cik)
              problems.push(`${key}: explained, but the combined file disagrees`);
            continue;
          }
          if (secCik === undefined) problems.push(`${key}: not in SEC's company_tickers_exchange.json`);
          else if (c.cik && secCik !== c.cik)
            problems.push(`${key}: SEC gives the ticker to CIK ${secCik}, not ${c.cik}`);
          // NYSE American: the combined file labels it AMEX (SEC's file says NYSE for both).
          const exchange = listed.get(ticker)?.exchange;
          if (exchange === 'AMEX' && l.mic !== 'XASE') problems.push(`${key}: trades on NYSE American (XASE)`);
          if (exchange && exchange !== 'AMEX' && l.mic === 'XASE') problems.push(`${key}: not on NYSE American`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
