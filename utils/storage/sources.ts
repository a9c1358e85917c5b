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
import { checkStoredItem, type Problem, type Repaired } from './issues';

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

/**
 * Keeps each source's valid entry; a corrupt one falls back (`fallback`) and is reported. An absent entry is a
 * source never configured, not a problem.
 */
function repairBySource<T>(
  name: string,
  raw: unknown,
  schema: z.ZodMiniType<T>,
  fallback: (id: LiveSourceId) => T | undefined,
): Repaired<Partial<Record<LiveSourceId, T>>> {
  const value: Partial<Record<LiveSourceId, T>> = {};
  const problems: Problem[] = [];
  const stored = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (raw != null && (typeof raw !== 'object' || Array.isArray(raw)))
    problems.push({ message: `the ${name} are not an object; using the defaults`, raw });
  for (const id of LIVE_SOURCE_IDS) {
    const entry = stored[id];
    const parsed = schema.safeParse(entry);
    if (parsed.success) value[id] = parsed.data;
    else {
      if (entry !== undefined)
        problems.push({ message: `the ${name} of "${id}" are invalid; using the defaults`, raw: entry });
      const back = fallback(id);
      if (back !== undefined) value[id] = back;
    }
  }
  return { value, problems };
}

/** Every source's settings; a corrupt entry falls back to that source's defaults. */
export function repairSourceConfigs(raw: unknown): Repaired<SourceConfigs> {
  return repairBySource('settings', raw, sourceConfigSchema, defaultSourceConfig) as Repaired<SourceConfigs>;
}

/** Every source's refresh state; a corrupt entry falls back to "never refreshed". */
export function repairSourceStates(raw: unknown): Repaired<SourceStates> {
  return repairBySource('refresh state', raw, sourceStateSchema as z.ZodMiniType<SourceState>, () => undefined);
}

/** Every source's settings; a corrupt entry is replaced by that source's defaults. */
export async function loadSourceConfigs(): Promise<SourceConfigs> {
  return repairSourceConfigs(await sourceConfigsItem.getValue()).value;
}

export async function saveSourceConfig(id: LiveSourceId, config: SourceConfig): Promise<SourceConfigs> {
  const all = await loadSourceConfigs();
  all[id] = sourceConfigSchema.parse(config);
  await sourceConfigsItem.setValue(all);
  return all;
}

export async function loadSourceStates(): Promise<SourceStates> {
  return repairSourceStates(await sourceStatesItem.getValue()).value;
}

/** Run by the background at start: the repair-and-report rule (./issues.ts) for the sources' settings and states. */
export async function checkStoredSources(): Promise<void> {
  await checkStoredItem('sourceConfigs', sourceConfigsItem, repairSourceConfigs);
  await checkStoredItem('sourceStates', sourceStatesItem, repairSourceStates);
}

export async function saveSourceState(id: LiveSourceId, state: SourceState): Promise<void> {
  const all = await loadSourceStates();
  all[id] = state;
  await sourceStatesItem.setValue(all);
}

export { defaultSourceConfig };
