/** How options and the popup see each source: its metadata, settings and last refresh (no key, only its last four). */
import type { Dataset } from '../exposure/schema';
import type { SourceStatus } from '../messaging/views';
import { SOURCE_CATALOG, sourceOrigins } from './catalog';
import type { SourceConfig } from './definition';
import { SourceError } from './http';
import type { LiveSourceId, SourceState } from './types';

export function emptyState(): SourceState {
  return { entityCount: 0, failures: 0, validators: {} };
}

function mask(key: string | undefined): string | undefined {
  return key ? `••••${key.slice(-4)}` : undefined;
}

/** An error as options shows it. */
export function errorText(err: unknown): string {
  if (err instanceof SourceError) return err.message;
  if (err instanceof Error) return `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}`;
  return String(err);
}

/** The embedded snapshot as a source: always on, nothing to configure. */
export function embeddedSourceView(
  dataset: (Pick<Dataset, 'source' | 'asOf'> & { entities: readonly unknown[] }) | undefined,
  error?: string,
): SourceStatus {
  return {
    id: 'embedded',
    name: dataset?.source.name ?? 'Embedded snapshot',
    publisher: dataset?.source.publisher ?? 'GeoLens',
    description:
      'Curated companies with evidence, and the listed universe (every US listing, the large and mid caps of the major markets) with each company’s country and the official lists it is on; ships with the extension and works offline, with no keys.',
    licence: dataset?.source.license ?? 'CC BY 4.0',
    enabled: true,
    url: '',
    defaultUrl: '',
    urlHint: '',
    key: 'none',
    hasKey: false,
    cadenceHours: 0,
    datasets: [],
    origins: [],
    entityCount: dataset?.entities.length ?? 0,
    ...(dataset ? { asOf: dataset.asOf } : {}),
    ...(error ? { error } : {}),
    refreshing: false,
  };
}

/** What the manager knows about a live source beyond its stored settings and state. */
export interface LiveFacts {
  /** Companies it flagged in the current merged view (only while enabled). */
  flagged?: number;
  refreshing: boolean;
  nextRefresh?: number;
}

/** One live source as options shows it. */
export function liveSourceView(
  id: LiveSourceId,
  c: SourceConfig,
  state: SourceState | undefined,
  facts: LiveFacts,
): SourceStatus {
  const def = SOURCE_CATALOG[id];
  const s = state ?? emptyState();
  return {
    id,
    name: def.name,
    publisher: def.publisher,
    description: def.description,
    licence: def.licence,
    ...(def.licenceUrl ? { licenceUrl: def.licenceUrl } : {}),
    enabled: c.enabled,
    url: c.url,
    defaultUrl: def.defaultUrl,
    urlHint: def.urlHint,
    key: def.key,
    hasKey: !!c.apiKey,
    ...(c.apiKey ? { keyHint: mask(c.apiKey)! } : {}),
    cadenceHours: c.cadenceHours,
    datasets: c.datasets,
    origins: sourceOrigins(id, c.url),
    entityCount: s.entityCount,
    ...(s.asOf ? { asOf: s.asOf } : {}),
    ...(s.lastSuccess ? { lastSuccess: s.lastSuccess } : {}),
    ...(s.lastAttempt ? { lastAttempt: s.lastAttempt } : {}),
    ...(s.error ? { error: s.error } : {}),
    ...(c.enabled && facts.flagged !== undefined ? { flagged: facts.flagged } : {}),
    ...(s.unscored ? { unscored: s.unscored } : {}),
    ...(s.held ? { held: s.held } : {}),
    refreshing: facts.refreshing,
    ...(facts.nextRefresh !== undefined ? { nextRefresh: facts.nextRefresh } : {}),
  };
}
