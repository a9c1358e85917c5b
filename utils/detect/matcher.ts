/**
 * The matcher: compiled once from the dictionary, then run over each text.
 *
 * First cut: one sticky-free RegExp per tier. Names use a longest-first alternation with Unicode-aware word
 * boundaries (so "Alibaba's" matches "Alibaba" and "Alibabas" does not); exchange-qualified forms and cashtags
 * resolve through the ticker index, so only symbols in the dataset are reported.
 */
import type { DictionaryEntry, Mention, Tier } from './types';

/** Exchange prefixes as news prints them, mapped to the exchange code used in the dataset. */
const EXCHANGE_ALIASES: Readonly<Record<string, string>> = {
  NYSE: 'NYSE',
  'NYSE American': 'NYSE',
  'NYSE Arca': 'NYSE',
  NASDAQ: 'NASDAQ',
  Nasdaq: 'NASDAQ',
  HKEX: 'HKEX',
  HKG: 'HKEX',
  SEHK: 'HKEX',
  HK: 'HKEX',
  SSE: 'SSE',
  SHA: 'SSE',
  SZSE: 'SZSE',
  SHE: 'SZSE',
  TYO: 'TYO',
  TSE: 'TYO',
  LSE: 'LSE',
  LON: 'LSE',
  ASX: 'ASX',
  TSX: 'TSX',
  TWSE: 'TWSE',
  KRX: 'KRX',
  OTC: 'OTC',
  OTCQX: 'OTC',
  Euronext: 'EURONEXT',
  XETRA: 'XETRA',
  ETR: 'XETRA',
};

/** Yahoo-style suffixes: `9988.HK`, `7203.T`, `600519.SS`. */
const SUFFIX_EXCHANGES: Readonly<Record<string, string>> = {
  HK: 'HKEX',
  T: 'TYO',
  SS: 'SSE',
  SZ: 'SZSE',
  L: 'LSE',
  TW: 'TWSE',
  AX: 'ASX',
  TO: 'TSX',
  KS: 'KRX',
};

const LEGAL_SUFFIX = String.raw`(?:,?\s(?:Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|SA|S\.A\.|AG|N\.V\.|NV|SE|Co\.?,?\s?Ltd\.?|Co\.|Holdings?|Group))?`;
/** Letters, digits and underscore around a name mean it is part of a longer word. */
const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;
/** Scripts without spaces between words (Chinese, Japanese) cannot use word boundaries. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

export interface Matcher {
  find(text: string): Mention[];
}

interface TickerHit {
  entityId: string;
  exchange: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Normalises a symbol for lookup: `BRK-B`, `BRK/B` and `BRK.B` are one symbol; HK codes lose leading zeros. */
export function normalizeSymbol(symbol: string): string {
  const upper = symbol.toUpperCase().replace(/[-/]/g, '.');
  return /^\d+$/.test(upper) ? String(Number(upper)) : upper;
}

const TIER_RANK: Readonly<Record<Tier, number>> = { exchange: 0, cashtag: 1, name: 2, ticker: 3 };

