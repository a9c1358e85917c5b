/**
 * Extra names (`names`): short names news uses that the runtime's own derivation (`secNameVariants` on the legal
 * name) does not give. From investpy's short names (MIT, 2022: stale names are dropped) and Wikidata's ticker
 * aliases (CC0, noisy: tickers without a market). A name is kept only when it is the company's current name — every
 * word of it is in the legal name, or it is the legal name's initials (SMIC, ICBC, TSMC) — is not a common word, and
 * no other company of the universe carries or derives it. Figures: see ./build.ts.
 */
import { initials } from '../../../utils/detect/dictionary';
import { secNameVariants } from '../../../utils/detect/sec-listings';
import { isCommonWord } from '../../../utils/detect/words';
import { countryCodeOf } from '../../../utils/sources/names';
import { symbolKey } from '../../../utils/sources/resolution';
import { readSharedText, SHARED_FILES } from '../../lib/shared-data';
import { parseCsv } from '../lib/csv';
import type { DraftCompany } from './model';
import { type BuildReport, count, example } from './report';

const US_MARKETS: ReadonlySet<string> = new Set(['NYSE', 'NASDAQ', 'CBOE', 'US']);
/** What investpy appends to a line's short name: "Alibaba ADR", "PETROBRAS ON", "Volvo B". */
const LINE_TAIL = /(?:\s+(?:ADR|GDR|DRC|DRN|ON|PN[A-Z]?|NM|N[12]|EJ|Pref|Prf|Unt|Units?|S\/A|SA|[A-C]))+$/i;

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/** A name compared by its words only: "Visa Inc" = "Visa Inc.", "B&G Foods Inc." = "B&G Foods, Inc.". */
const key = (s: string) => words(s).join(' ');

/** Every name the runtime derives for a legal name, lower case. */
function derived(legal: string): string[] {
  const v = secNameVariants(legal);
  return [legal, ...(v.looseNames ?? []), ...(v.cautiousNames ?? []), ...(v.contextualNames ?? [])].map(key);
}

/** "SMIC" for "Semiconductor Manufacturing International Corporation", "TSMC" for "… Company Limited". */
function isInitials(name: string, legal: string): boolean {
  if (!/^[A-Z]{3,6}$/.test(name)) return false;
  // One letter may stand for a legal-form word ("TSMC": Taiwan Semiconductor Manufacturing Company); a one-word
  // name has no acronym ("ACL" is not Advantech Co., Ltd.).
  const core = initials(legal);
  const full = initials(`${legal} X`).slice(0, -1);
  return core.length >= 2 && full.startsWith(name) && name.length >= core.length && name.length <= core.length + 1;
}

type Verdict =
  | 'kept'
  | 'stale or truncated'
  | 'common word'
  | 'a place in the name'
  | 'derived anyway'
  | "another company's name";

/** "Brasil" of "Banco do Brasil", "China" of "Bank of China": the place a name is of, not the company. */
function isPlaceOf(name: string, legal: string): boolean {
  const w = words(legal);
  const i = w.indexOf(name.toLowerCase());
  return !/\s/.test(name) && i > 0 && /^(?:of|de|do|da|du|di|del|des)$/.test(w[i - 1]!);
}

function judge(name: string, c: DraftCompany, claims: Map<string, Set<string>>): Verdict {
  const lower = key(name);
  const own = derived(c.name);
  // Redundant when the runtime derives it, or derives all it would give ("The Travelers Companies").
  if (
    !lower ||
    own.includes(lower) ||
    derived(name)
      .slice(1)
      .every((n) => own.includes(n))
  )
    return 'derived anyway';
  const legal = new Set(words(c.name));
  if (!isInitials(name, c.name) && !words(name).every((w) => legal.has(w))) return 'stale or truncated';
  if (!/\s/.test(name) && isCommonWord(name)) return 'common word';
  if (isPlaceOf(name, c.name)) return 'a place in the name';
  if ([...(claims.get(lower) ?? [])].some((id) => id !== c.id)) return "another company's name";
  return 'kept';
}

