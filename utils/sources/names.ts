/**
 * Name and country normalisation for entity resolution (docs/entity-resolution.md). One implementation, used by
 * the live sources in the background and by the dataset tools and truth tests (scripts/dataset/lib/lists.ts).
 *
 * Names are compared for *equality* after normalisation, never by resemblance: "Alphabet Inc." → "alphabet" and
 * "ALPHABET INTERNATIONAL DMCC" → "alphabet international dmcc" are different names.
 */
import { SEC_TAG } from '../detect/sec-listings';
import { NAME_FILLER_WORDS } from '../detect/vocabulary';

/**
 * Canonical form of a company name for exact comparison: Unicode compatibility forms, accents removed (Latin
 * transliteration: "Nestlé" = "Nestle"), lower case, "&" → "and", bracketed former names and short forms removed,
 * SEC state tags removed, punctuation removed, legal-form words removed.
 * `"Semiconductor Manufacturing International Corporation (SMIC)"` → `"semiconductor manufacturing international"`.
 */
export function normalizeName(name: string): string {
  const s = name
    .replace(SEC_TAG, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\((?:formerly|also known as|a\.k\.a\.)[^)]*\)/g, ' ')
    // A bracket the list cut off before it closed ("Lukoil, OAO (a.k.a. Lukoil"): its text is another name.
    .replace(UNCLOSED_ALIAS, ' ')
    .replace(/\(([^()]*)\)\s*\**\s*$/, ' ')
    .replace(/\b(?:public |open |closed )?joint[- ]stock company\b|\blimited liability company\b/g, ' ')
    .replace(/&/g, ' and ')
    // Dotted abbreviations are one word: "S.A." = "SA", "N.V." = "NV".
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return s
    .split(' ')
    .filter((w) => w && !NAME_FILLER_WORDS.has(w))
    .join(' ');
}

/**
 * An alias bracket that never closes, at the end of a name: the Entity List's printed names are cut at the first
 * alias by nsfreg's extraction ("Gazprom, OAO (a.k.a. Open Joint Stock Company Gazprom"), and some end right after
 * the marker ("Sabanican Company (a.k.a."). Group 1 is the alias, possibly empty.
 */
const UNCLOSED_ALIAS = /\(\s*(?:a\.?k\.?a\.?|f\.?k\.?a\.?|formerly|also known as)\s*,?\s*([^()]*)$/i;

/**
 * Names hidden inside an entry's printed name: "Foo Ltd (Foo)", "(formerly Bar Ltd)", "(also known as Baz)", and the
 * alias of a bracket cut before it closed ("Lukoil, OAO (a.k.a. Lukoil" → "Lukoil", beside the name "Lukoil, OAO").
 */
export function bracketNames(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/\((?:formerly|also known as|a\.k\.a\.|f\.k\.a\.),?\s+([^)]*)\)/gi)) out.push(m[1]!);
  const open = UNCLOSED_ALIAS.exec(name);
  if (open) {
    if (open[1]!.trim()) out.push(open[1]!.trim());
    return out;
  }
  const tail = /\(([^()]*)\)\s*\**\s*$/.exec(name);
  if (tail && !/^(formerly|also known as|a\.k\.a\.|f\.k\.a\.)/i.test(tail[1]!)) out.push(tail[1]!);
  return out;
}

const AND_SUBSIDIARIES = /,?\s+and\s+(?:its\s+)?subsidiaries\.?\s*$/i;

/** Every normalised name of an entry: its names, the names in their brackets, and a group's own name. */
export function nameKeys(...names: (string | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    // A bracket that names a place ("China Unicom (Hong Kong) Limited") is not another name of the company.
    // "Hoshine Silicon Industry Co. Ltd. and Subsidiaries" (CBP, UFLPA) names the company itself too.
    const group = n.replace(AND_SUBSIDIARIES, '');
    const parts = [n, ...(group !== n ? [group] : [])];
    for (const part of parts.flatMap((p) => [p, ...bracketNames(p).filter((b) => !countryCodeOf(b))])) {
      const k = normalizeName(part);
      if (k) keys.add(k);
    }
  }
  return keys;
}

// ── Countries ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Names the lists print that Intl.DisplayNames spells differently. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  turkey: 'TR',
  burma: 'MM',
  'korea north': 'KP',
  'north korea': 'KP',
  'korea south': 'KR',
  'south korea': 'KR',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  russia: 'RU',
  'russian federation': 'RU',
  iran: 'IR',
  syria: 'SY',
  'united kingdom': 'GB',
  uk: 'GB',
  'united states': 'US',
  usa: 'US',
  uae: 'AE',
  vietnam: 'VN',
  laos: 'LA',
  'czech republic': 'CZ',
  'congo democratic republic of the': 'CD',
  'the netherlands': 'NL',
  taiwan: 'TW',
  china: 'CN',
  prc: 'CN',
  'west bank': 'PS',
  gaza: 'PS',
  'northern gaza': 'PS',
  palestinian: 'PS',
  crimea: 'UA',
  'northern mali': 'ML',
  'jammu and kashmir': 'IN',
  'kafia kingi': 'SD',
  'congo republic of the': 'CG',
  'north macedonia the republic of': 'MK',
  'netherlands antilles': 'CW',
  'bahamas the': 'BS',
  'virgin islands british': 'VG',
  'man isle of': 'IM',
  'the gambia': 'GM',
};

let byName: Map<string, string> | undefined;

/**
 * Withdrawn ISO codes that CLDR still names like their successor ("DD" East Germany is "Germany", "CS" is "Serbia"):
 * indexed first (alphabetically), they would shadow the current code.
 */
const WITHDRAWN_CODES: ReadonlySet<string> = new Set([
  'AN',
  'BU',
  'CS',
  'DD',
  'DY',
  'FX',
  'HV',
  'NH',
  'RH',
  'SU',
  'TP',
  'UK',
  'VD',
  'YD',
  'YU',
  'ZR',
]);

function countryIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(COUNTRY_ALIASES));
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (WITHDRAWN_CODES.has(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) {
        const key = foldCountry(name);
        if (!byName.has(key)) byName.set(key, code);
      }
    }
  }
  return byName;
}

function foldCountry(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/**
 * ISO 3166-1 alpha-2 code of a country as a list prints it: a code ("CN", "cn"), an English name ("China",
 * "Hong Kong", "Korea, North"); `undefined` when unknown.
 */
export function countryCodeOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  // OFAC prints "Region: Crimea" for territories.
  const v = value.trim().replace(/^Region:\s*/i, '');
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  return countryIndex().get(foldCountry(v));
}
