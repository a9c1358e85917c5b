/**
 * The background's in-memory view of the merged dataset: entities by id, the detection dictionary, and the views
 * the UIs ask for. Built once per dataset version and set of weights (utils/background/cache-manager.ts).
 */
import { buildDictionary } from '../detect/dictionary';
import { type PackedDictionary, packDictionary, prepareDictionary } from '../detect/prepare';
import type { DictionaryEntry } from '../detect/types';
import type { Dataset, Entity } from '../exposure/schema';
import {
  type Band,
  DEFAULT_WEIGHTS,
  type FactorContribution,
  type ScoreExplanation,
  scoreEntity,
  type Weights,
} from '../exposure/score';
import type { CardView, FactorView } from '../messaging/views';

/**
 * An entity of the merged view (utils/sources/merge.ts): a feed's entity, or one built from a live source that does
 * not say where the company is (an SEC listing), so `hq` may be unknown.
 */
export type MergedEntity = Omit<Entity, 'hq'> & {
  hq?: string;
  /** Names of the sources that contributed to it (the card's "Sources" line). */
  sources?: string[];
};

/** The embedded snapshot merged with every enabled live source; a plain feed is one too. */
export interface MergedDataset extends Omit<Dataset, 'entities'> {
  entities: MergedEntity[];
  /** Changes whenever the data does; when absent, derived from the source name, as-of date and size. */
  version?: string;
  /** The packed detection dictionary, when the merge built it (SEC names need the SEC rows, not only entities). */
  packed?: PackedDictionary;
}

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

/** The name news uses: the first alias in Latin script (curators list the common name first), else the legal name. */
export function shortNameOf(entity: Pick<Entity, 'name' | 'aliases'>): string {
  return entity.aliases.find((a) => /^[\p{Script=Latin}\d\s&.,'’-]+$/u.test(a)) ?? entity.name;
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

const toView = ({ factor, points }: FactorContribution): FactorView => ({
  kind: factor.kind,
  status: factor.status,
  direction: factor.direction,
  severity: factor.severity,
  summary: factor.summary,
  points: Math.round(points * 10) / 10,
  evidence: factor.evidence,
});

/** What the hover card shows for one entity (also used before the cache is built: see the service's cold path). */
export function cardViewOf(
  entity: MergedEntity,
  explained: ScoreExplanation,
  dataset: Pick<MergedDataset, 'asOf' | 'source'>,
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
    score: explained.score,
    band: explained.band,
    risks: explained.risks.map(toView),
    tailwinds: explained.tailwinds.map(toView),
    asOf: dataset.asOf,
    sources: entity.sources ?? [dataset.source.name],
    inWatchlist,
  };
}
