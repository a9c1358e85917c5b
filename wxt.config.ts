import { defineConfig } from 'wxt';
import { contentScriptMatches, LOCAL_PAGE_MODES, LOCAL_SITES } from './utils/sites';
import { DEFAULT_SOURCE_ORIGINS } from './utils/sources/catalog';

// https://wxt.dev/api/config.html
/**
 * The card's stylesheet is fetched by the content script into its shadow root, which the browser allows only where
 * the file is web-accessible. WXT lists the default sites; sites the user adds at runtime need it too, so it is
 * accessible on every http(s) page (with `use_dynamic_url` in Chrome, so pages cannot use it to detect GeoLens).
 */
function cardCssEverywhere(manifest: { web_accessible_resources?: unknown }): void {
  const resources = manifest.web_accessible_resources as { resources: string[]; matches?: string[] }[] | undefined;
  for (const entry of resources ?? []) {
    if (entry.matches && entry.resources.some((r) => r.startsWith('content-scripts/'))) {
      entry.matches = ['http://*/*', 'https://*/*'];
    }
  }
}

/**
 * Local pages (127.0.0.1, localhost: the demo and the E2E tests) are for development and test builds only
 * (`wxt`, `wxt build --mode test` into .output/<browser>-mv3-test). The store build (`wxt build`, `wxt zip`, mode
 * "production") neither asks for them nor runs there. The content script's `matches` are written here, from the
 * mode, whatever the entrypoint module evaluated to.
 */
function contentScriptsForMode(manifest: { content_scripts?: { matches?: string[] }[] }, localPages: boolean): void {
  const local = new Set<string>(LOCAL_SITES);
  for (const script of manifest.content_scripts ?? []) {
    const own = (script.matches ?? []).filter((m) => !local.has(m));
    script.matches = localPages ? [...own, ...LOCAL_SITES] : own;
  }
}

/**
 * The marks' stylesheet at `document_start` (entrypoints/marks.ts, utils/dom/mark-sheet.ts), on the default sites and
 * in the same frames as the main content script; `contentScriptsForMode` then adds the local pages where they apply.
 */
function earlyMarksScript(manifest: { content_scripts?: Record<string, unknown>[] }): void {
  manifest.content_scripts = [
    { matches: contentScriptMatches(false), js: ['marks.js'], run_at: 'document_start', all_frames: true },
    ...(manifest.content_scripts ?? []),
  ];
}

export default defineConfig({
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      cardCssEverywhere(manifest);
      earlyMarksScript(manifest);
      contentScriptsForMode(manifest, LOCAL_PAGE_MODES.has(wxt.config.mode));
    },
  },
  // Runtime code (utils/sites.ts: the options page's default list, re-injection) learns the same from this constant.
  vite: (env) => ({ define: { __GEOLENS_LOCAL_PAGES__: JSON.stringify(LOCAL_PAGE_MODES.has(env.mode)) } }),
  modules: ['@wxt-dev/webextension-polyfill'],
  // `npm run zip:firefox` also packs the sources for AMO's reviewers (docs/store-submission.md): never the local
  // artefacts of a test or demo run, which .gitignore keeps out of the repository too.
  zip: { excludeSources: ['test-results/**', 'demo.png', '**/*.log', 'bench/*.tmp', 'bench/.*'] },
  // Explicit imports everywhere: a reader (and the unit tests) can see where each name comes from.
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: 'GeoLens',
    description:
      'Marks company and ticker mentions on finance news and shows each company’s geopolitical exposure, with evidence.',
    // storage: settings and watchlist (sync). scripting + host_permissions (the same sites the content script runs
    // on, so no wider warning): re-inject the content script into open tabs after an update
    // (utils/background/reinject.ts) and register it on sites the user adds (utils/background/user-sites.ts).
    // notifications: watchlist alerts (opt-out in options). activeTab: the popup reads the current tab's address
    // for "GeoLens on this site" and "On this page", on any site, only when the user opens it.
    // alarms: each live data source refreshes on its own schedule (utils/sources/manager.ts).
    permissions: ['storage', 'scripting', 'notifications', 'activeTab', 'alarms'],
    host_permissions: contentScriptMatches(LOCAL_PAGE_MODES.has(mode)),
    // Sites the user adds in options, and the data sources' hosts (sec.gov, treasury.gov, trade.gov,
    // opensanctions.org, or a custom URL's origin): requested one by one at runtime when the user adds the site or
    // turns the source on, never granted at install. The defaults are listed so that stores show them.
    optional_host_permissions: [...DEFAULT_SOURCE_ORIGINS, '*://*/*'],
    action: { default_title: 'GeoLens watchlist' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Open the card of the next company on the page (skips repeats)',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Open the card of the previous company on the page (skips repeats)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'geolens@geolens.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
