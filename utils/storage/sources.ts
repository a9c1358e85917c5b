/**
 * Live data-source settings and status, in local storage only: API keys are never synced and never exported with
 * the settings file. The downloaded data itself lives in IndexedDB (utils/sources/store.ts, ADR 0006).
 *
 * Version 1: `local:sourceConfigs` = `{ [sourceId]: SourceConfig }`, `local:sourceStates` = `{ [sourceId]:
 * SourceState }`. Invalid entries fall back to their defaults (configs) or to "never refreshed" (states).
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { defaultSourceConfig, defaultSourceConfigs } from '../sources/catalog';
import { type SourceConfig, sourceConfigSchema } from '../sources/definition';
import { LIVE_SOURCE_IDS, type LiveSourceId, type SourceState } from '../sources/types';

export const SOURCES_VERSION = 1;

export type SourceConfigs = Record<LiveSourceId, SourceConfig>;
export type SourceStates = Partial<Record<LiveSourceId, SourceState>>;

export const sourceConfigsItem = storage.defineItem<SourceConfigs>('local:sourceConfigs', {
  fallback: defaultSourceConfigs(),
  version: SOURCES_VERSION,
});

export const sourceStatesItem = storage.defineItem<SourceStates>('local:sourceStates', {
  fallback: {},
  version: SOURCES_VERSION,
});

const validatorsSchema = z.object({ etag: z.optional(z.string()), lastModified: z.optional(z.string()) });
const sourceStateSchema = z.object({
  lastSuccess: z.optional(z.number()),
  lastAttempt: z.optional(z.number()),
  entityCount: z.number(),
  error: z.optional(z.string()),
  failures: z.number(),
  asOf: z.optional(z.string()),
  validators: z.record(z.string(), validatorsSchema),
  unscored: z.optional(z.record(z.string(), z.number())),
  dataVersion: z.optional(z.number()),
  held: z.optional(
    z.object({
      at: z.number(),
      count: z.number(),
      previous: z.number(),
      dropped: z.number(),
      examples: z.array(z.string()),
    }),
  ),
});

/** Every source's settings; a corrupt entry is replaced by that source's defaults. */
export async function loadSourceConfigs(): Promise<SourceConfigs> {
  const raw = (await sourceConfigsItem.getValue()) as unknown;
  const out = defaultSourceConfigs();
  if (raw && typeof raw === 'object') {
    for (const id of LIVE_SOURCE_IDS) {
      const parsed = sourceConfigSchema.safeParse((raw as Record<string, unknown>)[id]);
      if (parsed.success) out[id] = parsed.data;
    }
  }
  return out;
}

export async function saveSourceConfig(id: LiveSourceId, config: SourceConfig): Promise<SourceConfigs> {
  const all = await loadSourceConfigs();
  all[id] = sourceConfigSchema.parse(config);
  await sourceConfigsItem.setValue(all);
  return all;
}

export async function loadSourceStates(): Promise<SourceStates> {
  const raw = (await sourceStatesItem.getValue()) as unknown;
  const out: SourceStates = {};
  if (raw && typeof raw === 'object') {
    for (const id of LIVE_SOURCE_IDS) {
      const parsed = sourceStateSchema.safeParse((raw as Record<string, unknown>)[id]);
      if (parsed.success) out[id] = parsed.data as SourceState;
    }
  }
  return out;
}

export async function saveSourceState(id: LiveSourceId, state: SourceState): Promise<void> {
  const all = await loadSourceStates();
  all[id] = state;
  await sourceStatesItem.setValue(all);
}

export { defaultSourceConfig };
