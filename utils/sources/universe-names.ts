/**
 * The names a universe company is detected by: `secNameVariants` (utils/detect/sec-listings.ts, the rules the SEC
 * source uses) on its legal name and on each of its `names`, merged. A name appearing in two classes keeps the
 * stricter one (contextual over cautious over loose).
 *
 * A SHORTENED name — derived by dropping words past the legal form ("Tata" from Tata Motors Limited), so neither the
 * legal name nor one of the file's `names` — is evidence of that company only when no other universe company derives
 * it or is called it: "Tata" from Tata Motors and Tata Communications means neither, so both lose it. The company
 * actually called that ("Mitsubishi" for Mitsubishi Corporation) keeps it.
 */
import { stripLegalForm } from '../detect/dictionary';
import { SEC_TAG, secNameVariants, theFirst } from '../detect/sec-listings';
import type { UniverseCompany } from './universe-format';

export interface NameSets {
  loose: string[];
  cautious: string[];
  contextual: string[];
  /** Lower-cased: the legal name and the file's names, each also without its legal form. */
  own: Set<string>;
  /** Lower-cased: derived names that are not `own`. */
  shortened: Set<string>;
  /** Lower-cased: the legal name without its legal form and its group word ("Sony" of Sony Group Corporation). */
  groupLevel: Set<string>;
}

/** The group level of a name: what is left once "Group" or "Holdings" goes ("Sony Group" → "Sony"). */
const GROUP_WORD = /\s+(?:Group|Groupe|Gruppo|Grupo|Gruppe|Holdings?)$/i;

/** What the shared shortened names rule decided: names nobody keeps, and names one company keeps (Sony). */
export interface ShortNameRule {
  dropped: Set<string>;
  claimed: Map<string, NameSets>;
}

const key = (name: string) => name.toLowerCase();
/** "RBC", "VW", "E.ON", "HDFC": two to five capitals or digits, dots between letters allowed. */
const ACRONYM = /^(?:[A-Z][A-Z0-9&]{1,4}|[A-Z](?:\.[A-Z]+)+\.?)$/;

export function nameSetsOf(row: UniverseCompany): NameSets {
  const [, legal, , , , listings, names] = row;
  const tickers = listings.map((l) => l.slice(l.indexOf(':') + 1));
  const loose = new Set<string>();
  const cautious = new Set<string>();
  const contextual = new Set<string>();
  const own = new Set<string>();
  for (const name of [legal, ...names]) {
    const v = secNameVariants(name, tickers);
    for (const n of v.looseNames ?? []) loose.add(n);
    for (const n of v.cautiousNames ?? []) cautious.add(n);
    for (const n of v.contextualNames ?? []) contextual.add(n);
    // An acronym the file names the company by ("RBC", "RIL", "VW") is what the derivation skips as a bare acronym:
    // kept, with the support every acronym name needs (a listing, a legal form, an earlier strong mention).
    if (name !== legal && ACRONYM.test(name) && !v.looseNames?.length && !v.cautiousNames?.length) contextual.add(name);
    const plain = name.replace(SEC_TAG, '').replace(/\s+/g, ' ').trim();
    own.add(key(plain));
    own.add(key(stripLegalForm(plain)));
  }
  const strict = new Set([...contextual].map(key));
  const careful = new Set([...cautious].map(key));
  const sets: NameSets = {
    loose: [...loose].filter((n) => !strict.has(key(n)) && !careful.has(key(n))),
    cautious: [...cautious].filter((n) => !strict.has(key(n))),
    contextual: [...contextual],
    own,
    shortened: new Set(),
    groupLevel: new Set(),
  };
  const plainLegal = stripLegalForm(theFirst(legal.replace(SEC_TAG, '').replace(/\s+/g, ' ').trim()));
  if (GROUP_WORD.test(plainLegal)) sets.groupLevel.add(key(plainLegal.replace(GROUP_WORD, '')));
  for (const n of [...sets.loose, ...sets.cautious, ...sets.contextual])
    if (!own.has(key(n))) sets.shortened.add(key(n));
  return sets;
}

/**
 * Shortened names (lower-cased) that another universe company also derives or is called. One exception: when exactly
 * one of the companies deriving it is that name's group ("Sony" of Sony Group Corporation, while Sony Financial Group
 * derives it past a business word), news means the group, so it keeps the name and the others lose it.
 */
export function sharedShortNames(all: readonly NameSets[]): ShortNameRule {
  const derivers = new Map<string, NameSets[]>();
  const owners = new Set<string>();
  for (const s of all) {
    for (const k of s.shortened) derivers.set(k, [...(derivers.get(k) ?? []), s]);
    for (const k of s.own) owners.add(k);
  }
  const rule: ShortNameRule = { dropped: new Set(), claimed: new Map() };
  for (const [k, sets] of derivers) {
    if (sets.length < 2 && !owners.has(k)) continue;
    // Only a name that reads as a name: "Also" (ALSO Holding AG) is a word, and a word never outranks another company.
    const groups = sets.filter((s) => s.groupLevel.has(k) && !s.contextual.some((n) => key(n) === k));
    if (!owners.has(k) && groups.length === 1) rule.claimed.set(k, groups[0]!);
    else rule.dropped.add(k);
  }
  return rule;
}

/**
 * The sets without the shared shortened names and without names a curated entry already has. A company's own name
 * that another company derives as its short name ("Reliance": Reliance, Inc. in Texas; "Reliance" for Reliance
 * Industries in Mumbai news) is contested: it stays, but as a contextual name, marked only with support (its legal
 * form, a listing or company word next to it, an earlier strong mention).
 */
export function withoutNames(
  sets: NameSets,
  rule: ShortNameRule,
  curated: ReadonlySet<string>,
): Pick<NameSets, 'loose' | 'cautious' | 'contextual'> {
  const lost = (k: string) => rule.dropped.has(k) || (rule.claimed.has(k) && rule.claimed.get(k) !== sets);
  const keep = (n: string) => !curated.has(key(n)) && !(sets.shortened.has(key(n)) && lost(key(n)));
  const contested = (n: string) => !sets.shortened.has(key(n)) && lost(key(n));
  return {
    loose: sets.loose.filter((n) => keep(n) && !contested(n)),
    cautious: sets.cautious.filter((n) => keep(n) && !contested(n)),
    contextual: [...sets.contextual, ...sets.loose.filter(contested), ...sets.cautious.filter(contested)].filter(keep),
  };
}
