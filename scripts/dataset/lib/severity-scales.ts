/**
 * The curator's scales: for the factor kinds whose severity is a judgement (not a list, the country table or the
 * revenue rule), the few values a curator may write, each with what it means. The build rejects any other value
 * (scripts/dataset/build.ts), so two curators who read the same fact write the same number, and
 * docs/methodology.md ("Curator scales") publishes the table (checked by test/unit/exposure/severity-scales.test.ts).
 */
import type { FactorKind } from '../../../utils/exposure/schema';

export interface ScaleStep {
  severity: number;
  meaning: string;
}

export type ScaledKind = Exclude<FactorKind, 'restricted-listing' | 'jurisdiction' | 'revenue-exposure'>;

export const SEVERITY_SCALES: Readonly<Record<ScaledKind, readonly ScaleStep[]>> = {
  'regulatory-action': [
    { severity: 0.05, meaning: 'a measure no longer in force, kept so the card can say so' },
    {
      severity: 0.1,
      meaning:
        'an open government probe, a settled penalty with continuing obligations, or operations kept in a sanctioned market',
    },
    { severity: 0.2, meaning: 'a measure in force that closes part of a main market or product line' },
    { severity: 0.3, meaning: 'a measure in force that closes a main market or a main product line' },
    { severity: 0.4, meaning: "a ban on the company's products in the US market, or a forced divestment" },
    { severity: 0.6, meaning: 'sectoral sanctions, a denial order or a nationwide ban that cut the company off' },
  ],
  'trade-exposure': [
    {
      severity: 0.1,
      meaning: 'a tariff or trade measure its filing names as a cost or risk, not quantified as material',
    },
    { severity: 0.2, meaning: 'a measure in force on a product line or market that matters' },
    { severity: 0.3, meaning: 'a measure in force on its main products into a main market, or on a main input' },
    { severity: 0.5, meaning: 'a measure that closes a main sales route or removes a business model' },
  ],
  'supply-chain': [
    { severity: 0.1, meaning: 'a named dependence with alternatives' },
    { severity: 0.2, meaning: 'a main input or plant in a high-risk country' },
    { severity: 0.3, meaning: 'most production, or a critical sole source, in a high-risk country' },
  ],
  'state-military-ties': [
    { severity: 0.05, meaning: 'a minority state stake or a home-government customer base in a low-risk country' },
    { severity: 0.3, meaning: 'control by a state body of a high-risk country, by its own annual report' },
    { severity: 0.5, meaning: 'a confirmed defence or military-industrial role for that state' },
    { severity: 0.8, meaning: "direct support of a state's military or intelligence operations" },
  ],
  'national-security-tailwind': [
    { severity: 0.2, meaning: 'a grant or contract small next to the company or the project' },
    { severity: 0.4, meaning: "a sole-source government contract larger than a year's revenue" },
    { severity: 0.5, meaning: 'a state loan for its main project' },
    { severity: 0.6, meaning: 'a government equity stake' },
    { severity: 0.8, meaning: 'a government equity stake with a price floor or offtake' },
  ],
};

/** The scale's steps for a kind, or undefined when the kind's severity comes from a rule. */
export function scaleOf(kind: FactorKind): readonly ScaleStep[] | undefined {
  return (SEVERITY_SCALES as Partial<Record<FactorKind, readonly ScaleStep[]>>)[kind];
}

/** An error message when a curated factor's severity is off its kind's scale, else undefined. */
export function offScale(kind: FactorKind, severity: number): string | undefined {
  const scale = scaleOf(kind);
  if (!scale || scale.some((s) => s.severity === severity)) return undefined;
  return `${kind} severity ${severity} is not on the curator scale (${scale.map((s) => s.severity).join(', ')}; docs/methodology.md)`;
}
