/**
 * The curators' vocabulary: how a company is written down in scripts/dataset/curation/*.ts before the build turns it
 * into a dataset entity (scripts/dataset/build.ts). Restricted-list entries and the jurisdiction factor are written
 * as references; the build fills in severity, wording and evidence from one table, so every list keeps one meaning.
 */

import { revenueSeverity } from '../../../utils/exposure/revenue-rule';
import type {
  Evidence,
  Factor,
  FactorKind,
  FactorStatus,
  Listing,
  Ownership,
  RestrictedList,
} from '../../../utils/exposure/schema';

export interface ListRef {
  list: RestrictedList;
  /** The entry's name exactly as the list prints it (checked by the truth tests). */
  entry: string;
  /** When the designation took effect, if known. */
  since?: string;
  /**
   * The entry's own terms limit it to some items, projects or uses (an Entity List licence requirement other than
   * "for all items subject to the EAR"). Checked against the official file by the truth tests; the build applies the
   * list's `partialSeverity`.
   */
  partial?: boolean;
  /**
   * The entry names a subsidiary, not this company: the card says so ("its subsidiary … is on …") and the listing
   * counts half (utils/exposure/restricted-lists.ts `listSeverity`). The subsidiary's name is `entry`.
   */
  subsidiary?: boolean;
  /** One clause on why, in our words (e.g. DoD's stated basis); appended to the generated summary. */
  note?: string;
  /** Extra evidence beyond the list's own citation (e.g. the Federal Register rule that added it). */
  evidence?: Evidence[];
}

export interface Curated {
  id: string;
  name: string;
  aliases?: string[];
  /**
   * Where a brand or app name among `aliases` is shown to be this company's ("TikTok" for ByteDance): a source from
   * the company or a government. Kept in the curation for review; the feed carries no evidence per name.
   */
  aliasEvidence?: Record<string, Evidence[]>;
  /** Names that are also common words; see `ambiguousNames` in utils/exposure/schema.ts. */
  ambiguous?: string[];
  listings?: Listing[];
  private?: boolean;
  hq: string;
  inc?: string;
  sector: string;
  cik?: number;
  ownership?: Ownership;
  lists?: ListRef[];
  /**
   * The card head's one line, when the rule in scripts/dataset/lib/takeaway.ts says it less well (at most 90
   * characters; plain words, no statute numbers).
   */
  takeaway?: string;
  /** Jurisdiction: the build computes severity from the country table; curators may add a note and evidence. */
  jurisdiction?: { note?: string; evidence?: Evidence[] };
  factors?: Factor[];
}

export const ev = (title: string, publisher: string, url: string, date: string): Evidence => ({
  title,
  publisher,
  url,
  date,
});

/** A company's own site, for facts such as its headquarters that it states about itself. */
export const site = (company: string, url: string, date = '2026-11-20'): Evidence =>
  ev(`${company}: corporate website (company profile and investor relations)`, company, url, date);

export const edgarFilings = (cik: number, company: string, form: string, date: string, period: string): Evidence =>
  ev(
    `${company}: annual report on Form ${form} (${period})`,
    'U.S. Securities and Exchange Commission (EDGAR)',
    `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${String(cik).padStart(10, '0')}&type=${form}&dateb=&owner=include&count=40`,
    date,
  );

/**
 * One document of a filing in the SEC archive, by accession number (with or without dashes), so the evidence points at
 * the page that was read: the main document, an XBRL R page, or '' for the filing's index.
 */
export const edgarDocument = (title: string, cik: number, accession: string, file: string, date: string): Evidence =>
  ev(
    title,
    'U.S. Securities and Exchange Commission (EDGAR)',
    `https://www.sec.gov/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}/${file}`,
    date,
  );

type Opts = { status?: FactorStatus; since?: string };

function factor(
  kind: FactorKind,
  severity: number,
  summary: string,
  evidence: Evidence[],
  direction: 'risk' | 'tailwind',
  opts: Opts = {},
): Factor {
  return {
    kind,
    severity,
    status: opts.status ?? 'confirmed',
    direction,
    summary,
    ...(opts.since ? { since: opts.since } : {}),
    evidence,
  };
}

export const risk = (
  kind: Exclude<FactorKind, 'national-security-tailwind'>,
  severity: number,
  summary: string,
  evidence: Evidence[],
  opts?: Opts,
) => factor(kind, severity, summary, evidence, 'risk', opts);

export const tailwind = (severity: number, summary: string, evidence: Evidence[], opts?: Opts) =>
  factor('national-security-tailwind', severity, summary, evidence, 'tailwind', opts);

/** Revenue from a high-risk region: severity by the revenue rule (utils/exposure/revenue-rule.ts). */
export function revenue(
  share: number,
  region: string,
  basis: 'reported' | 'estimated',
  fiscalYear: string,
  summary: string,
  evidence: Evidence[],
): Factor {
  const severity = revenueSeverity({ share, region });
  return {
    kind: 'revenue-exposure',
    severity,
    status: 'confirmed',
    direction: 'risk',
    summary,
    revenue: { share, region, basis, fiscalYear },
    evidence,
  };
}

// ── Listings, with the ISO 10383 MIC of each venue ──
type L = Partial<Listing>;
const venue =
  (exchange: string, mic: string) =>
  (ticker: string, more: L = {}): Listing => ({ ticker, exchange, mic, ...more });
export const nyse = venue('NYSE', 'XNYS');
export const nasdaq = venue('NASDAQ', 'XNAS');
/**
 * NYSE American: the market id stays NYSE, the family detection and the universe merge treat as one US venue
 * ("NYSE American: UUUU" resolves through the NYSE row of utils/detect/markets.ts); the MIC tells the venue apart.
 */
export const nyseAmerican = venue('NYSE', 'XASE');
export const otc = venue('OTC', 'OTCM');
/** HKEX codes as the exchange prints them, four digits at least ("0700", not "700"): the card and exports show them. */
const hkexVenue = venue('HKEX', 'XHKG');
export const hkex = (ticker: string, more: L = {}): Listing =>
  hkexVenue(/^\d+$/.test(ticker) ? ticker.padStart(4, '0') : ticker, more);
export const sse = venue('SSE', 'XSHG');
export const szse = venue('SZSE', 'XSHE');
export const twse = venue('TWSE', 'XTAI');
export const tyo = venue('TYO', 'XTKS');
export const krx = venue('KRX', 'XKRX');
export const lse = venue('LSE', 'XLON');
export const ams = venue('Euronext Amsterdam', 'XAMS');
export const par = venue('Euronext Paris', 'XPAR');
export const mil = venue('Euronext Milan', 'XMIL');
export const xetra = venue('XETRA', 'XETR');
export const six = venue('SIX', 'XSWX');
export const sto = venue('Nasdaq Stockholm', 'XSTO');
export const cph = venue('Nasdaq Copenhagen', 'XCSE');
export const vie = venue('Vienna', 'XWBO');
export const bud = venue('Budapest', 'XBUD');
export const asx = venue('ASX', 'XASX');
export const tsx = venue('TSX', 'XTSE');
export const moex = venue('MOEX', 'MISX');
export const tase = venue('TASE', 'XTAE');
export const primary = { primary: true } as const;
