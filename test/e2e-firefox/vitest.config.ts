import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// End-to-end tests in a real Firefox: the Firefox test build (.output/firefox-mv3-test, `npm run build:test:firefox`)
// driven by puppeteer-core over WebDriver BiDi (test/e2e-firefox/support/firefox.ts). One file at a time: each
// launches its own Firefox, and CI machines have two cores.
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A card's first lookup in a fresh profile waits for the background's first merged view (about a second).
    expect: { poll: { timeout: 10_000 } },
  },
});
