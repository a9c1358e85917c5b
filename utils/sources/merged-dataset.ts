/** The merged-data model: what utils/sources/merge.ts produces from the embedded snapshot and the live sources. */
import type { PackedDictionary } from '../detect/prepare';
import type { Dataset, Entity } from '../exposure/schema';

/**
 * An entity of the merged view (utils/sources/merge.ts): a feed's entity, or one built from a live source that does
 * not say where the company is (an SEC listing), so `hq` may be unknown.
 */
export type MergedEntity = Omit<Entity, 'hq'> & {
  hq?: string;
  /** Names of the sources that contributed to it (the card's "Sources" line). */
  sources?: string[];
  /**
   * `listing`: known only from listing data (the listed universe or an SEC row): its country and the official lists
   * screened, no curated assessment of revenue, supply chain or state ties. Absent for curated and feed companies.
   */
  coverage?: 'listing';
};

/** The embedded snapshot merged with every enabled live source; a plain feed is one too. */
export interface MergedDataset extends Omit<Dataset, 'entities'> {
  entities: MergedEntity[];
  /** Changes whenever the data does; when absent, derived from the source name, as-of date and size. */
  version?: string;
  /** The packed detection dictionary, when the merge built it (SEC names need the SEC rows, not only entities). */
  packed?: PackedDictionary;
  /**
   * Names of the live list sources (OFAC, CSL, OpenSanctions bulk data) every company was screened against in this
   * merge; empty when none is turned on. Not the OpenSanctions match API, which screens curated companies only.
   * Absent for a plain feed, which screens nothing.
   */
  screened?: string[];
  /**
   * Labels of the official lists the listed universe was resolved against when it was built (offline); absent
   * without a universe.
   */
  screenedOffline?: string[];
}
