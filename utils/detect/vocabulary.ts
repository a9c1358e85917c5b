/**
 * The words detection rules are made of (market forms aside: ./markets.ts): legal forms, the symbols that are
 * never matched bare, and the cue words that make an ambiguous name or a bare ticker a company mention. Every rule
 * that uses them is described in docs/detection.md.
 */

/** Exchange codes as the dataset uses them (upper-cased); the forms that name them are in ./markets.ts. */
export type ExchangeCode = string;

/** Words allowed between an exchange prefix and its colon: "NYSE American:", "OTC Pink:", "TSX-V:". */
export const EXCHANGE_QUALIFIERS: ReadonlySet<string> = new Set([
  'American',
  'Arca',
  'MKT',
  'GS',
  'GM',
  'CM',
  'Global',
  'Capital',
  'Markets',
  'Pink',
  'QX',
  'QB',
  'V',
  'Venture',
  'Main',
  'Stock',
  'Exchange',
]);

/** US venues: a symbol SEC lists on one of them is accepted under another (SEC's exchange field lags moves). */
export const US_EXCHANGES: ReadonlySet<ExchangeCode> = new Set(['NYSE', 'NASDAQ', 'CBOE']);

/** Legal forms that settle an ambiguous name ("Target Corp."), as detection writes them. */
export const STRONG_LEGAL_FORMS: readonly string[] = [
  'Inc',
  'Incorporated',
  'Corp',
  'Corporation',
  'Co',
  'Ltd',
  'Limited',
  'LLC',
  'LP',
  'plc',
  'PLC',
  'Plc',
  'SA',
  'AG',
  'NV',
  'SE',
  'SpA',
  'AB',
  'ASA',
  'Oyj',
  'KK',
  'GmbH',
  // Indonesia (state companies add "(Persero)"), Malaysia, German partnerships limited by shares (also printed in capitals), Russia, Thailand.
  'Tbk',
  'Persero',
  'Bhd',
  'Berhad',
  'KGaA',
  'KGAA',
  'PJSC',
  'PCL',
  'INC',
  'CORP',
  'LTD',
  'CO',
];

/**
 * Legal forms and group words that may follow a name and are then part of the mention ("Alibaba Group Holding
 * Ltd", "Nvidia Corp."). Up to three in a row; a comma may precede the first. "Company", "Group" and "Holdings" are
 * words too, so they do not settle an ambiguous name.
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  ...STRONG_LEGAL_FORMS,
  'Company',
  'Holdings',
  'Holding',
  'Group',
]);

/**
 * Legal forms printed BEFORE the name, part of the mention and as settling as a trailing one: Indonesia's "PT Bank
 * Central Asia Tbk", Russia's "PJSC Gazprom". Only right before a name the dictionary matched.
 */
export const LEADING_LEGAL_FORMS: readonly string[] = ['PT', 'PT.', 'PJSC', 'OJSC', 'PAO', 'OAO'];

/** Dotted legal forms, matched literally after a space: "N.V.", "S.A.", "S.p.A.", "L.P.", "K.K.". */
export const DOTTED_LEGAL_FORMS: readonly string[] = ['N.V.', 'S.A.', 'S.p.A.', 'L.P.', 'K.K.', 'L.L.C.', 'S.E.'];

/**
 * Symbols never matched bare (the product's list plus common acronyms of finance and politics). The background adds
 * every symbol that is also a common English word (see dictionary flags), so this list is the floor, not the whole.
 */
export const NEVER_BARE: ReadonlySet<string> = new Set(
  (
    'A I T F IT ON ALL ARE CAT NOW OPEN SO KEY AI US EU GO BE BIG CAN HAS LOW FAST REAL ' +
    'AM AN AS AT BY DO HE IF IN IS ME MY NO OF OK OR TO UP WE ONE TWO NEW OLD ANY OUT SEE WAY WHO ' +
    'CEO CFO COO CTO CIO EVP SVP VP IPO ETF ETFS GDP CPI PPI EPS ESG SEC FDA FTC FCC DOJ DOD DOE DHS FBI CIA NSA ' +
    'NATO OPEC USA UK UN IMF WTO PLA CCP PRC ROC EV EVS API CPU GPU HBM TV PC HR PR LLC INC LTD PLC NV SA AG ' +
    'CNBC BBC CNN NBC WSJ FT NYT AP AFP USD HKD CNY RMB EUR GBP JPY YEN BTC ETH NYSE AMEX OTC ADR ADS ' +
    'Q1 Q2 Q3 Q4 H1 H2 FY YOY YTD TTM EBIT EBITDA ROI ROE CAGR AUM NAV M&A LNG OEM R&D IoT SaaS IP ID ' +
    'CHIPS ACT NEWS ALERT UPDATE BREAKING RBI ' +
    // Brazil's share classes, printed as words in its market news: "Petrobras (ON +5,23%, PN +3,98%)".
    'PN PNA PNB ' +
    // Time zones in datelines and timestamps ("8:31 PM GMT-04").
    'GMT UTC EST EDT CST CDT PST PDT BST CET CEST JST KST HKT SGT AEST AEDT'
  ).split(' '),
);

