/**
 * What detection works with: text in, mentions out. Nothing here touches the DOM.
 */

/** Strongest first: exchange-qualified, cashtag, company name or alias, bare ticker. */
export type Tier = 'exchange' | 'cashtag' | 'name' | 'ticker';

export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  exchange: 'exchange-qualified ticker',
  cashtag: 'cashtag',
  name: 'company name',
  ticker: 'ticker',
};

/** A company as the matcher needs it: the names news uses and the symbols it trades under. */
export interface DictionaryEntry {
  entityId: string;
  /** Names and aliases, case-sensitive as printed (e.g. "Alibaba", "Alibaba Group Holding Limited", "阿里巴巴"). */
  names: string[];
  /** Listings: the ticker as news prints it and its exchange code (NYSE, NASDAQ, HKEX, …). */
  tickers: { symbol: string; exchange: string }[];
}

/** One mention in a text. `text.slice(start, end) === surface` (UTF-16 offsets). */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  entityId: string;
  /** The ticker the mention resolved through (for exchange, cashtag and ticker tiers). */
  ticker?: string;
  tier: Tier;
}
