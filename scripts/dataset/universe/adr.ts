/**
 * Foreign companies that also have an SEC registration (ADRs and US lines: Toyota TM, Sony SONY, TSMC TSM) become ONE
 * company: the SEC id (the live source refreshes it), the home listing first, then the US ones.
 *
 * The files share no identifier (the SEC file has no ISIN), so the join is by name: a normalised name of the
 * international company equal to the SEC name or the screener's issuer name, and
 * 1. the same country (the screener gives an ADR issuer's country), or
 * 2. a name carried by one company on each side, when the SEC registrant is not a US company: a depositary line
 *    (Shell: the screener still says Netherlands, the home file United Kingdom), an OTC line the screener does not
 *    cover (BYD's BYDDF), or a country that differs (Stellantis: Netherlands and United Kingdom) when the name is
 *    not made of plain words only ("United Breweries" is an Indian and a Chilean company).
 * A name two companies carry on either side joins nothing.
 */
import { isCommonWord } from '../../../utils/detect/words';
import { nameKeys } from '../../../utils/sources/names';
import { isCopyLine, isHomeListing } from './markets';
import type { DraftCompany } from './model';
import { type BuildReport, count } from './report';
import type { SecCompany } from './sec';

function index<T>(items: readonly T[], keysOf: (t: T) => Iterable<string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    for (const k of keysOf(t)) {
      const list = out.get(k);
      if (!list) out.set(k, [t]);
      else if (!list.includes(t)) list.push(t);
    }
  }
  return out;
}

const secKeys = (s: SecCompany) => nameKeys(s.name, s.issuerName);

/** The SEC company an international one is, and by which rule; undefined when none or ambiguous. */
function partnerOf(
  c: DraftCompany,
  bySecName: Map<string, SecCompany[]>,
  byIntlName: Map<string, DraftCompany[]>,
): { sec: SecCompany; how: string } | undefined {
  const keys = [...nameKeys(c.name)];
  const candidates = [...new Set(keys.flatMap((k) => bySecName.get(k) ?? []))].filter((s) => s.hq !== 'US');
  const sameCountry = candidates.filter((s) => s.hq && s.hq === c.hq);
  if (sameCountry.length === 1) return { sec: sameCountry[0]!, how: 'name + country' };
  if (sameCountry.length > 1) return undefined;
  const only = candidates.length === 1 ? candidates[0]! : undefined;
  const unique = (s: SecCompany) =>
    keys.every((k) => (byIntlName.get(k)?.length ?? 0) <= 1) &&
    [...secKeys(s)].every((k) => (bySecName.get(k)?.length ?? 0) <= 1);
  if (!only || !unique(only)) return undefined;
  const how = only.depositary ? 'depositary line' : only.hq ? 'countries differ' : 'no country on the SEC side';
  // Two countries and plain words ("United Breweries" of India and of Chile) are two companies.
  if (how === 'countries differ' && keys.every((k) => k.split(' ').every((w) => isCommonWord(w)))) return undefined;
  return { sec: only, how: `unique name, ${how}` };
}

function merged(c: DraftCompany, s: SecCompany): SecCompany {
  return {
    ...s,
    name: c.name,
    hq: c.hq || s.hq,
    sector: c.sector || s.sector,
    origin: c.origin,
    // Home listing first; a company the file knows only from German copies (lululemon on Xetra) leads with the US.
    listings:
      c.listings.some((l) => isHomeListing(l, c.hq)) || !isCopyLine(c.listings[0]!)
        ? [...c.listings, ...s.listings]
        : [...s.listings, ...c.listings],
    size: Math.min(c.size, s.size),
  };
}

/** The international companies not joined, and the SEC companies with their joined partners merged in. */
export function joinAdrs(
  intl: readonly DraftCompany[],
  sec: readonly SecCompany[],
  report: BuildReport,
): { intl: DraftCompany[]; sec: SecCompany[] } {
  const bySecName = index(sec, secKeys);
  const byIntlName = index(intl, (c) => nameKeys(c.name));
  const claims = new Map<SecCompany, { c: DraftCompany; how: string }[]>();
  for (const c of intl) {
    const p = partnerOf(c, bySecName, byIntlName);
    if (p) claims.set(p.sec, [...(claims.get(p.sec) ?? []), { c, how: p.how }]);
  }
  const joined = new Map<DraftCompany, SecCompany>();
  for (const [s, list] of claims) {
    if (list.length > 1) {
      count(report.adrJoins, 'refused: two international companies claim one SEC registrant');
      continue;
    }
    const { c, how } = list[0]!;
    count(report.adrJoins, how);
    joined.set(c, merged(c, s));
    if (report.adrExamples.length < 400)
      report.adrExamples.push(`${c.id} ${c.name} [${c.hq}] = ${s.id} ${s.name} [${s.hq}] (${how})`);
  }
  const bySec = new Map([...joined.values()].map((m) => [m.id, m]));
  return {
    intl: intl.filter((c) => !joined.has(c)),
    sec: sec.map((s) => bySec.get(s.id) ?? s),
  };
}
