/**
 * Major companies the listing files lack (SOURCES.md: FinanceDatabase has no 2330.TW, 0005.HK, 0981.HK …), checked
 * by hand: only listings known with certainty, each with the exchange's own page as evidence. A row whose company
 * the files already have (same listing, or same name and country) adds its listings to it instead.
 */
import { nameKeys } from '../../../utils/sources/names';
import { listingId } from './ids';
import { orderListings } from './markets';
import { CAP_CLASSES, type DraftCompany, type DraftListing, listingKey } from './model';
import { type BuildReport, count } from './report';

export interface Addition {
  name: string;
  /** `MARKET:SYMBOL`, home listing first. */
  listings: readonly string[];
  country: string;
  sector: string;
  size: (typeof CAP_CLASSES)[number];
  /** The exchange's own page for the company. */
  evidence: string;
}

function parseListing(value: string): DraftListing {
  const at = value.indexOf(':');
  return { market: value.slice(0, at), symbol: value.slice(at + 1) };
}

/** The exchange's own quote page of a listing (the evidence each row cites). */
const PAGE: Readonly<Record<string, (symbol: string) => string>> = {
  TWSE: (s) => `https://mis.twse.com.tw/stock/fibest.jsp?stock=${s}&lang=en_us`,
  HKEX: (s) =>
    `https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=${Number(s)}&sc_lang=en`,
  SSE: (s) => `https://english.sse.com.cn/markets/equities/overview/single/?code=${s}`,
  SZSE: (s) => `https://www.szse.cn/English/siteMarketData/siteMarketDatas/quotes/index.html?code=${s}`,
  TYO: (s) => `https://quote.jpx.co.jp/jpx/template/quote.cgi?F=tmp/e_stock_detail&MKTN=T&QCODE=${s}`,
  KRX: (s) => `https://global.krx.co.kr/contents/GLB/03/0308/0308010000/GLB0308010000.jsp?isuCd=${s}`,
  XETRA: (s) => `https://www.boerse-frankfurt.de/equity/${s}`,
  'EURONEXT PARIS': (s) => `https://live.euronext.com/en/search_instruments/${s}`,
  SIX: (s) => `https://www.six-group.com/en/market-data/shares/share-explorer.html?query=${s}`,
  NSE: (s) => `https://www.nseindia.com/get-quotes/equity?symbol=${encodeURIComponent(s)}`,
  TSX: (s) => `https://money.tmx.com/en/quote/${s}`,
  LSE: (s) => `https://www.londonstockexchange.com/search?searchtype=all&q=${s}`,
  DFM: (s) => `https://www.dfm.ae/the-exchange/market-information/company/${s}`,
  ADX: (s) => `https://www.adx.ae/english/pages/productsandservices/securities/equities.aspx?symbol=${s}`,
  'NASDAQ STOCKHOLM': (s) => `https://www.nasdaqomxnordic.com/shares/microsite?Instrument=${s}`,
};

type Row = [name: string, listings: string, country: string, sector: string, size: Addition['size']];

/**
 * Rows: name, listings (home first, space-separated, market ids with spaces written with `_`), country, sector, size.
 * Checked gaps (the and ~40 of the largest non-US companies): those below are missing from
 * FinanceDatabase, or there only as a line without a sector (NTT, Shin-Etsu, Delta, Mercedes-Benz's MBG), or under
 * a wrong country (Rheinmetall: United States), or without their home or main line (HSBC 0005, BYD 002594,
 * TotalEnergies TTE, Roche ROG, Larsen & Toubro on NSE, Ping An's A share).
 */
