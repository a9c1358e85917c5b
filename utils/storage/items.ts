/**
 * Every stored item GeoLens owns, with its current version: the ones the pages read (./index.ts) and the
 * background's own (source settings and states, page mentions). Kept apart from ./index.ts so that the content
 * script and the pages do not bundle the background's items. test/fixtures/storage/<item>/v<N>.json exists for every
 * N up to each version (test/unit/storage/migrations.test.ts).
 */
export * from './index';
export * from './page-mentions';
export * from './sources';

import { ALERTS_VERSION } from './alerts';
import { HISTORY_VERSION } from './history';
import { PAGE_MENTIONS_VERSION } from './page-mentions';
import { SETTINGS_VERSION } from './settings';
import { SOURCES_VERSION } from './sources';
import { WATCHLIST_VERSION } from './watchlist-codec';

/** The current version of each stored item. */
export const STORAGE_VERSIONS = {
  settings: SETTINGS_VERSION,
  watchlist: WATCHLIST_VERSION,
  history: HISTORY_VERSION,
  alerts: ALERTS_VERSION,
  sourceConfigs: SOURCES_VERSION,
  sourceStates: SOURCES_VERSION,
  pageMentions: PAGE_MENTIONS_VERSION,
} as const;
