/**
 * The market table: every way news, wire services and brokers name a market next to a symbol, mapped to the market
 * ids the listings use (the dataset's `exchange` field upper-cased, as the dictionary stores it: `TYO`,
 * `EURONEXT PARIS`, `NASDAQ STOCKHOLM`). A form is recognised only when its symbol is a listing on one of the
 * markets of its row (docs/detection.md has the forms with an example each). Markets the embedded data does not list
 * yet (`NSE`, `B3`, `TADAWUL`, …) keep their rows so that a source adding them needs no code change.
 *
 * - `prefixes`: before a colon, case-sensitive — `TYO: 7203`, `EPA: AIR`, `B3: PETR4`.
 * - `suffixes`: after a dot — Yahoo (`7203.T`, `NESN.SW`) and Reuters RICs (`NVDA.O`, `XOM.N`, `NESN.S`).
 * - `bloomberg`: Bloomberg's two-letter market code after a space — `7203 JP`, `SAP GY Equity`.
 * - `dash`: after a dash, as Taiwanese and Hong Kong portals print them — `BABA-US`, `09988-HK`.
 */

/** A market id as the dictionary stores it (the listing's `exchange`, upper-cased). */
export type MarketId = string;

/** One row of the table: the forms that name the same market(s), first market = best. */
export interface MarketForms {
  /** What the row is, for the docs and for error messages. */
  readonly label: string;
  readonly markets: readonly MarketId[];
  readonly prefixes?: readonly string[];
  readonly suffixes?: readonly string[];
  readonly bloomberg?: readonly string[];
  readonly dash?: readonly string[];
}

const US = ['NYSE', 'NASDAQ', 'CBOE'];
const EURONEXT = [
  'EURONEXT PARIS',
  'EURONEXT AMSTERDAM',
  'EURONEXT MILAN',
  'EURONEXT BRUSSELS',
  'EURONEXT LISBON',
  'EURONEXT DUBLIN',
  'OSLO',
  'EURONEXT',
];