/** Compiles a matcher from dictionary entries. Later entries never shadow earlier ones for the same name. */
export function compileMatcher(entries: readonly DictionaryEntry[]): Matcher {
  const nameToEntity = new Map<string, string>();
  const tickers = new Map<string, TickerHit[]>();
  for (const entry of entries) {
    for (const name of entry.names) if (name.trim() && !nameToEntity.has(name)) nameToEntity.set(name, entry.entityId);
    for (const { symbol, exchange } of entry.tickers) {
      const key = normalizeSymbol(symbol);
      const hits = tickers.get(key) ?? [];
      hits.push({ entityId: entry.entityId, exchange: exchange.toUpperCase() });
      tickers.set(key, hits);
    }
  }

  const names = [...nameToEntity.keys()].sort((a, b) => b.length - a.length);
  const latin = names.filter((n) => !CJK.test(n)).map(escapeRegExp);
  const cjk = names.filter((n) => CJK.test(n)).map(escapeRegExp);
  const parts: string[] = [];
  if (latin.length) parts.push(`${WORD_BEFORE}(?:${latin.join('|')})${LEGAL_SUFFIX}${WORD_AFTER}`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  const nameRe = parts.length ? new RegExp(parts.join('|'), 'gu') : null;

  const exchangeNames = Object.keys(EXCHANGE_ALIASES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  // "(NYSE: BABA)", "NASDAQ:MP", "HKEX: 9988", "LSE: BP.", "(NYSE: EVEX, EVEXW)", "(NYSE: TME and HKEX: 1698)".
  const symbol = String.raw`[A-Z0-9][A-Z0-9]*(?:[.\-/][A-Z0-9]+)?`;
  const exchangeRe = new RegExp(
    `${WORD_BEFORE}(${exchangeNames.join('|')})\\s?:\\s?(${symbol})((?:\\s?,\\s?${symbol})*)`,
    'gu',
  );
  const suffixRe = new RegExp(
    `${WORD_BEFORE}(\\d{3,6}|[A-Z]{1,5})\\.(${Object.keys(SUFFIX_EXCHANGES).join('|')})${WORD_AFTER}`,
    'gu',
  );
  // Case-sensitive: "$BABA" and "$BRK.B", never "$5", "$1.2bn" or "$us".
  const cashtagRe = /(?<![\p{L}\p{N}_$])\$([A-Z]{1,6}(?:\.[A-Z]{1,2})?)(?![\p{L}\p{N}_])/gu;

  function resolve(sym: string, exchange?: string): TickerHit | undefined {
    const hits = tickers.get(normalizeSymbol(sym));
    if (!hits) return undefined;
    if (!exchange) return hits[0];
    return hits.find((h) => h.exchange === exchange) ?? (exchange === 'OTC' ? hits[0] : undefined);
  }

  function find(text: string): Mention[] {
    const found: Mention[] = [];
    const push = (start: number, surface: string, entityId: string, tier: Tier, ticker?: string) => {
      found.push({ start, end: start + surface.length, surface, entityId, tier, ...(ticker ? { ticker } : {}) });
    };

    for (const m of text.matchAll(exchangeRe)) {
      const exchange = EXCHANGE_ALIASES[m[1] ?? ''];
      const first = m[2] ?? '';
      const firstHit = resolve(first, exchange);
      const symStart = (m.index ?? 0) + m[0].indexOf(first, (m[1] ?? '').length);
      if (firstHit) push(symStart, first, firstHit.entityId, 'exchange', first);
      // A comma list after the first symbol shares its exchange: "(NYSE: EVEX, EVEXW)".
      let offset = symStart + first.length;
      for (const more of (m[3] ?? '').matchAll(new RegExp(symbol, 'gu'))) {
        const sym = more[0];
        const at = text.indexOf(sym, offset);
        offset = at + sym.length;
        const hit = resolve(sym, exchange);
        if (hit) push(at, sym, hit.entityId, 'exchange', sym);
      }
    }
    for (const m of text.matchAll(suffixRe)) {
      const hit = resolve(m[1] ?? '', SUFFIX_EXCHANGES[m[2] ?? '']);
      if (hit) push(m.index ?? 0, m[0], hit.entityId, 'exchange', m[0]);
    }
    for (const m of text.matchAll(cashtagRe)) {
      const hit = resolve(m[1] ?? '');
      if (hit) push(m.index ?? 0, m[0], hit.entityId, 'cashtag', m[1]);
    }
    if (nameRe) {
      for (const m of text.matchAll(nameRe)) {
        const entityId = lookupName(m[0]);
        if (entityId) push(m.index ?? 0, m[0], entityId, 'name');
      }
    }
    return removeOverlaps(dropInsideLinks(text, found));
  }

  /** The matched text may carry a legal suffix ("Alibaba Group Holding Ltd"); strip it back to a dictionary name. */
  function lookupName(surface: string): string | undefined {
    const direct = nameToEntity.get(surface);
    if (direct) return direct;
    for (const name of names) if (surface.startsWith(name)) return nameToEntity.get(name);
    return undefined;
  }

  return { find };
}

/** URLs and e-mail addresses are never mentions, even when they contain a ticker or a name. */
const LINK_RE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

function dropInsideLinks(text: string, mentions: Mention[]): Mention[] {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return mentions;
  const ranges = [...text.matchAll(LINK_RE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  return mentions.filter((m) => !ranges.some(([s, e]) => m.start < e && m.end > s));
}

/** Keeps the strongest, then longest, of overlapping mentions; returns them in text order. */
function removeOverlaps(mentions: Mention[]): Mention[] {
  const ranked = [...mentions].sort(
    (a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const m of ranked) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
