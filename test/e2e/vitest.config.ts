import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// End-to-end tests: the test build of the extension (.output/chrome-mv3-test, `npm run build:test`) in a real Chromium. One file at a time: each launches
// its own browser, and CI machines have two cores.
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // The browser is real and CI machines are shared: a card's first lookup in a fresh profile waits for the service
    // worker's first merged view (the curated data and the listed universe, about a second), so a poll that has not
    // named its own wait gets 10 s, not vitest's 1 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
