/**
 * Scores of the curated dataset and of the 40 reference companies, for the distribution report
 * (scripts/dataset/scores.ts) and the analyst table (scripts/dataset/coverage.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity, Factor } from '../../../utils/exposure/schema';
import { BANDS, type Band, bandOf, scoreEntity } from '../../../utils/exposure/score';
import { createUniverseFactors } from '../../../utils/sources/universe-factors';
import { parseUniverse } from '../../../utils/sources/universe-format';
import { REPO_ROOT } from '../../lib/shared-data';
import { REFERENCE_COMPANIES, type ReferenceCompany } from './reference-companies';

export interface ReferenceRow {
  company: ReferenceCompany;
  /** `curated`, `listing` (listed universe only) or `missing`. */
  coverage: 'curated' | 'listing' | 'missing';
  id?: string;
  hq?: string;
  factors: Factor[];
  score?: number;
  /** The unrounded score (one decimal is what the card's points add up to). */
  raw?: number;
  band?: Band;
}

/** The reference companies as the card shows them: curated when the dataset has them, else from the universe. */
export function referenceRows(entities: readonly Entity[]): ReferenceRow[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const universe = parseUniverse(JSON.parse(readFileSync(resolve(REPO_ROOT, 'public/data/universe.json'), 'utf8')));
  const rowsById = new Map(universe.companies.map((c) => [c[0], c]));
  const factorsOf = createUniverseFactors(universe.sources, universe.asOf);
  return REFERENCE_COMPANIES.map((company) => {
    const e = company.curated ? byId.get(company.curated) : undefined;
    if (e) {
      const s = scoreEntity(e);
      return {
        company,
        coverage: 'curated',
        id: e.id,
        hq: e.hq,
        factors: e.factors,
        score: s.score,
        raw: s.raw,
        band: s.band,
      };
    }
    const u = company.universe ? rowsById.get(company.universe) : undefined;
    if (!u) return { company, coverage: 'missing', factors: [] };
    const factors = factorsOf.of(u);
    const s = scoreEntity({ factors });
    return { company, coverage: 'listing', id: u[0], hq: u[2], factors, score: s.score, raw: s.raw, band: s.band };
  });
}

/** Bands, lowest first, with their counts. */
export function bandHistogram(scores: readonly number[]): [string, number][] {
  return [...BANDS].reverse().map(({ band }) => [band, scores.filter((s) => bandOf(s) === band).length]);
}
