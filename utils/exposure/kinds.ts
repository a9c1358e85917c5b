/**
 * The dataset's vocabulary as plain constants — factor kinds, statuses, directions, restricted lists — and the
 * path formatting of validation errors. No schema is built here, so the content script (which needs the kinds for
 * the score weights) does not construct the whole dataset schema at start-up.
 */

export const FACTOR_KINDS = [
  'restricted-listing',
  'jurisdiction',
  'revenue-exposure',
  'trade-exposure',
  'supply-chain',
  'state-military-ties',
  'regulatory-action',
  'national-security-tailwind',
] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

export const FACTOR_STATUSES = ['confirmed', 'proposed', 'alleged'] as const;
export type FactorStatus = (typeof FACTOR_STATUSES)[number];

export const DIRECTIONS = ['risk', 'tailwind'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Restricted-party lists GeoLens knows the legal meaning of (see docs/methodology.md). */
export const RESTRICTED_LISTS = [
  'ofac-sdn',
  'ofac-ns-cmic',
  'dod-1260h',
  'bis-entity-list',
  'bis-meu',
  'dhs-uflpa',
  'fcc-covered',
  'eu-sanctions',
  'uk-sanctions',
  'ofac-directive',
  'ndaa-procurement',
  'cbp-wro',
  'cn-export-control',
  'cn-unreliable-entity',
  'cn-countermeasures',
] as const;
export type RestrictedList = (typeof RESTRICTED_LISTS)[number];

/** `['entities', 3, 'name']` → `entities[3].name` */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
