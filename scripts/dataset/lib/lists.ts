/**
 * The official restricted-party lists, read from ../shared/data/sanctions (see its SOURCES.md), as one shape: each
 * entry with its names. Used by the truth tests and the coverage report; never bundled into the extension.
 *
 * Matching is deliberately strict: a dataset entity matches an entry only when one of its names is, after removing
 * punctuation and legal-form words, *equal* to one of the entry's names. Sharing a word ("Alphabet Inc." vs
 * "Alphabet International DMCC") never counts.
 */
import type { RestrictedList } from '../../../utils/exposure/schema';
import { nameKeys as keysOf, normalizeName } from '../../../utils/sources/names';
import { readSharedJson, readSharedText, SHARED_FILES, type SharedFile } from '../../lib/shared-data';
import { parseCsv, parseCsvRows } from './csv';

export interface ListEntry {
  list: RestrictedList;
  /** Name as the list prints it. */
  name: string;
  /** Every name of the entry (name, aliases, former names), normalised with {@link normalizeName}. */
  keys: Set<string>;
  /** 1260H: the group this entry is listed under; NS-CMIC: the "Linked To" entity. */
  parent?: string;
  /** NS-CMIC: equity tickers from OFAC's remarks, as "<code> <market>", e.g. "0941 HK", "601800 CN". */
  tickers?: string[];
  /** NS-CMIC: ISINs from OFAC's remarks. */
  isins?: string[];
  country?: string;
  /** Entity List: the licence requirement as the Federal Register prints it ("For all items subject to the EAR…"). */
  requirement?: string;
}

export const LIST_FILES: Readonly<Record<Exclude<RestrictedList, 'uk-sanctions'>, readonly SharedFile[]>> = {
  'dod-1260h': [SHARED_FILES.dod1260hTargets, SHARED_FILES.dod1260hNsfreg],
  'ofac-ns-cmic': [SHARED_FILES.nsCmicNsfreg, SHARED_FILES.ofacConsPrim, SHARED_FILES.ofacConsAlt],
  'ofac-sdn': [SHARED_FILES.ofacSdn],
  'bis-entity-list': [SHARED_FILES.bisEntityList],
  'bis-meu': [SHARED_FILES.bisMeu],
  'dhs-uflpa': [SHARED_FILES.dhsUflpa],
  'fcc-covered': [SHARED_FILES.fccCovered],
  'eu-sanctions': [SHARED_FILES.euSanctions],
  'ofac-directive': [SHARED_FILES.ofacConsPrim, SHARED_FILES.ofacConsAlt],
  'cbp-wro': [SHARED_FILES.cbpWro],
  // The statutes and MOFCOM's/MFA's announcements are the sources the curation cites; OpenSanctions' copies (CC BY-NC)
  // only check here that nothing was missed.
  'ndaa-procurement': [SHARED_FILES.ndaaBans],
  'cn-export-control': [SHARED_FILES.cnCountersanctions],
  'cn-unreliable-entity': [SHARED_FILES.cnCountersanctions],
  'cn-countermeasures': [SHARED_FILES.cnCountersanctions],
};
export const ALL_LIST_FILES = [...new Set(Object.values(LIST_FILES).flat())];

export { bracketNames, normalizeName } from '../../../utils/sources/names';

/** The 1260H edition whose entries count as current. */
export const EDITION_1260H = '2026-06-08';

interface NsfregFile {
  entities: { name: string; aliases: string[]; country?: string; notes?: string | null; status?: string | null }[];
}

const USCC = /\bUSCC\)?:?\s*([0-9A-Z]{18})\b/;

function nsfreg(list: RestrictedList, file: SharedFile): (ListEntry & { uscc?: string })[] {
  return readSharedJson<NsfregFile>(file)
    .entities // CBP: only orders in force ("Active"); not "Partially Modified" or "Inactive-Pending Litigation".
    .filter((e) => list !== 'cbp-wro' || e.status === 'Active')
    .map((e) => {
      const uscc = USCC.exec(e.notes ?? '')?.[1];
      return {
        list,
        name: e.name,
        keys: keysOf(e.name, ...e.aliases),
        ...(e.country ? { country: e.country } : {}),
        ...(uscc ? { uscc } : {}),
        ...(list === 'bis-entity-list' && e.notes ? { requirement: e.notes } : {}),
      };
    });
}

