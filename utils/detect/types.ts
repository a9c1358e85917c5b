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

/** One listing of a company. */
export interface DictionaryTicker {
  /** The ticker as news prints it (`BABA`, `9988`, `BRK-B`). */
  symbol: string;
  /** Exchange code (NYSE, NASDAQ, HKEX, OTC, …); empty when the source does not say. */
  exchange: string;
  /** `false`: never matched bare (the symbol is also an English word, e.g. `NOW`); only `$NOW` or `NYSE: NOW`. */
  bare?: boolean;
}

/**
 * A company as the matcher needs it: the names news uses and the symbols it trades under. Built in the background
 * (see ./dictionary.ts and ./sec.ts), where the word lists live, so the content script gets every flag ready-made.
 */
export interface DictionaryEntry {
  entityId: string;
  /** Names and aliases, case-sensitive as printed (e.g. "Alibaba", "Alibaba Group Holding Limited", "阿里巴巴"). */
  names: string[];
  /**
   * Names matched case-insensitively, as long as the text's first word has a capital ("NVIDIA CORP" also finds
   * "Nvidia Corp" and "NVIDIA"): legal names as filed, which are often in upper case.
   */
  looseNames?: string[];
  /**
   * One-word names that are also proper nouns or words ("Apple", "Amazon"), matched exactly, but not after a
   * determiner ("the Amazon") — see docs/detection.md.
   */
  cautiousNames?: string[];
  /**
   * One-word names that are common words ("Target", "Block", "Visa"), matched exactly and only with a cue: a legal
   * form, a company word next to them, a list of companies, or a strong mention of the same company nearby.
   */
  contextualNames?: string[];
  /** Listings: the ticker as news prints it and its exchange code. */
  tickers: DictionaryTicker[];
}

/** One mention in a text. `text.slice(start, end) === surface` (UTF-16 offsets). */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  entityId: string;
  /**
   * The entity's position in the dictionary the matcher was compiled from (the packed `entities` list), so that
   * per-entity data sent beside it (the band digits) is read without a map of ids.
   */
  entityIndex?: number;
  /** The ticker the mention resolved through (for exchange, cashtag and ticker tiers). */
  ticker?: string;
  tier: Tier;
}

/** Detection strictness (a user setting). */
export interface MatcherOptions {
  /** Match company names and aliases (default true). Off: only tickers. */
  names?: boolean;
  /** Match bare ALL-CAPS tickers when the context supports them (default true). */
  bareTickers?: boolean;
}

/**
 * What one page has shown so far: entities with a strong mention (exchange-qualified, cashtag, unambiguous name).
 * Pass the same context to every `find` call of a page so that "BABA" in paragraph 5 is supported by "Alibaba
 * (NYSE: BABA)" in paragraph 1. Create one with `createMatchContext()`.
 */
export interface MatchContext {
  readonly seen: Set<string>;
}

/** Per-call options of `Matcher.find`. */
export interface FindOptions {
  /**
   * Text just before `text` in the same block (the previous inline siblings' text). The DOM layer passes it so
   * that a link-wrapped symbol — `(NYSE: <a>BABA</a>)` — is read with its exchange prefix. Mentions are only
   * reported inside `text`; the last 64 characters are enough.
   */
  before?: string;
  /** Text just after `text` in the same block, for cues that follow a link-wrapped name ("<a>Apple</a> said"). */
  after?: string;
  /** Page-level memory of strong mentions (see {@link MatchContext}). */
  context?: MatchContext;
}

export interface Matcher {
  /** Mentions in `text`, in text order, never overlapping. Never throws. */
  find(text: string, options?: FindOptions): Mention[];
  /** How many patterns (names and symbols) were compiled. */
  readonly patternCount: number;
}