/** The table. A form appears in one row only (checked when the maps are built). */
export const MARKET_FORMS: readonly MarketForms[] = [
  // United States. A US symbol is unique across NYSE, Nasdaq and Cboe and SEC's exchange field lags moves, so each
  // US venue accepts a listing on another (listings.ts).
  {
    label: 'NYSE, NYSE American, NYSE Arca',
    markets: ['NYSE'],
    prefixes: ['NYSE', 'AMEX', 'NYSEAMERICAN', 'NYSEMKT', 'NYSEARCA'],
    // Reuters: .N NYSE, .A NYSE American, .P NYSE Arca, .K NYSE consolidated.
    suffixes: ['N', 'A', 'P', 'K'],
    bloomberg: ['UN', 'UA', 'UP'],
  },
  {
    label: 'Nasdaq',
    markets: ['NASDAQ'],
    prefixes: ['NASDAQ', 'Nasdaq', 'NasdaqGS', 'NasdaqGM', 'NasdaqCM', 'NASDAQGS'],
    suffixes: ['O', 'OQ'],
    bloomberg: ['UW', 'UQ', 'UR'],
  },
  { label: 'Cboe', markets: ['CBOE'], prefixes: ['CBOE', 'Cboe', 'BATS'], bloomberg: ['UF'] },
  {
    label: 'US composite (any US venue or OTC)',
    markets: [...US, 'OTC'],
    // Broker apps (Longbridge, Futu, moomoo) print "GME.US"; Bloomberg's US composite is "AAPL US".
    suffixes: ['US'],
    bloomberg: ['US'],
    dash: ['US'],
  },
  { label: 'OTC Markets', markets: ['OTC'], prefixes: ['OTC', 'OTCQX', 'OTCQB', 'OTCMKTS'], bloomberg: ['UV'] },
  // Greater China.
  {
    label: 'Hong Kong',
    markets: ['HKEX'],
    prefixes: ['HKEX', 'HKG', 'SEHK', 'HKSE'],
    suffixes: ['HK'],
    bloomberg: ['HK'],
    dash: ['HK'],
  },
  { label: 'Shanghai', markets: ['SSE'], prefixes: ['SSE', 'SHA'], suffixes: ['SS'], bloomberg: ['CG'] },
  { label: 'Shenzhen', markets: ['SZSE'], prefixes: ['SZSE', 'SHE'], suffixes: ['SZ'], bloomberg: ['CS'] },
  { label: 'China A-shares (Shanghai or Shenzhen)', markets: ['SSE', 'SZSE'], bloomberg: ['CH'], dash: ['CN'] },
  { label: 'Taiwan Stock Exchange', markets: ['TWSE'], prefixes: ['TWSE', 'TPE'], suffixes: ['TW'], dash: ['TW'] },
  { label: 'Taipei Exchange (TPEx)', markets: ['TPEX'], prefixes: ['TPEX', 'TPEx'], suffixes: ['TWO'] },
  { label: 'Taiwan (TWSE or TPEx)', markets: ['TWSE', 'TPEX'], bloomberg: ['TT'] },
  // Japan and Korea. "TSE" is Tokyo in Japanese news and Toronto in Canadian news: both are tried, Tokyo first.
  {
    label: 'Tokyo',
    markets: ['TYO'],
    prefixes: ['TYO', 'JPX'],
    suffixes: ['T'],
    bloomberg: ['JP', 'JT'],
    dash: ['JP'],
  },
  { label: 'Tokyo or Toronto', markets: ['TYO', 'TSX'], prefixes: ['TSE'] },
  {
    label: 'Korea Exchange (KOSPI)',
    markets: ['KRX'],
    prefixes: ['KRX', 'KOSPI'],
    suffixes: ['KS'],
    bloomberg: ['KS'],
  },
  // KOSDAQ is run by the Korea Exchange: data may label its listings either way.
  { label: 'KOSDAQ', markets: ['KOSDAQ', 'KRX'], prefixes: ['KOSDAQ'], suffixes: ['KQ'], bloomberg: ['KQ'] },
  // India.
  {
    label: 'National Stock Exchange of India',
    markets: ['NSE'],
    prefixes: ['NSE'],
    suffixes: ['NS'],
    bloomberg: ['IS'],
  },
  { label: 'BSE (Bombay)', markets: ['BSE'], prefixes: ['BSE'], suffixes: ['BO'], bloomberg: ['IB'] },
  { label: 'India composite (NSE or BSE)', markets: ['NSE', 'BSE'], bloomberg: ['IN'] },
  // Europe.
  { label: 'London', markets: ['LSE'], prefixes: ['LSE', 'LON', 'AIM'], suffixes: ['L'], bloomberg: ['LN'] },
  { label: 'Xetra', markets: ['XETRA'], prefixes: ['XETRA', 'Xetra', 'ETR'], suffixes: ['DE'], bloomberg: ['GY'] },
  // A German share trades on Xetra and Frankfurt alike; the data lists it once.
  { label: 'Frankfurt', markets: ['FRANKFURT', 'XETRA'], prefixes: ['FRA', 'FWB'], suffixes: ['F'], bloomberg: ['GF'] },
  { label: 'Germany composite', markets: ['XETRA', 'FRANKFURT'], bloomberg: ['GR'] },
  { label: 'Euronext (any of its markets)', markets: EURONEXT, prefixes: ['Euronext', 'EURONEXT'] },
  { label: 'Euronext Paris', markets: ['EURONEXT PARIS'], prefixes: ['EPA'], suffixes: ['PA'], bloomberg: ['FP'] },
  {
    label: 'Euronext Amsterdam',
    markets: ['EURONEXT AMSTERDAM'],
    prefixes: ['AMS'],
    suffixes: ['AS'],
    bloomberg: ['NA'],
  },
  {
    label: 'Euronext Milan (Borsa Italiana)',
    markets: ['EURONEXT MILAN'],
    prefixes: ['BIT', 'MIL'],
    suffixes: ['MI'],
    bloomberg: ['IM'],
  },
  {
    label: 'Euronext Brussels',
    markets: ['EURONEXT BRUSSELS'],
    prefixes: ['EBR'],
    suffixes: ['BR'],
    bloomberg: ['BB'],
  },
  { label: 'Euronext Lisbon', markets: ['EURONEXT LISBON'], prefixes: ['ELI'], suffixes: ['LS'], bloomberg: ['PL'] },
  { label: 'Oslo', markets: ['OSLO'], prefixes: ['OSL'], suffixes: ['OL'], bloomberg: ['NO'] },
  {
    label: 'SIX Swiss Exchange',
    markets: ['SIX'],
    prefixes: ['SIX', 'SWX'],
    suffixes: ['SW', 'S'],
    bloomberg: ['SW', 'SE'],
  },
  { label: 'Madrid (BME)', markets: ['BME'], prefixes: ['BME'], suffixes: ['MC'], bloomberg: ['SM'] },
  {
    label: 'Nasdaq Stockholm',
    markets: ['NASDAQ STOCKHOLM'],
    prefixes: ['STO'],
    suffixes: ['ST'],
    bloomberg: ['SS'],
  },
  {
    label: 'Nasdaq Copenhagen',
    markets: ['NASDAQ COPENHAGEN'],
    prefixes: ['CPH'],
    suffixes: ['CO'],
    bloomberg: ['DC'],
  },
  { label: 'Nasdaq Helsinki', markets: ['NASDAQ HELSINKI'], prefixes: ['HEL'], suffixes: ['HE'], bloomberg: ['FH'] },
  { label: 'Vienna', markets: ['VIENNA'], prefixes: ['VIE', 'WBAG'], suffixes: ['VI'], bloomberg: ['AV'] },
  { label: 'Budapest', markets: ['BUDAPEST'], suffixes: ['BD', 'BU'], bloomberg: ['HB'] },
  { label: 'Moscow Exchange', markets: ['MOEX'], prefixes: ['MOEX', 'MCX'], suffixes: ['ME', 'MM'], bloomberg: ['RM'] },
  // Americas.
  // The Globe and Mail prints "SHOP-T", "BBD-B-T" (TSX) and "-X" (TSX Venture).
  {
    label: 'Toronto (TSX)',
    markets: ['TSX'],
    prefixes: ['TSX', 'CSE'],
    suffixes: ['TO'],
    bloomberg: ['CT'],
    dash: ['T'],
  },
  {
    label: 'TSX Venture',
    markets: ['TSXV', 'TSX'],
    prefixes: ['TSXV'],
    suffixes: ['V'],
    bloomberg: ['CV'],
    dash: ['X'],
  },
  { label: 'Canada composite', markets: ['TSX', 'TSXV'], bloomberg: ['CN'] },
  {
    label: 'B3 (São Paulo)',
    markets: ['B3'],
    prefixes: ['B3', 'BVMF', 'BOVESPA'],
    suffixes: ['SA'],
    bloomberg: ['BZ'],
  },
  { label: 'Mexico (BMV)', markets: ['BMV'], prefixes: ['BMV'], suffixes: ['MX'], bloomberg: ['MM'] },
  // Asia-Pacific, Middle East, Africa.
  { label: 'ASX', markets: ['ASX'], prefixes: ['ASX'], suffixes: ['AX'], bloomberg: ['AU'] },
  { label: 'NZX', markets: ['NZX'], prefixes: ['NZX', 'NZE'], suffixes: ['NZ'], bloomberg: ['NZ'] },
  { label: 'Singapore (SGX)', markets: ['SGX'], prefixes: ['SGX'], suffixes: ['SI'], bloomberg: ['SP'] },
  { label: 'Indonesia (IDX)', markets: ['IDX'], prefixes: ['IDX'], suffixes: ['JK'], bloomberg: ['IJ'] },
  { label: 'Thailand (SET)', markets: ['SET'], suffixes: ['BK'], bloomberg: ['TB'] },
  { label: 'Bursa Malaysia', markets: ['BURSA'], prefixes: ['KLSE', 'MYX'], suffixes: ['KL'], bloomberg: ['MK'] },
  { label: 'Tel Aviv', markets: ['TASE'], prefixes: ['TASE', 'TLV'], suffixes: ['TA'], bloomberg: ['IT'] },
  // Yahoo prints ".SR", Reuters ".SE" for Tadawul.
  {
    label: 'Saudi Exchange (Tadawul)',
    markets: ['TADAWUL'],
    prefixes: ['TADAWUL', 'Tadawul'],
    suffixes: ['SR', 'SE'],
    bloomberg: ['AB'],
  },
  { label: 'Abu Dhabi (ADX)', markets: ['ADX'], prefixes: ['ADX'], suffixes: ['AD'] },
  { label: 'Dubai (DFM)', markets: ['DFM'], prefixes: ['DFM'], suffixes: ['DU'], bloomberg: ['DB'] },
  // Yahoo's ".AE" and Bloomberg's "UH" cover both UAE markets.
  { label: 'UAE (ADX or DFM)', markets: ['ADX', 'DFM'], suffixes: ['AE'], bloomberg: ['UH'] },
  { label: 'Johannesburg (JSE)', markets: ['JSE'], prefixes: ['JSE'], suffixes: ['JO', 'J'], bloomberg: ['SJ'] },
];

type FormKind = 'prefixes' | 'suffixes' | 'bloomberg' | 'dash';

function formsOf(kind: FormKind): Readonly<Record<string, readonly MarketId[]>> {
  const map: Record<string, readonly MarketId[]> = Object.create(null);
  for (const row of MARKET_FORMS) {
    for (const form of row[kind] ?? []) {
      if (map[form]) throw new Error(`market table: ${kind} "${form}" appears twice (${row.label})`);
      map[form] = row.markets;
    }
  }
  return map;
}

/** Exchange prefixes as news prints them (case-sensitive) → market ids (first = best). */
export const EXCHANGE_PREFIXES = formsOf('prefixes');
/** Yahoo and Reuters suffixes after a dot (`7203.T`, `NVDA.O`) → market ids. */
export const SUFFIX_MARKETS = formsOf('suffixes');
/** Bloomberg market codes after a space (`7203 JP`) → market ids. */
export const BLOOMBERG_MARKETS = formsOf('bloomberg');
/** Portal codes after a dash (`BABA-US`) → market ids. */
export const DASH_SUFFIX_EXCHANGES = formsOf('dash');