/** Current 1260H entries: rows of the 2026-06-08 edition with no end date, plus the Federal Register parent list. */
export function load1260H(): ListEntry[] {
  const rows = parseCsv(readSharedText(SHARED_FILES.dod1260hTargets));
  const current = rows.filter((r) => r['Start date'] === EDITION_1260H && !r['End date']);
  const entries: ListEntry[] = current.map((r) => ({
    list: 'dod-1260h',
    name: r.Name!,
    keys: keysOf(r.Name, r['Clean Name'], ...(r.Alias ?? '').split(';'), ...(r['Previous Name'] ?? '').split(';')),
    ...(r['Parent Name'] ? { parent: r['Parent Name'] } : {}),
  }));
  for (const e of nsfreg('dod-1260h', SHARED_FILES.dod1260hNsfreg)) entries.push(e);
  return entries;
}

/** The 1260H groups ("parents"): entries listed without a parent, named as the Federal Register notice names them. */
export function parents1260H(): { name: string; keys: Set<string>; members: ListEntry[] }[] {
  const fr = readSharedJson<NsfregFile>(SHARED_FILES.dod1260hNsfreg).entities;
  const rows = load1260H().filter((e) => e.parent);
  return fr.map((p) => {
    const keys = keysOf(p.name, ...p.aliases);
    const members = rows.filter((r) => keys.has(normalizeName(r.parent!)));
    return { name: p.name, keys, members };
  });
}

/** NS-CMIC: the July 2026 list with aliases, joined with OFAC's consolidated file for tickers and ISINs. */
export function loadNsCmic(): ListEntry[] {
  const entries = nsfreg('ofac-ns-cmic', SHARED_FILES.nsCmicNsfreg);
  const alts = new Map<string, string[]>();
  for (const r of parseCsvRows(readSharedText(SHARED_FILES.ofacConsAlt))) {
    if (r.length >= 4) alts.set(r[0]!.trim(), [...(alts.get(r[0]!.trim()) ?? []), r[3]!.trim()]);
  }
  for (const r of parseCsvRows(readSharedText(SHARED_FILES.ofacConsPrim))) {
    if (r[3]?.trim() !== 'CMIC-EO13959') continue;
    const remarks = r[11] ?? '';
    const keys = keysOf(r[1], ...(alts.get(r[0]!.trim()) ?? []));
    const tickers = [...remarks.matchAll(/Equity Ticker ([0-9A-Z]+)\s*([A-Z]{2})\b/g)].map((m) => `${m[1]} ${m[2]}`);
    const isins = [...remarks.matchAll(/ISIN ([A-Z]{2}[A-Z0-9]{9}\d)/g)].map((m) => m[1]!);
    const linked = /Linked To: ([^;]+?)\.?\s*$/.exec(remarks)?.[1];
    const uscc = USCC.exec(remarks)?.[1];
    const primary = normalizeName(r[1]!);
    const candidates = entries.filter((e) => e.keys.has(primary));
    const match =
      candidates.find((e) => uscc && e.uscc === uscc) ??
      candidates.find((e) => normalizeName(e.name) === primary) ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (match) {
      for (const k of keys) match.keys.add(k);
      match.tickers = tickers;
      match.isins = isins;
      if (linked) match.parent = linked;
    } else {
      entries.push({ list: 'ofac-ns-cmic', name: r[1]!, keys, tickers, isins, ...(linked ? { parent: linked } : {}) });
    }
  }
  return entries;
}

function loadSdn(): ListEntry[] {
  return parseCsv(readSharedText(SHARED_FILES.ofacSdn))
    .filter((r) => r.type === 'entity')
    .map((r) => ({
      list: 'ofac-sdn' as const,
      name: r.name!,
      keys: keysOf(r.name, ...(r.alternate_names ?? '').split('; ')),
    }));
}

