/**
 * Builds the merged view: the embedded snapshot with the stored payloads of the enabled sources (and a candidate
 * whose data is not stored yet), merged, packed, unpacked and compiled as a tab does (mergeSources).
 */

import type { Dataset } from '../exposure/schema';
import type { SourceConfigs, SourceStates } from '../storage/sources';
import { SOURCE_CATALOG } from './catalog';
import type { SourceConfig } from './definition';
import { checkPayload } from './limits';
import { hashOf, type MergeInput, type MergeReport, mergeSources, type SourceInfo } from './merge';
import { snapshotCompanyCount } from './merge-universe';
import type { MergedDataset } from './merged-dataset';
import { errorText } from './status';
import type { SourceStore } from './store';
import { LIVE_SOURCE_IDS, type LiveSourceId, type SourcePayload, type SourceState } from './types';
import type { Universe } from './universe-format';

export interface Built {
  dataset: MergedDataset;
  report: MergeReport;
  version: string;
  /** Stored data that could not be used, by source, with why (left out of the view). */
  failed: Map<LiveSourceId, string>;
}

export interface MergedBuilder {
  /** The embedded snapshot, read once (a failed read is tried again next time). */
  embedded(): Promise<Dataset>;
  /** Companies in the embedded snapshot: the curated ones and the listed universe's others (counted once). */
  embeddedCompanies(): Promise<number>;
  /** Names the data a view is built from: the build, and which enabled source holds which refresh. */
  versionOf(configs: SourceConfigs, states: SourceStates): string;
  /**
   * Stored data that fails its checks or breaks the build is left out and reported in `failed`; a candidate that
   * breaks it throws.
   */
  build(
    configs: SourceConfigs,
    states: SourceStates,
    candidate?: { id: LiveSourceId; payload: SourcePayload },
  ): Promise<Built>;
}

export interface BuilderDeps {
  store: SourceStore;
  loadEmbedded(): Promise<Dataset>;
  /** The listed universe (./universe.ts): merged after the feeds; `undefined` when the build has none. */
  loadUniverse?(): Promise<Universe | undefined>;
  extensionVersion: string;
  now: () => number;
}

interface Part {
  id: LiveSourceId;
  info: SourceInfo;
  payload: SourcePayload;
}

function inputOf(embedded: Snapshot, parts: readonly Part[]): MergeInput {
  const input: MergeInput = {
    embedded: embedded.dataset,
    ...(embedded.universe ? { universe: embedded.universe } : {}),
    feeds: [],
    lists: [],
    matches: [],
  };
  for (const { info, payload: p } of parts) {
    if (p.kind === 'sec') input.sec = { ...info, rows: p.rows };
    else if (p.kind === 'lists') input.lists.push({ ...info, records: p.records });
    else if (p.kind === 'feed') input.feeds.push({ ...info, dataset: p.dataset });
    else input.matches.push({ ...info, hits: p.hits });
  }
  return input;
}

/** The embedded snapshot: the curated dataset and the listed universe, both bundled. */
interface Snapshot {
  dataset: Dataset;
  universe?: Universe;
}

export function createMergedBuilder(deps: BuilderDeps): MergedBuilder {
  let embedded: Promise<Snapshot> | undefined;
  const loadSnapshot = () => {
    embedded ??= Promise.all([deps.loadEmbedded(), deps.loadUniverse?.()]).then(([dataset, universe]) => ({
      dataset,
      ...(universe ? { universe } : {}),
    }));
    embedded.catch(() => {
      embedded = undefined;
    });
    return embedded;
  };
  const loadEmbedded = async () => (await loadSnapshot()).dataset;

  const versionOf = (configs: SourceConfigs, states: SourceStates) =>
    hashOf(
      JSON.stringify([
        deps.extensionVersion,
        LIVE_SOURCE_IDS.filter((id) => configs[id].enabled).map((id) => [id, states[id]?.dataVersion ?? 0]),
      ]),
    );

  const infoOf = (id: LiveSourceId, config: SourceConfig, state: SourceState | undefined): SourceInfo => ({
    id,
    name: SOURCE_CATALOG[id].name,
    publisher: SOURCE_CATALOG[id].publisher,
    url: config.url,
    asOf: state?.asOf ?? new Date(deps.now()).toISOString().slice(0, 10),
  });

  /** The stored payloads of the enabled sources that pass today's checks, and why the others were left out. */
  async function storedParts(
    configs: SourceConfigs,
    states: SourceStates,
    candidate: { id: LiveSourceId; payload: SourcePayload } | undefined,
    failed: Map<LiveSourceId, string>,
  ): Promise<Part[]> {
    const parts: Part[] = [];
    for (const id of LIVE_SOURCE_IDS) {
      if (candidate?.id === id) {
        parts.push({ id, info: infoOf(id, configs[id], states[id]), payload: candidate.payload });
        continue;
      }
      if (!configs[id].enabled) continue;
      const stored = await deps.store.getPayload(id).catch((err) => {
        console.error(`[GeoLens] could not read the stored ${id} data`, err);
        return undefined;
      });
      if (!stored) continue;
      try {
        // Data stored by an earlier version may predate today's checks.
        checkPayload(id, stored.payload);
      } catch (err) {
        failed.set(id, errorText(err));
        continue;
      }
      parts.push({ id, info: infoOf(id, configs[id], states[id]), payload: stored.payload });
    }
    return parts;
  }

  async function build(
    configs: SourceConfigs,
    states: SourceStates,
    candidate?: { id: LiveSourceId; payload: SourcePayload },
  ): Promise<Built> {
    const snapshot = await loadSnapshot();
    const failed = new Map<LiveSourceId, string>();
    const parts = await storedParts(configs, states, candidate, failed);
    const version = versionOf(configs, states);
    let result: ReturnType<typeof mergeSources>;
    try {
      result = mergeSources(inputOf(snapshot, parts), version);
    } catch (err) {
      if (candidate) throw err;
      // Fall back to what works: the embedded snapshot, then each source that still builds with those before it.
      console.error('[GeoLens] the merged view could not be built; leaving out the sources that break it', err);
      result = mergeSources(inputOf(snapshot, []), version);
      const kept: Part[] = [];
      for (const part of parts) {
        try {
          result = mergeSources(inputOf(snapshot, [...kept, part]), version);
          kept.push(part);
        } catch (e) {
          failed.set(part.id, errorText(e));
        }
      }
    }
    return { ...result, version, failed };
  }

  let companies: Promise<number> | undefined;
  const embeddedCompanies = () => {
    companies ??= loadSnapshot().then((snap) => snapshotCompanyCount(snap.dataset.entities, snap.universe));
    companies.catch(() => {
      companies = undefined;
    });
    return companies;
  };

  return { embedded: loadEmbedded, embeddedCompanies, versionOf, build };
}
