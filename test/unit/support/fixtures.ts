import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Repo root: vitest runs from it (`root` in test/vitest.config.ts). */
export const REPO_ROOT = process.cwd();

export function readRepoFile(path: string): string {
  return readFileSync(resolve(REPO_ROOT, path), 'utf8');
}

export function readRepoJson(path: string): any {
  return JSON.parse(readRepoFile(path));
}
