/**
 * The background's in-memory view of the merged dataset: entities by id, the detection dictionary, and the views
 * the UIs ask for. Built once per dataset version.
 */
import { buildDictionary } from '../detect/dictionary';
import type { DictionaryEntry } from '../detect/types';
import type { Dataset, Entity } from '../exposure/schema';
import { type Band, DEFAULT_WEIGHTS, type FactorContribution, scoreEntity, type Weights } from '../exposure/score';
import type { CardView, FactorView, WatchlistRow } from '../messaging/views';
import type { WatchlistEntry } from '../storage';

export interface EntityCache {
  readonly version: string;
  readonly dataset: Dataset;
  readonly dictionary: DictionaryEntry[];
  get(entityId: string): Entity | undefined;
  score(entityId: string): number | undefined;
  band(entityId: string): Band | undefined;
  card(entityId: string, inWatchlist: boolean): CardView | null;
  watchlistRows(entries: readonly WatchlistEntry[]): WatchlistRow[];
}

/** The name news uses: the first alias in Latin script (curators list the common name first), else the legal name. */
export function shortNameOf(entity: Pick<Entity, 'name' | 'aliases'>): string {
  return entity.aliases.find((a) => /^[\p{Script=Latin}\d\s&.,'’-]+$/u.test(a)) ?? entity.name;
}

export function createEntityCache(dataset: Dataset, weights: Readonly<Weights> = DEFAULT_WEIGHTS): EntityCache {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const explanations = new Map(dataset.entities.map((e) => [e.id, scoreEntity(e, weights)]));
  const version = `${dataset.source.name}@${dataset.asOf}#${dataset.entities.length}`;

  const toView = ({ factor, points }: FactorContribution): FactorView => ({
    kind: factor.kind,
    status: factor.status,
    direction: factor.direction,
    severity: factor.severity,
    summary: factor.summary,
    points: Math.round(points * 10) / 10,
    evidence: factor.evidence,
  });

  return {
    version,
    dataset,
    dictionary: buildDictionary(dataset.entities),
    get: (id) => byId.get(id),
    score: (id) => explanations.get(id)?.score,
    band: (id) => explanations.get(id)?.band,
    card(id, inWatchlist) {
      const entity = byId.get(id);
      const explained = explanations.get(id);
      if (!entity || !explained) return null;
      return {
        entityId: entity.id,
        name: entity.name,
        listings: entity.listings,
        hq: entity.hq,
        ...(entity.incorporated ? { incorporated: entity.incorporated } : {}),
        private: entity.private ?? entity.listings.length === 0,
        ...(entity.sector ? { sector: entity.sector } : {}),
        score: explained.score,
        band: explained.band,
        risks: explained.risks.map(toView),
        tailwinds: explained.tailwinds.map(toView),
        asOf: dataset.asOf,
        sources: [dataset.source.name],
        inWatchlist,
      };
    },
    watchlistRows(entries) {
      const rows: WatchlistRow[] = [];
      for (const entry of entries) {
        const entity = byId.get(entry.entityId);
        const explained = explanations.get(entry.entityId);
        if (!entity || !explained) continue;
        const primary = entity.listings.find((l) => l.primary) ?? entity.listings[0];
        rows.push({
          entityId: entity.id,
          name: entity.name,
          shortName: shortNameOf(entity),
          ...(primary ? { ticker: primary.ticker } : {}),
          score: explained.score,
          band: explained.band,
          addedAt: entry.addedAt,
          scoreAtAdd: entry.scoreAtAdd,
        });
      }
      return rows.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    },
  };
}
