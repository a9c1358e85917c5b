/**
 * OpenSanctions' match API, hosted (`https://api.opensanctions.org`, header `Authorization: ApiKey …`) or a
 * self-hosted yente (any URL, no key): `POST /match/{dataset}` with at most 100 queries of schema `Company` per
 * request. Each result has `score`, `match`, `datasets` and `properties.topics`; only results that the API itself
 * calls a match and whose topics are designations (`sanction`, `debarment`, `export.control`, …) are kept, and
 * entity resolution (./resolution.ts) still requires one of the company's own names to equal one of the result's.
 * Only the merged view's curated and feed companies are screened (names and countries — never page text).
 */

import * as z from 'zod/mini';
import { SOURCE_CATALOG } from './catalog';
import type { ScreenedEntity, SourceDefinition } from './definition';
import { dayOf } from './definition';
import { download, parseJsonBody, SourceError } from './http';
import { countryCodeOf } from './names';
import { listOfDataset } from './opensanctions';
import type { MatchHit } from './types';

/** The API's limit per request. */
export const MATCH_BATCH = 100;
/** Companies screened per refresh at most (20 requests). */
export const MAX_SCREENED = 2000;
/** Below this score a result is never used, whatever `match` says. */
export const MIN_MATCH_SCORE = 0.7;
/** Topics that mean a designation by a government (FollowTheMoney topic codes). */
export const DESIGNATION_TOPICS = new Set(['sanction', 'sanction.counter', 'debarment', 'export.control']);
const MAX_BYTES = 20 * 1024 * 1024;

const resultSchema = z.object({
  id: z.string(),
  caption: z.string(),
  schema: z.string(),
  score: z.number(),
  match: z.optional(z.boolean()),
  datasets: z._default(z.array(z.string()), []),
  topics: z.optional(z.array(z.string())),
  properties: z._default(z.record(z.string(), z.array(z.unknown())), {}),
});
const responseSchema = z.object({
  responses: z.record(
    z.string(),
    z.object({
      status: z._default(z.number(), 200),
      results: z._default(z.array(resultSchema), []),
    }),
  ),
});
type MatchResult = z.infer<typeof resultSchema>;

function strings(values: readonly unknown[] | undefined): string[] {
  return (values ?? []).filter((v): v is string => typeof v === 'string');
}

/** The query for one company. */
export function matchQuery(e: ScreenedEntity) {
  return {
    schema: 'Company',
    properties: {
      name: [e.name],
      ...(e.aliases.length ? { alias: e.aliases.slice(0, 10) } : {}),
      ...(e.countries.length ? { country: e.countries.map((c) => c.toLowerCase()) } : {}),
      ...(e.isins.length ? { isinCode: e.isins } : {}),
    },
  };
}

/** A result as a hit, or `undefined` when it is no designation on a list GeoLens scores. */
export function hitOf(entityId: string, r: MatchResult): MatchHit | undefined {
  const topics = [...new Set([...(r.topics ?? []), ...strings(r.properties.topics)])];
  if (r.match === false || r.score < MIN_MATCH_SCORE) return undefined;
  if (!topics.some((t) => DESIGNATION_TOPICS.has(t))) return undefined;
  const list = r.datasets.map(listOfDataset).find(Boolean);
  if (!list) return undefined;
  return {
    entityId,
    list,
    names: [...new Set([r.caption, ...strings(r.properties.name), ...strings(r.properties.alias)])],
    countries: [
      ...new Set(
        [...strings(r.properties.country), ...strings(r.properties.jurisdiction)]
          .map((c) => countryCodeOf(c))
          .filter((c): c is string => !!c),
      ),
    ],
    score: r.score,
    datasets: r.datasets,
    topics,
    ref: r.id,
  };
}

export const openSanctionsMatchSource: SourceDefinition = {
  ...SOURCE_CATALOG['opensanctions-match'],
  async refresh(config, ctx) {
    const base = config.url.replace(/\/+$/, '');
    if (/api\.opensanctions\.org$/.test(new URL(base).hostname) && !config.apiKey)
      throw new SourceError('auth', 'The hosted OpenSanctions API needs an API key (or use your own yente URL)');
    const dataset = config.datasets[0] ?? 'default';
    const url = `${base}/match/${encodeURIComponent(dataset)}`;
    const entities = ((await ctx.entities?.()) ?? []).slice(0, MAX_SCREENED);
    const hits: MatchHit[] = [];
    for (let i = 0; i < entities.length || i === 0; i += MATCH_BATCH) {
      const batch = entities.slice(i, i + MATCH_BATCH);
      const queries = Object.fromEntries(batch.map((e) => [e.id, matchQuery(e)]));
      const res = await download(url, {
        ...ctx.http,
        method: 'POST',
        body: JSON.stringify({ queries }),
        headers: {
          'Content-Type': 'application/json',
          ...(config.apiKey ? { Authorization: `ApiKey ${config.apiKey}` } : {}),
        },
        expect: 'json',
        maxBytes: MAX_BYTES,
      });
      if (res.notModified) throw new SourceError('http', 'The match API answered 304 to a POST');
      const parsed = responseSchema.safeParse(parseJsonBody(res.text, url));
      if (!parsed.success)
        throw new SourceError('malformed', `Not a match API answer: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      for (const [id, answer] of Object.entries(parsed.data.responses)) {
        if (!Object.hasOwn(queries, id)) continue;
        for (const r of answer.results) {
          const hit = hitOf(id, r);
          if (hit) hits.push(hit);
        }
      }
      if (batch.length === 0) break;
    }
    return {
      status: 'ok',
      payload: { kind: 'match', hits, queried: entities.length },
      validators: {},
      count: hits.length,
      asOf: dayOf(ctx.now),
    };
  },
};
