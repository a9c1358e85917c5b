/**
 * Turns dataset entities into the matcher's dictionary: the names news prints and the symbols each company trades
 * under, with the flags the content script needs (which names are ambiguous, which symbols are words). Built in the
 * background (one place), shipped to each tab as plain data (see docs/adr/0003-detection-dictionary.md).
 */
import type { Entity } from '../exposure/schema';
import type { DictionaryEntry } from './types';
import { NEVER_BARE } from './vocabulary';
import { isAmbiguousName, isCommonWord } from './words';

/**
 * Legal-form endings that news usually drops ("Alibaba Group Holding Limited" → "Alibaba Group Holding"), with the
 * continental forms listing files spell out ("Deutsche Bank Aktiengesellschaft", "Nordea Bank Abp", "Eni S.p.A.", "Hermes International Societe en commandite par actions").
 */
const TRAILING_LEGAL_FORM =
  /,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|S\.?A\.?|AG|N\.?V\.?|SE|L\.?L\.?C\.?|L\.?P\.?|Co\.?,?\s*Ltd\.?|Co\.?|Company|Aktiengesellschaft|KGaA|AG\s*&\s*Co\.?\s*KGaA|Abp|Oyj|ASA|A\/S|S\.p\.A\.?|SpA|N\.V\.|Soci[ée]t[ée]\s+(?:en\s+commandite\s+par\s+actions|anonyme|europ[ée]enne)|Tbk|Bhd|Berhad|PJSC)$/iu;

export function stripLegalForm(name: string): string {
  let out = name.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(TRAILING_LEGAL_FORM, '').trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

/** A symbol that is also a word ("NOW", "CAT", "KEY") is never matched bare. */
export function isWordSymbol(symbol: string): boolean {
  return /^[A-Za-z]+$/.test(symbol) && symbol.length <= 5 && isCommonWord(symbol);
}

/** Sorts names into exact, cautious (one word that could be a place or a noun) and drops duplicates. */
export function classifyNames(all: Iterable<string>): Pick<DictionaryEntry, 'names' | 'cautiousNames'> {
  const names: string[] = [];
  const cautious: string[] = [];
  const seen = new Set<string>();
  for (const raw of all) {
    const name = raw.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    (isAmbiguousName(name) ? cautious : names).push(name);
  }
  return cautious.length ? { names, cautiousNames: cautious } : { names };
}

/** Words an acronym leaves out: "Sociedad Química y Minera" → SQM. */
const INITIALS_SKIP: ReadonlySet<string> = new Set(['of', 'and', '&', 'y', 'de', 'the', 'for']);

/** The initials of a name without its legal form: "Advanced Micro Devices, Inc." → "AMD". */
export function initials(name: string): string {
  return stripLegalForm(name)
    .split(/[\s-]+/)
    .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();
}

/**
 * The symbol a company is named by: its primary ticker when that spells the initials of its name (AMD for Advanced
 * Micro Devices, IBM, AIG). The press writes these acronyms as the company's name, so they are matched as names,
 * with a contextual name's support ("Apple, AMD and Intel", "AMD said") — besides the cues a bare ticker takes. Not
 * symbols that are words (UPS, never bare either) or common acronyms of other things (NEVER_BARE: RBI, the Reserve
 * Bank of India).
 */
export function initialsSymbol(entity: Pick<Entity, 'name' | 'aliases' | 'listings'>): string | undefined {
  const primary = entity.listings.find((l) => l.primary) ?? entity.listings[0];
  const symbol = primary?.ticker;
  if (!symbol || !/^[A-Z]{3,5}$/.test(symbol) || isWordSymbol(symbol) || NEVER_BARE.has(symbol)) return undefined;
  return [entity.name, ...entity.aliases].some((n) => initials(n) === symbol) ? symbol : undefined;
}

export function dictionaryEntryFor(
  entity: Pick<Entity, 'id' | 'name' | 'aliases' | 'listings'> & { ambiguousNames?: readonly string[] },
): DictionaryEntry {
  // Curators mark names that are also words or other things ("Apple", "Target", "Meta"): those need context.
  const ambiguous = new Set(entity.ambiguousNames ?? []);
  const acronym = initialsSymbol(entity);
  if (acronym) ambiguous.add(acronym);
  const all: string[] = [];
  for (const name of [entity.name, ...entity.aliases]) {
    if (ambiguous.has(name)) continue;
    all.push(name);
    const short = stripLegalForm(name);
    if (short.length >= 2 && !ambiguous.has(short)) all.push(short);
  }
  return {
    entityId: entity.id,
    ...classifyNames(all),
    ...(ambiguous.size ? { contextualNames: [...ambiguous] } : {}),
    tickers: entity.listings.map((l) => ({
      symbol: l.ticker,
      exchange: l.exchange,
      ...(isWordSymbol(l.ticker) ? { bare: false } : {}),
    })),
  };
}

export function buildDictionary(
  entities: readonly (Pick<Entity, 'id' | 'name' | 'aliases' | 'listings'> & { ambiguousNames?: readonly string[] })[],
): DictionaryEntry[] {
  return entities.map(dictionaryEntryFor);
}
