/**
 * The store builds (`npm run build`, `npm run build:firefox`; `npm run zip` packs the same) neither ask for nor run on
 * local pages; the test build (`npm run build:test`), which the E2E tests, the demo and the benchmarks load, does.
 * Reads the manifests `npm test` has just built (no browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEWS_SITES, LOCAL_SITES } from '@/utils/sites';

const OUTPUT = resolve(process.cwd(), '.output');

function manifestText(dir: string, build: string): string {
  const file = resolve(OUTPUT, dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} not found: run \`${build}\` first (npm test does)`);
  return readFileSync(file, 'utf8');
}

interface Manifest {
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

describe('local pages in the manifests', () => {
  it.each([
    ['chrome-mv3', 'npm run build'],
    ['firefox-mv3', 'npm run build:firefox'],
  ])('the store build in .output/%s names no 127.0.0.1 or localhost anywhere', (dir, build) => {
    const text = manifestText(dir, build);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/);
    const manifest = JSON.parse(text) as Manifest;
    expect(manifest.host_permissions).toEqual([...DEFAULT_NEWS_SITES]);
    for (const script of manifest.content_scripts ?? [])
      expect(script.matches.sort()).toEqual([...DEFAULT_NEWS_SITES].sort());
  });

  it('the test build in .output/chrome-mv3-test asks for them and runs its content script there', () => {
    const manifest = JSON.parse(manifestText('chrome-mv3-test', 'npm run build:test')) as Manifest;
    expect(manifest.host_permissions).toEqual([...DEFAULT_NEWS_SITES, ...LOCAL_SITES]);
    expect(manifest.content_scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts ?? [])
      expect(script.matches).toEqual(expect.arrayContaining([...LOCAL_SITES]));
  });
});
