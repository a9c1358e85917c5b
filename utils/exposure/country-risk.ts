/**
 * Reading the generated country-risk table (country-risk-table.ts) and turning it into the severity of a
 * `jurisdiction` factor. Method: docs/methodology.md, "Country-risk table".
 */
import { COUNTRY_RISK } from './country-risk-table';

/** Used for a code the table does not have (a new or disputed territory): the middle of the scale, not zero. */
export const UNKNOWN_COUNTRY_RISK = 0.3;

/**
 * How much the country of incorporation counts next to the headquarters: holders of a Cayman or BVI holding company
 * are exposed to that legal system too, but the business and its assets sit where the headquarters is.
 */
export const INCORPORATION_SHARE = 0.5;

/** Combined country risk, 0–1, for an ISO 3166-1 alpha-2 code. */
export function countryRisk(code: string): number {
  return COUNTRY_RISK[code.toUpperCase()]?.[0] ?? UNKNOWN_COUNTRY_RISK;
}

/** A country-risk value in words, for card text: "very low" (Japan 0.05) … "very high" (Russia). */
export function countryRiskLevel(value: number): string {
  if (value < 0.1) return 'very low';
  if (value < 0.2) return 'low';
  if (value < 0.35) return 'moderate';
  if (value < 0.5) return 'elevated';
  if (value < 0.7) return 'high';
  return 'very high';
}

/**
 * A country's risk as a reader takes it in: "moderate country risk (0.29 on GeoLens's 0–1 scale of conflict,
 * sanctions and governance)" — the value stays, with what it measures (docs/methodology.md, "Country-risk table").
 */
export function countryRiskPhrase(code: string): string {
  const value = countryRisk(code);
  return `${countryRiskLevel(value)} country risk (${value.toFixed(2)} on GeoLens's 0–1 scale of conflict, sanctions and governance)`;
}

/** Severity of the `jurisdiction` factor: the headquarters' risk, or half the incorporation's when that is higher. */
export function jurisdictionSeverity(hq: string, incorporated?: string): number {
  const inc = incorporated ? INCORPORATION_SHARE * countryRisk(incorporated) : 0;
  return Math.round(Math.max(countryRisk(hq), inc) * 100) / 100;
}