function accept(c: DraftCompany, name: string, source: string, claims: Map<string, Set<string>>, r: BuildReport) {
  const verdict = judge(name, c, claims);
  count(r.names, `${source}: ${verdict}`);
  example(r, `${source}: ${verdict}`, `${name} (${c.name})`);
  if (verdict === 'kept' && !c.names.some((n) => key(n) === key(name))) c.names.push(name);
}

/** Who carries each name: the legal name and every derived form, per company. */
function claimsOf(companies: readonly DraftCompany[]): Map<string, Set<string>> {
  const claims = new Map<string, Set<string>>();
  for (const c of companies) {
    for (const n of derived(c.name)) {
      const set = claims.get(n) ?? new Set<string>();
      set.add(c.id);
      claims.set(n, set);
    }
  }
  return claims;
}

function addInvestpy(companies: readonly DraftCompany[], claims: Map<string, Set<string>>, r: BuildReport): void {
  const byIsin = new Map<string, DraftCompany>();
  const bySymbol = new Map<string, DraftCompany>();
  for (const c of companies) {
    for (const l of c.listings) {
      if (l.isin) byIsin.set(l.isin, c);
      const country = US_MARKETS.has(l.market) || l.market === 'OTC' ? 'US' : c.hq;
      bySymbol.set(`${country}|${symbolKey(l.symbol)}`, c);
    }
  }
  for (const row of parseCsv(readSharedText(SHARED_FILES.investpy))) {
    const country = countryCodeOf(row.country);
    const c = (row.isin && byIsin.get(row.isin)) || bySymbol.get(`${country}|${symbolKey(row.symbol ?? '')}`);
    if (!c || !row.name) continue;
    accept(c, row.name.trim().replace(LINE_TAIL, '').trim(), 'investpy', claims, r);
  }
}

/** Wikidata's lower-case alias in the company's own spelling where its words appear there ("jpmorgan" → "JPMorgan"). */
function recase(alias: string, legal: string): string {
  const own = new Map(legal.split(/\s+/).map((w) => [w.toLowerCase().replace(/[^\p{L}\p{N}&.-]/gu, ''), w]));
  if (/^[a-z]{3,6}$/.test(alias) && isInitials(alias.toUpperCase(), legal)) return alias.toUpperCase();
  return alias
    .split(' ')
    .map((w) => own.get(w)?.replace(/[,]$/, '') ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function addWikidata(companies: readonly DraftCompany[], claims: Map<string, Set<string>>, r: BuildReport): void {
  const bySymbol = new Map<string, DraftCompany>();
  for (const c of companies) {
    if (c.hq !== 'US') continue;
    for (const l of c.listings) if (US_MARKETS.has(l.market)) bySymbol.set(symbolKey(l.symbol), c);
  }
  const seen = new Map<string, Set<string>>();
  const candidates: [DraftCompany, string][] = [];
  for (const row of parseCsv(readSharedText(SHARED_FILES.wikidataAliases))) {
    const c = bySymbol.get(symbolKey(row.symbol ?? ''));
    if (!c) continue;
    const first = words(c.name)[0];
    for (const alias of (row.aliases ?? '').split('|').map((a) => a.trim())) {
      // Validated against the company's own name: its first word, or its initials ("meta" ≠ "nusantara …").
      const ok = words(alias)[0] === first || isInitials(alias.toUpperCase(), c.name);
      if (!ok || !alias) continue;
      const name = recase(alias, c.name);
      seen.set(key(name), (seen.get(key(name)) ?? new Set()).add(c.id));
      candidates.push([c, name]);
    }
  }
  for (const [c, name] of candidates) {
    if ((seen.get(key(name))?.size ?? 0) > 1) count(r.names, 'wikidata: claimed by two companies');
    else accept(c, name, 'wikidata', claims, r);
  }
}

/** Fills `names` of the companies (already in file order). */
export function addNames(companies: readonly DraftCompany[], report: BuildReport): void {
  const claims = claimsOf(companies);
  addInvestpy(companies, claims, report);
  addWikidata(companies, claims, report);
}
