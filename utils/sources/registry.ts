/** Every live source, by id (one module each in this folder), and the defaults of their settings. */
import { cslSource } from './csl';
import { customFeedSource } from './custom-feed';
import { DEFAULT_CADENCE_HOURS, originPattern, type SourceConfig, type SourceDefinition } from './definition';
import { ofacSource } from './ofac';
import { openSanctionsSource } from './opensanctions';
import { openSanctionsMatchSource } from './opensanctions-match';
import { secSource } from './sec';
import { LIVE_SOURCE_IDS, type LiveSourceId } from './types';

export const SOURCES: Readonly<Record<LiveSourceId, SourceDefinition>> = {
  sec: secSource,
  ofac: ofacSource,
  csl: cslSource,
  opensanctions: openSanctionsSource,
  'opensanctions-match': openSanctionsMatchSource,
  custom: customFeedSource,
};

/** Every live source starts off: nothing is downloaded until the user turns a source on (and grants its host). */
export function defaultSourceConfig(id: LiveSourceId): SourceConfig {
  const def = SOURCES[id];
  return {
    enabled: false,
    url: def.defaultUrl,
    cadenceHours: DEFAULT_CADENCE_HOURS,
    datasets: [...(def.defaultDatasets ?? [])],
  };
}

export function defaultSourceConfigs(): Record<LiveSourceId, SourceConfig> {
  return Object.fromEntries(LIVE_SOURCE_IDS.map((id) => [id, defaultSourceConfig(id)])) as Record<
    LiveSourceId,
    SourceConfig
  >;
}

/**
 * Host-permission patterns a source needs for a URL: its origin, plus the redirect targets of the default URL
 * (OFAC's legacy folder redirects to the Sanctions List Service).
 */
export function sourceOrigins(id: LiveSourceId, url: string): string[] {
  const def = SOURCES[id];
  const own = originPattern(url);
  const extra = url === def.defaultUrl ? (def.extraOrigins ?? []) : [];
  return [...(own ? [own] : []), ...extra];
}

/** The origins of every default URL, declared as optional host permissions in the manifest. */
export const DEFAULT_SOURCE_ORIGINS: string[] = [
  ...new Set(
    LIVE_SOURCE_IDS.flatMap((id) => (SOURCES[id].defaultUrl ? sourceOrigins(id, SOURCES[id].defaultUrl) : [])),
  ),
];