function loadEu(): ListEntry[] {
  return parseCsv(readSharedText(SHARED_FILES.euSanctions)).map((r) => ({
    list: 'eu-sanctions' as const,
    name: r.name!,
    keys: keysOf(r.name, ...(r.alias ?? '').split(';'), ...(r.previousName ?? '').split(';')),
  }));
}

/** OFAC's non-SDN entries under Russia's E.O. 14024 directives (Rostelecom, …), with their aliases. */
function loadOfacDirectives(): ListEntry[] {
  const alts = new Map<string, string[]>();
  for (const r of parseCsvRows(readSharedText(SHARED_FILES.ofacConsAlt))) {
    if (r.length >= 4) alts.set(r[0]!.trim(), [...(alts.get(r[0]!.trim()) ?? []), r[3]!.trim()]);
  }
  return parseCsvRows(readSharedText(SHARED_FILES.ofacConsPrim))
    .filter((r) => /RUSSIA-EO14024/.test(r[3] ?? '') && /Directive/.test(r[11] ?? ''))
    .map((r) => ({
      list: 'ofac-directive' as const,
      name: r[1]!,
      keys: keysOf(r[1], ...(alts.get(r[0]!.trim()) ?? [])),
    }));
}

/** NDAA §889/§5949/§154 (OpenSanctions' copy, CC BY-NC: tests only). */
function loadNdaa(): ListEntry[] {
  return parseCsv(readSharedText(SHARED_FILES.ndaaBans)).map((r) => ({
    list: 'ndaa-procurement' as const,
    name: r.name!,
    keys: keysOf(r.name, ...(r.aliases ?? '').split(';')),
  }));
}

/** Which of China's lists a row of OpenSanctions' cn_countersanctions file is on. */
function chinaList(r: Record<string, string | undefined>): RestrictedList | undefined {
  if (r.Type === 'Person' || r['End date']) return undefined;
  if (r.List === 'List of Export Controls') return 'cn-export-control';
  if (r.List === 'UEL') return 'cn-unreliable-entity';
  if (r.Body === 'Ministry of Foreign Affairs' || r.List === 'List of Targets of Countermeasures')
    return 'cn-countermeasures';
  return undefined;
}

/** China's export-control, Unreliable Entity and countermeasure lists (OpenSanctions' copy, CC BY-NC: tests only). */
function loadChina(): ListEntry[] {
  return parseCsv(readSharedText(SHARED_FILES.cnCountersanctions)).flatMap((r) => {
    const list = chinaList(r);
    return list ? [{ list, name: r.Name!, keys: keysOf(r.Name, ...(r.Alias ?? '').split(';')) }] : [];
  });
}

/** Every list the truth tests can check, keyed by list id. */
export function loadLists(): Map<RestrictedList, ListEntry[]> {
  const china = loadChina();
  return new Map<RestrictedList, ListEntry[]>([
    ['dod-1260h', load1260H()],
    ['ofac-ns-cmic', loadNsCmic()],
    ['ofac-sdn', loadSdn()],
    ['bis-entity-list', nsfreg('bis-entity-list', SHARED_FILES.bisEntityList)],
    ['bis-meu', nsfreg('bis-meu', SHARED_FILES.bisMeu)],
    ['dhs-uflpa', nsfreg('dhs-uflpa', SHARED_FILES.dhsUflpa)],
    ['fcc-covered', nsfreg('fcc-covered', SHARED_FILES.fccCovered)],
    ['eu-sanctions', loadEu()],
    ['ofac-directive', loadOfacDirectives()],
    ['cbp-wro', nsfreg('cbp-wro', SHARED_FILES.cbpWro)],
    ['ndaa-procurement', loadNdaa()],
    ...(['cn-export-control', 'cn-unreliable-entity', 'cn-countermeasures'] as const).map(
      (l) => [l, china.filter((e) => e.list === l)] as [RestrictedList, ListEntry[]],
    ),
  ]);
}

/** Entries of a list that carry this exact (normalised) name. */
export function entriesNamed(entries: readonly ListEntry[], name: string): ListEntry[] {
  const key = normalizeName(name);
  return key ? entries.filter((e) => e.keys.has(key)) : [];
}
