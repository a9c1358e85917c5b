/** Display wording shared by the card, popup and options. */
import type { FactorKind, FactorStatus } from './schema';
import type { Band } from './score';

export const FACTOR_KIND_LABELS: Readonly<Record<FactorKind, string>> = {
  'restricted-listing': 'Restricted listing',
  jurisdiction: 'Jurisdiction',
  'revenue-exposure': 'Revenue exposure',
  'trade-exposure': 'Trade exposure',
  'supply-chain': 'Supply chain',
  'state-military-ties': 'State / military ties',
  'regulatory-action': 'Regulatory action',
  'national-security-tailwind': 'National-security tailwind',
};

export const STATUS_LABELS: Readonly<Record<FactorStatus, string>> = {
  confirmed: 'Confirmed',
  proposed: 'Proposed',
  alleged: 'Alleged',
};

/** CSS colour tokens per band, shared so the popup and the card agree. */
export const BAND_CLASS: Readonly<Record<Band, string>> = {
  Low: 'band-low',
  Guarded: 'band-guarded',
  Elevated: 'band-elevated',
  High: 'band-high',
  Severe: 'band-severe',
};

let regionNames: Intl.DisplayNames | undefined;

/** "US" → "the United States", "JP" → "Japan": a country's name as it reads inside a sentence. */
export function countryInSentence(code: string): string {
  const name = countryName(code);
  return /^(?:United |Netherlands$|Philippines$|Bahamas$|Cayman Islands$|British Virgin Islands$|Marshall Islands$|Czech Republic$|Dominican Republic$|Central African Republic$|Maldives$|Gambia$)/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** "CN" → "China", using the browser's own region names (no data shipped). */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
