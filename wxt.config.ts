import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './utils/sites';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader (and the unit tests) can see where each name comes from.
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'GeoLens',
    description:
      'Marks company and ticker mentions on finance news and shows each company’s geopolitical exposure, with evidence.',
    // storage: settings and watchlist. scripting + host_permissions (the same sites the content script runs on, so
    // no wider warning): re-inject the content script into open tabs after an update (utils/background/reinject.ts).
    permissions: ['storage', 'scripting'],
    host_permissions: CONTENT_SCRIPT_MATCHES,
    action: { default_title: 'GeoLens watchlist' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next company mention and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous company mention and open its card',
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
