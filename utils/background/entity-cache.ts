/**
 * The background's in-memory view of the merged dataset: entities by id, the detection dictionary, and the views
 * the UIs ask for. Built once per dataset version and set of weights (utils/background/cache-manager.ts).
 */
import { buildDictionary } from '../detect/dictionary';
import { type PackedDictionary, packDictionary, prepareDictionary } from '../detect/prepare';
import { legalNameForDisplay } from '../detect/sec-listings';
import type { DictionaryEntry } from '../detect/types';
import { isAssessed } from '../exposure/assessed';
import {
  type Band,
  DEFAULT_WEIGHTS,
  type FactorContribution,
  type ScoreExplanation,
  scoreEntity,
  type Weights,
} from '../exposure/score';
import type { CardView, FactorView, ScoringSample } from '../messaging/views';
import type { MergedDataset, MergedEntity } from '../sources/merged-dataset';

export interface EntityCache {
  /** Changes when the data does (not with the weights): the dictionary's version. */
  readonly version: string;
  /** The weights the scores were computed with. */
  readonly weights: Readonly<Weights>;
  /** Changes when the data or the weights do: names the build in the score history. */
  readonly key: string;
  readonly dataset: MergedDataset;
  /** Dictionary entries built from the entities (lazily; the merged view ships its packed form instead). */
  readonly dictionary: DictionaryEntry[];
  /** The packed dictionary the tabs receive (ADR 0003), built once per cache. */
  packed(): PackedDictionary;
  get(entityId: string): MergedEntity | undefined;
  score(entityId: string): number | undefined;
  band(entityId: string): Band | undefined;
  /** False for a company known only as a listing (utils/exposure/assessed.ts); undefined when unknown. */
  assessed(entityId: string): boolean | undefined;
  card(entityId: string, inWatchlist: boolean): CardView | null;
  /** The main listing (the primary one, else the first). */
  primaryListing(entityId: string): MergedEntity['listings'][number] | undefined;
}

/** A short, stable name for a set of weights (the kinds in a fixed order). */
export function weightsKey(weights: Readonly<Weights>): string {
  return Object.keys(DEFAULT_WEIGHTS)
    .map((k) => String(weights[k as keyof Weights]))
    .join(',');
}

/**
 * The name news uses: the first alias in Latin script (curators list the common name first), else the legal name —
 * without its legal forms for a company known only as a listing, whose legal name is all there is ("Deutsche Bank",
 * not "Deutsche Bank Aktiengesellschaft", which the popup's narrow column cut to "Deutsche Bank Aktieng…").
 */
export function shortNameOf(entity: Pick<MergedEntity, 'name' | 'aliases' | 'coverage'>): string {
  const alias = entity.aliases.find((a) => /^[\p{Script=Latin}\d\s&.,'’-]+$/u.test(a));
  if (alias) return alias;
  return entity.coverage === 'listing' ? legalNameForDisplay(entity.name) : entity.name;
}

export function createEntityCache(dataset: MergedDataset, weights: Readonly<Weights> = DEFAULT_WEIGHTS): EntityCache {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const explanations = new Map(dataset.entities.map((e) => [e.id, scoreEntity(e, weights)]));
  const version = dataset.version ?? `${dataset.source.name}@${dataset.asOf}#${dataset.entities.length}`;
  let dictionary: DictionaryEntry[] | undefined;
  let packed: PackedDictionary | undefined = dataset.packed;

  return {
    version,
    weights,
    key: `${version}|${weightsKey(weights)}`,
    dataset,
    get dictionary() {
      dictionary ??= buildDictionary(dataset.entities);
      return dictionary;
    },
    packed() {
      packed ??= packDictionary(prepareDictionary(this.dictionary));
      return packed;
    },
    get: (id) => byId.get(id),
    score: (id) => explanations.get(id)?.score,
    band: (id) => explanations.get(id)?.band,
    assessed(id) {
      const entity = byId.get(id);
      return entity ? isAssessed(entity) : undefined;
    },
    card(id, inWatchlist) {
      const entity = byId.get(id);
      const explained = explanations.get(id);
      if (!entity || !explained) return null;
      return cardViewOf(entity, explained, dataset, inWatchlist);
    },
    primaryListing(id) {
      const entity = byId.get(id);
      return entity?.listings.find((l) => l.primary) ?? entity?.listings[0];
    },
  };
}

const toView = ({ factor, shownPoints }: FactorContribution): FactorView => ({
  kind: factor.kind,
  status: factor.status,
  direction: factor.direction,
  severity: factor.severity,
  summary: factor.summary,
  // Whole points that add up to the score shown (largest-remainder rounding in scoreEntity).
  points: shownPoints,
  evidence: factor.evidence,
});

/** What the hover card shows for one entity (also used before the cache is built: see the service's cold path). */
export function cardViewOf(
  entity: MergedEntity,
  explained: ScoreExplanation,
  dataset: Pick<MergedDataset, 'asOf' | 'source' | 'screened' | 'screenedOffline'>,
  inWatchlist: boolean,
): CardView {
  return {
    entityId: entity.id,
    name: entity.name,
    listings: entity.listings,
    ...(entity.hq ? { hq: entity.hq } : {}),
    ...(entity.incorporated ? { incorporated: entity.incorporated } : {}),
    private: entity.private ?? entity.listings.length === 0,
    ...(entity.sector ? { sector: entity.sector } : {}),
    ...(entity.takeaway ? { takeaway: entity.takeaway } : {}),
    score: explained.score,
    band: explained.band,
    assessed: isAssessed(entity),
    ...(dataset.screened ? { screened: dataset.screened } : {}),
    // What a listing-only company was checked against offline; curated ones carry their own list factors.
    ...(entity.coverage === 'listing'
      ? {
          coverage: 'listing' as const,
          ...(dataset.screenedOffline ? { screenedOffline: dataset.screenedOffline } : {}),
        }
      : {}),
    risks: explained.risks.map(toView),
    tailwinds: explained.tailwinds.map(toView),
    asOf: dataset.asOf,
    sources: entity.sources ?? [dataset.source.name],
    inWatchlist,
  };
}

/** The inputs of the score for these companies (unknown ids left out), so options can preview weights locally. */
export function scoringSamplesOf(c: EntityCache, entityIds: readonly string[]): ScoringSample[] {
  return entityIds.flatMap((id): ScoringSample[] => {
    const entity = c.get(id);
    if (!entity) return [];
    const ticker = c.primaryListing(id)?.ticker;
    return [
      {
        entityId: id,
        shortName: shortNameOf(entity),
        ...(ticker ? { ticker } : {}),
        factors: entity.factors.map(({ kind, severity, status, direction }) => ({ kind, severity, status, direction })),
      },
    ];
  });
}
