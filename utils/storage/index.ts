/**
 * Every stored value GeoLens owns, typed and versioned in one place (docs/architecture.md, "Storage"). Values are
 * validated with zod when read; a corrupt value is repaired by keeping what is valid (never by wiping it), and what
 * was set aside is reported (./issues.ts).
 */
export * from './added-at';
export * from './alerts';
export * from './history';
export * from './issues';
export * from './page-mentions';
export * from './settings';
export * from './sources';
export * from './watchlist';
export * from './watchlist-codec';

import { ALERTS_VERSION } from './alerts';
import { HISTORY_VERSION } from './history';
import { PAGE_MENTIONS_VERSION } from './page-mentions';
import { SETTINGS_VERSION } from './settings';
import { SOURCES_VERSION } from './sources';
import { WATCHLIST_VERSION } from './watchlist-codec';

/** The current version of each stored item; test/fixtures/storage/<item>/v<N>.json exists for every N up to it. */
export const STORAGE_VERSIONS = {
  settings: SETTINGS_VERSION,
  watchlist: WATCHLIST_VERSION,
  history: HISTORY_VERSION,
  alerts: ALERTS_VERSION,
  sourceConfigs: SOURCES_VERSION,
  sourceStates: SOURCES_VERSION,
  pageMentions: PAGE_MENTIONS_VERSION,
} as const;