const ROWS: readonly Row[] = [
  ['Taiwan Semiconductor Manufacturing Company Limited', 'TWSE:2330', 'TW', 'Information Technology', 'Mega Cap'],
  ['HSBC Holdings plc', 'LSE:HSBA HKEX:0005', 'GB', 'Financials', 'Mega Cap'],
  [
    'Semiconductor Manufacturing International Corporation',
    'HKEX:0981 SSE:688981',
    'CN',
    'Information Technology',
    'Large Cap',
  ],
  ['Contemporary Amperex Technology Co., Limited', 'SZSE:300750 HKEX:3750', 'CN', 'Industrials', 'Large Cap'],
  ['BYD Company Limited', 'HKEX:1211 SZSE:002594', 'CN', 'Consumer Discretionary', 'Large Cap'],
  ['Nippon Steel Corporation', 'TYO:5401', 'JP', 'Materials', 'Large Cap'],
  ['LG Electronics Inc.', 'KRX:066570', 'KR', 'Consumer Discretionary', 'Large Cap'],
  ['LG Chem, Ltd.', 'KRX:051910', 'KR', 'Materials', 'Large Cap'],
  ['LG Energy Solution, Ltd.', 'KRX:373220', 'KR', 'Industrials', 'Large Cap'],
  ['KB Financial Group Inc.', 'KRX:105560', 'KR', 'Financials', 'Large Cap'],
  ['Sumitomo Mitsui Financial Group, Inc.', 'TYO:8316', 'JP', 'Financials', 'Large Cap'],
  ['Fast Retailing Co., Ltd.', 'TYO:9983', 'JP', 'Consumer Discretionary', 'Large Cap'],
  ['Mitsubishi Corporation', 'TYO:8058', 'JP', 'Industrials', 'Large Cap'],
  ['Mitsui & Co., Ltd.', 'TYO:8031', 'JP', 'Industrials', 'Large Cap'],
  ['NTT, Inc.', 'TYO:9432', 'JP', 'Communication Services', 'Large Cap'],
  ['Shin-Etsu Chemical Co., Ltd.', 'TYO:4063', 'JP', 'Materials', 'Large Cap'],
  ['Roche Holding AG', 'SIX:ROG SIX:RO', 'CH', 'Health Care', 'Mega Cap'],
  ['TotalEnergies SE', 'EURONEXT_PARIS:TTE', 'FR', 'Energy', 'Large Cap'],
  ['Rheinmetall AG', 'XETRA:RHM', 'DE', 'Industrials', 'Large Cap'],
  ['Mercedes-Benz Group AG', 'XETRA:MBG', 'DE', 'Consumer Discretionary', 'Large Cap'],
  ['Industrial and Commercial Bank of China Limited', 'SSE:601398 HKEX:1398', 'CN', 'Financials', 'Mega Cap'],
  ['China Construction Bank Corporation', 'SSE:601939 HKEX:0939', 'CN', 'Financials', 'Large Cap'],
  ['Bank of China Limited', 'SSE:601988 HKEX:3988', 'CN', 'Financials', 'Large Cap'],
  ['Agricultural Bank of China Limited', 'SSE:601288 HKEX:1288', 'CN', 'Financials', 'Large Cap'],
  ['China Mobile Limited', 'SSE:600941 HKEX:0941', 'CN', 'Communication Services', 'Large Cap'],
  ['China Petroleum & Chemical Corporation', 'SSE:600028 HKEX:0386', 'CN', 'Energy', 'Large Cap'],
  ['AIA Group Limited', 'HKEX:1299', 'HK', 'Financials', 'Large Cap'],
  ['JD.com, Inc.', 'HKEX:9618', 'CN', 'Consumer Discretionary', 'Large Cap'],
  ['Baidu, Inc.', 'HKEX:9888', 'CN', 'Communication Services', 'Large Cap'],
  ['Ping An Insurance (Group) Company of China, Ltd.', 'SSE:601318 HKEX:2318', 'CN', 'Financials', 'Large Cap'],
  ['Larsen & Toubro Limited', 'NSE:LT BSE:LT', 'IN', 'Industrials', 'Large Cap'],
  ['Delta Electronics, Inc.', 'TWSE:2308', 'TW', 'Information Technology', 'Large Cap'],
  ['ASE Technology Holding Co., Ltd.', 'TWSE:3711', 'TW', 'Information Technology', 'Large Cap'],
  ['Brookfield Corporation', 'TSX:BN', 'CA', 'Financials', 'Large Cap'],
  ['Emirates NBD Bank PJSC', 'DFM:EMIRATESNBD', 'AE', 'Financials', 'Large Cap'],
  ['First Abu Dhabi Bank P.J.S.C.', 'ADX:FAB', 'AE', 'Financials', 'Large Cap'],
  ['Investor AB', 'NASDAQ_STOCKHOLM:INVE-B NASDAQ_STOCKHOLM:INVE-A', 'SE', 'Financials', 'Large Cap'],
];

export const ADDITIONS: readonly Addition[] = ROWS.map(([name, listings, country, sector, size]) => {
  const all = listings.split(' ').map((l) => l.replace(/_/g, ' '));
  const home = parseListing(all[0]!);
  return { name, listings: all, country, sector, size, evidence: PAGE[home.market]!(home.symbol) };
});

function existing(a: Addition, companies: readonly DraftCompany[]): DraftCompany | undefined {
  const listings = new Set(a.listings);
  const keys = nameKeys(a.name);
  return (
    companies.find((c) => c.listings.some((l) => listings.has(listingKey(l)))) ??
    companies.find((c) => c.hq === a.country && [...nameKeys(c.name)].some((k) => keys.has(k)))
  );
}

/** The companies with the additions applied: new companies appended, missing listings added to known ones. */
export function additionsInto(companies: DraftCompany[], report: BuildReport, table = ADDITIONS): DraftCompany[] {
  for (const a of table) {
    const listings = a.listings.map(parseListing);
    const known = existing(a, companies);
    if (known) {
      const have = new Set(known.listings.map(listingKey));
      const added = listings.filter((l) => !have.has(listingKey(l)));
      // The table's lines first, so that a main line it adds (Roche's ROG, Mercedes-Benz's MBG) leads its market.
      const mine = new Set(a.listings);
      known.listings = orderListings(
        [
          ...listings.map((l) => known.listings.find((k) => listingKey(k) === listingKey(l)) ?? l),
          ...known.listings.filter((l) => !mine.has(listingKey(l))),
        ],
        known.hq,
      );
      if (!known.sector) known.sector = a.sector;
      known.id = listingId(known.listings[0]!);
      count(report.names, added.length ? 'additions: listings added to a known company' : 'additions: already known');
      continue;
    }
    count(report.names, 'additions: new companies');
    companies.push({
      id: listingId(listings[0]!),
      name: a.name,
      hq: a.country,
      sector: a.sector,
      origin: 'additions',
      listings,
      names: [],
      cik: 0,
      lists: [],
      size: CAP_CLASSES.indexOf(a.size),
      capUsd: 0,
    });
  }
  return companies;
}
