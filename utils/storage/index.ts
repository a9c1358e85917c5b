/**
 * Every stored value GeoLens owns, typed and versioned in one place (docs/architecture.md, "Storage"). Values are
 * validated with zod when read; a corrupt value is repaired by keeping what is valid (never by wiping it), and what
 * was set aside is reported (./issues.ts).
 *
 * This index is what the pages and the content script import; the background's own items (source settings and
 * states, page mentions) are imported from their modules, and ./items.ts lists every item with its version.
 */
export * from './added-at';
export * from './alerts';
export * from './history';
export * from './issues';
export * from './settings';
export * from './watchlist';
export * from './watchlist-codec';