/**
 * Words that put a person's name after them: "analyst Kerry Huang", "strategist Sony Kapoor". A one-word company name
 * between one of them and a capitalised word is that person's first name.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'analyst',
  'strategist',
  'economist',
  'trader',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'minister',
  'secretary',
  'senator',
  'president',
  'founder',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
]);

/** Determiners before an ambiguous name make it a common noun or a place: "the Amazon", "a target". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'our',
  'their',
  'my',
  'your',
  'The',
  'A',
  'An',
]);

/**
 * Business roles, which only companies play towards each other: "Apple supplier Foxconn", "Nvidia customer",
 * "supplier to Apple". A cue after a name, and before it with "to" or "for".
 */
export const BUSINESS_ROLES: ReadonlySet<string> = new Set([
  'supplier',
  'suppliers',
  'customer',
  'customers',
  'partner',
  'partners',
  'rival',
  'rivals',
  'peer',
  'peers',
  'parent',
  'subsidiary',
  'lender',
  'lenders',
]);

/** Words right after a name that show it is a company: "Apple said", "Target shares", "Shell CEO", "Apple supplier". */
export const NAME_CUES_AFTER: ReadonlySet<string> = new Set([
  ...BUSINESS_ROLES,
  'said',
  'says',
  'reported',
  'reports',
  'announced',
  'announces',
  'posted',
  'unveiled',
  'launched',
  'agreed',
  'plans',
  'confirmed',
  'denied',
  'declined',
  'told',
  'shares',
  'share',
  'stock',
  'stocks',
  'CEO',
  'CFO',
  'chief',
  'executive',
  'executives',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'earnings',
  'revenue',
]);

/** Words right before a name that show it is a company: "rival Target", "shares of Visa", "parent Alphabet". */
export const NAME_CUES_BEFORE: ReadonlySet<string> = new Set([
  'rival',
  'rivals',
  'peer',
  'parent',
  'owner',
  'subsidiary',
  'giant',
  'retailer',
  'maker',
  'chipmaker',
  'automaker',
  'carmaker',
  'company',
  'firm',
  'lender',
  'insurer',
  'supplier',
  'customer',
  'customers',
  'partner',
  'of',
  'including',
  'as',
]);

/** Words after a bare ticker that show it is a stock: "NVDA shares", "BABA rose 3%". */
export const TICKER_CUES_AFTER: ReadonlySet<string> = new Set([
  'shares',
  'share',
  'stock',
  'stocks',
  'options',
  'calls',
  'puts',
  'rose',
  'fell',
  'gained',
  'jumped',
  'climbed',
  'surged',
  'soared',
  'rallied',
  'advanced',
  'added',
  'slid',
  'dropped',
  'declined',
  'tumbled',
  'sank',
  'slumped',
  'plunged',
  'lost',
  'closed',
  'opened',
  'traded',
  'up',
  'down',
]);

/** Words before a bare ticker that show it is a stock: "shares of NVDA", "ticker BABA", "long TSM". */
export const TICKER_CUES_BEFORE: ReadonlySet<string> = new Set([
  'ticker',
  'symbol',
  'shares',
  'long',
  'short',
  'bought',
  'sold',
  'buy',
  'sell',
  'own',
  'holding',
  'owning',
  'like',
  'recommended',
  'promoted',
  'bullish',
  'bearish',
]);

/** Well-known proper nouns that are also company names and not words: "Amazon" the river, "Jordan" the country. */
export const AMBIGUOUS_PROPER_NOUNS: ReadonlySet<string> = new Set([
  'amazon',
  'jordan',
  'delta',
  'phoenix',
  'mercury',
  'apollo',
  'orion',
  'atlas',
  'aurora',
  'genesis',
  'oracle',
  'pandora',
  'victoria',
  'georgia',
  'carolina',
  'dakota',
  'columbia',
  'sierra',
  'everest',
  'olympus',
  'titan',
  'trump',
  'washington',
  'lincoln',
  'jefferson',
  'franklin',
  'hudson',
  'madison',
  'churchill',
  'china',
  'america',
  'europe',
]);

/**
 * Legal-form and filler words that entity resolution drops before comparing names (utils/sources/names.ts), lower
 * case. Not {@link LEGAL_FORMS}: resolution also drops "the" and the Russian forms lists print (PJSC, OOO), and
 * keeps "Group" and "Holding", which tell a parent from its subsidiary.
 */
export const NAME_FILLER_WORDS: ReadonlySet<string> = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'plc',
  'sa',
  'ag',
  'nv',
  'se',
  'the',
  'pjsc',
  'ojsc',
  'jsc',
  'pao',
  'ao',
  'oao',
  'ooo',
]);
