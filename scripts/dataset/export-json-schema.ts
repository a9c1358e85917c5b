/**
 * Generates docs/geolens-feed.schema.json (JSON Schema, draft 2020-12) from the zod schema in
 * utils/exposure/schema.ts, so a risk desk can validate a custom feed before publishing it.
 *
 *   npm run dataset:schema         # write it
 *   npm run dataset:schema:check   # exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { datasetSchema } from '../../utils/exposure/schema';
import { REPO_ROOT } from '../lib/shared-data';

export const JSON_SCHEMA_PATH = resolve(REPO_ROOT, 'docs/geolens-feed.schema.json');

export function renderJsonSchema(): string {
  // "input": fields with defaults (aliases, listings, factors, ambiguousNames) may be left out of a feed.
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const doc = {
    $schema: schema.$schema,
    $id: 'https://geolens.invalid/geolens-feed.schema.json',
    title: 'GeoLens exposure feed (schema version 2)',
    description:
      'A dataset GeoLens accepts as its embedded snapshot or as a custom feed. Generated from utils/exposure/schema.ts; see docs/data-format.md. GeoLens ignores unknown fields, so a feed may carry more than this schema names.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = renderJsonSchema();
  if (process.argv.includes('--check')) {
    if (readFileSync(JSON_SCHEMA_PATH, 'utf8') !== text) {
      console.error('[json-schema] docs/geolens-feed.schema.json is stale: run npm run dataset:schema');
      process.exit(1);
    }
    console.log('[json-schema] up to date');
  } else {
    writeFileSync(JSON_SCHEMA_PATH, text);
    console.log(`[json-schema] wrote ${JSON_SCHEMA_PATH}`);
  }
}
