/**
 * The exposure score: a noisy-OR over weighted risk factors (docs/adr/0002-noisy-or-score.md).
 *
 *   score = 100 × (1 − Π(1 − weight(kind) × severity × confidence(status)))
 *
 * One severe factor dominates, several moderate ones accumulate, the result stays within 0–100, and adding a factor
 * never lowers it. Tailwinds are listed beside the score and never subtracted from it.
 */
import * as z from 'zod/mini';
import { FACTOR_KINDS, type FactorKind, type FactorStatus, formatPath } from './kinds';
import type { Entity, Factor } from './schema';

export type Weights = Record<FactorKind, number>;

/** Default weight per factor kind (published in docs/methodology.md; adjustable in options). */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  'restricted-listing': 1,
  'state-military-ties': 0.8,
  'regulatory-action': 0.7,
  'revenue-exposure': 0.6,
  'trade-exposure': 0.6,
  'supply-chain': 0.6,
  jurisdiction: 0.5,
  // Tailwinds never enter the risk score; the weight only ranks them on the card.
  'national-security-tailwind': 1,
};

/** A user's overrides: any subset of kinds, each weight 0–1. Unknown kinds are rejected so a typo is not silent. */
export const weightOverridesSchema = z.strictObject(
  Object.fromEntries(FACTOR_KINDS.map((k) => [k, z.optional(z.number().check(z.gte(0), z.lte(1)))])) as Record<
    FactorKind,
    z.ZodMiniOptional<z.ZodMiniNumber<number>>
  >,
);
export type WeightOverrides = Partial<Weights>;

/**
 * Defaults with the user's overrides on top. Throws a RangeError naming the offending kind when an override is not a
 * number in 0–1 or names an unknown kind; callers that read stored settings should catch it and keep the defaults.
 */
export function mergeWeights(overrides: unknown = {}, defaults: Readonly<Weights> = DEFAULT_WEIGHTS): Weights {
  const parsed = weightOverridesSchema.safeParse(overrides ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? formatPath(issue.path) || '(root)' : '(root)';
    const keys = (issue as { keys?: string[] } | undefined)?.keys;
    const detail = keys?.length ? `unknown factor kind ${keys.join(', ')}` : (issue?.message ?? 'invalid');
    throw new RangeError(`Invalid factor weights: ${path}: ${detail}`);
  }
  const out = { ...defaults };
  for (const kind of FACTOR_KINDS) {
    const w = parsed.data[kind];
    if (w !== undefined) out[kind] = w;
  }
  return out;
}

/** How much a factor counts given how well established it is. */
export const STATUS_CONFIDENCE: Readonly<Record<FactorStatus, number>> = {
  confirmed: 1,
  proposed: 0.75,
  alleged: 0.5,
};

export const BANDS = [
  { min: 80, band: 'Severe' },
  { min: 60, band: 'High' },
  { min: 40, band: 'Elevated' },
  { min: 20, band: 'Guarded' },
  { min: 0, band: 'Low' },
] as const;
export type Band = (typeof BANDS)[number]['band'];

/** Fixed wording: 0–19 Low, 20–39 Guarded, 40–59 Elevated, 60–79 High, 80–100 Severe. */
export function bandOf(score: number): Band {
  for (const { min, band } of BANDS) if (score >= min) return band;
  return 'Low';
}

export interface FactorContribution {
  /** Index of the factor in `entity.factors`. */
  index: number;
  factor: Factor;
  /** weight × severity × confidence, 0–1. */
  probability: number;
  /** Points of the (unrounded) score attributed to this factor; the points of all risk factors add up to the score. */
  points: number;
  /**
   * Points as the card shows them, in tenths: `points` rounded by the largest-remainder rule, so that the figures
   * shown add up to the score shown (6.4 = +6.4, never "+6.5" beside "6.4"). Tailwinds: 0.
   */
  shownPoints: number;
}

export interface ScoreExplanation {
  /**
   * 0–100, rounded to one decimal (SCORE_DECIMALS): whole numbers made two companies with different factors share a
   * score by accident of rounding (BP 17.2 and Microsoft 17.5 both showed 17); tenths keep every such pair apart.
   */
  score: number;
  /** 0–100 before rounding: what the factors' points add up to. */
  raw: number;
  band: Band;
  /** Risk factors, largest contribution first. */
  risks: FactorContribution[];
  /** Tailwind factors, strongest first; shown beside the score, never subtracted. */
  tailwinds: FactorContribution[];
}

/** A factor that is certain would make log(1 − p) infinite; capping keeps the attribution finite. */
const MAX_PROBABILITY = 0.999;

export function factorProbability(factor: Factor, weights: Readonly<Weights> = DEFAULT_WEIGHTS): number {
  return Math.min(MAX_PROBABILITY, uncappedProbability(factor, weights));
}

/** weight × severity × confidence within 0–1: a certain factor scores 100, although its attribution is capped. */
function uncappedProbability(factor: Factor, weights: Readonly<Weights>): number {
  const p = (weights[factor.kind] ?? 0) * factor.severity * STATUS_CONFIDENCE[factor.status];
  return Math.min(1, Math.max(0, p));
}

/**
 * Scores an entity and explains the score. Each risk factor's points are its share of −log(1 − p), the only
 * attribution of a noisy-OR that is independent of factor order and adds up exactly to the score.
 */
export function scoreEntity(
  entity: Pick<Entity, 'factors'>,
  weights: Readonly<Weights> = DEFAULT_WEIGHTS,
): ScoreExplanation {
  const risks: FactorContribution[] = [];
  const tailwinds: FactorContribution[] = [];
  let survival = 1;
  let logSum = 0;
  entity.factors.forEach((factor, index) => {
    const probability = factorProbability(factor, weights);
    const item = { index, factor, probability, points: 0, shownPoints: 0 };
    if (factor.direction === 'tailwind') {
      tailwinds.push(item);
      return;
    }
    risks.push(item);
    survival *= 1 - uncappedProbability(factor, weights);
    logSum += -Math.log(1 - probability);
  });
  const raw = 100 * (1 - survival);
  for (const item of risks) item.points = logSum > 0 ? (raw * -Math.log(1 - item.probability)) / logSum : 0;
  risks.sort((a, b) => b.points - a.points || a.index - b.index);
  tailwinds.sort((a, b) => b.probability - a.probability || a.index - b.index);
  const tenths = Math.round(raw * 10);
  const score = tenths / 10;
  const shown = apportion(
    risks.map((r) => r.points * 10),
    tenths,
  );
  risks.forEach((r, i) => {
    r.shownPoints = shown[i]! / 10;
  });
  return { score, raw, band: bandOf(score), risks, tailwinds };
}

/** Decimals of a score as GeoLens shows it. */
export const SCORE_DECIMALS = 1;

/** A score as the card, popup and exports print it: one decimal ("17.2", "6.0"), and "100" for the top of the scale. */
export function formatScore(score: number): string {
  return score >= 100 ? '100' : score.toFixed(SCORE_DECIMALS);
}

/** A factor's shown points with their sign ("+6.4"). */
export function formatPoints(points: number): string {
  return `+${points.toFixed(SCORE_DECIMALS)}`;
}

/**
 * Whole numbers that add up to `total`, each the floor or the ceiling of its value (largest-remainder rounding;
 * ties go to the earlier value). `total` must lie within the sum of the floors and the sum of the ceilings, as
 * `Math.round` of the values' sum always does.
 */
export function apportion(values: readonly number[], total: number): number[] {
  const floors = values.map((v) => Math.floor(v));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = values.map((v, i) => ({ i, rest: v - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}
