/**
 * Abbreviations a text defines for a company: "Raiffeisen Bank International (RBI)", "GlobalFoundries (GF)",
 * "Semiconductor Manufacturing International Corp (SMIC)". News defines one in parentheses right after the full name
 * and uses it from then on ("The CEO of RBI said…"), even when the letters alone would be too ambiguous to match
 * (RBI is also the Reserve Bank of India). The definition holds from there to the end of the page.
 *
 * Only upper-case abbreviations whose letters are capitals of the name, in order and starting with its first: a
 * ticker or an unrelated acronym in parentheses ("Apple (AAPL)", "Ares Management (US)") defines nothing.
 */
import { CHAR_FLAGS, WORD } from './chars';
import type { Mention } from './types';

/** A company an abbreviation stands for on this page. */
export interface DefinedAbbreviation {
  entityId: string;
  entityIndex: number | undefined;
}

const DEFINITION = /^\s?[(（]\s*([A-Z][A-Z0-9&]{1,5})\s*[)）]/;

/** Whether `abbreviation` spells capitals of `name` in order, its first letter the name's first capital. */
export function abbreviates(abbreviation: string, name: string): boolean {
  const capitals = name.replace(/[^A-Z0-9&]/g, '');
  if (capitals.length < 2 || abbreviation[0] !== capitals[0]) return false;
  let k = 0;
  for (const ch of capitals) if (ch === abbreviation[k]) k++;
  return k === abbreviation.length;
}

/** Abbreviations the mentions of `text` define, with where each definition ends (the alias holds after it). */
function definitions(text: string, mentions: readonly Mention[]): Map<string, DefinedAbbreviation & { from: number }> {
  const out = new Map<string, DefinedAbbreviation & { from: number }>();
  for (const m of mentions) {
    if (m.tier !== 'name' || (!m.surface.includes(' ') && !/[a-z][A-Z]/.test(m.surface))) continue;
    // Most mentions are not followed by a parenthesis: looked at without a slice.
    const next = text.charCodeAt(m.end) === 0x20 ? text.charCodeAt(m.end + 1) : text.charCodeAt(m.end);
    if (next !== 0x28 && next !== 0xff08) continue;
    const d = DEFINITION.exec(text.slice(m.end, m.end + 12));
    const abbreviation = d?.[1];
    if (!abbreviation || out.has(abbreviation) || !abbreviates(abbreviation, m.surface)) continue;
    out.set(abbreviation, { entityId: m.entityId, entityIndex: m.entityIndex, from: m.end });
  }
  return out;
}

const wordAt = (text: string, i: number) => i >= 0 && i < text.length && (CHAR_FLAGS[text.charCodeAt(i)]! & WORD) !== 0;

/**
 * The mentions with the page's defined abbreviations added (and their spans given to the defined company), in text
 * order; records this text's definitions in `page`. Returns `mentions` itself when nothing changes.
 */
export function withDefinedAbbreviations(
  text: string,
  mentions: Mention[],
  page: Map<string, DefinedAbbreviation>,
): Mention[] {
  const here = mentions.length > 0 ? definitions(text, mentions) : undefined;
  if (page.size === 0 && !here?.size) return mentions;
  const at = new Map<number, Mention>();
  for (const m of mentions) at.set(m.start, m);
  let changed = false;
  const add = (abbreviation: string, to: DefinedAbbreviation, from: number) => {
    for (let i = text.indexOf(abbreviation, from); i >= 0; i = text.indexOf(abbreviation, i + 1)) {
      const end = i + abbreviation.length;
      if (wordAt(text, i - 1) || wordAt(text, end)) continue;
      const old = at.get(i);
      if (old && old.end !== end) continue;
      if (old?.entityId === to.entityId) continue;
      const mention: Mention = {
        start: i,
        end,
        surface: abbreviation,
        entityId: to.entityId,
        entityIndex: to.entityIndex,
        ticker: undefined,
        tier: 'name',
      };
      if (old) Object.assign(old, mention);
      else if (!mentions.some((m) => m.start < end && i < m.end)) {
        mentions.push(mention);
        at.set(i, mention);
      }
      changed = true;
    }
  };
  for (const [abbreviation, to] of page) if (!here?.has(abbreviation)) add(abbreviation, to, 0);
  for (const [abbreviation, to] of here ?? []) {
    add(abbreviation, to, to.from);
    page.set(abbreviation, { entityId: to.entityId, entityIndex: to.entityIndex });
  }
  return changed ? mentions.sort((a, b) => a.start - b.start) : mentions;
}
