/**
 * A custom feed: a URL serving JSON in GeoLens's published schema (docs/data-format.md), e.g. a risk desk's own
 * scores. Validated whole with the same parser as the embedded snapshot: one bad field (an evidence link that is
 * not https, such as `javascript:…`) rejects the download and the last good copy stays.
 */

import { DatasetError, parseDataset } from '../exposure/schema';
import { SOURCE_CATALOG } from './catalog';
import type { SourceDefinition } from './definition';
import { download, parseJsonBody, SourceError } from './http';

const MAX_BYTES = 20 * 1024 * 1024;

export const customFeedSource: SourceDefinition = {
  ...SOURCE_CATALOG.custom,
  async refresh(config, ctx) {
    if (!config.url) throw new SourceError('config', 'Enter the feed’s URL first');
    const res = await download(config.url, {
      ...ctx.http,
      expect: 'json',
      maxBytes: MAX_BYTES,
      validators: ctx.validators[config.url] ?? {},
      ...(config.apiKey ? { headers: { Authorization: `Bearer ${config.apiKey}` } } : {}),
    });
    if (res.notModified) return { status: 'unchanged', validators: { [config.url]: res.validators } };
    let dataset: ReturnType<typeof parseDataset>;
    try {
      dataset = parseDataset(parseJsonBody(res.text, config.url));
    } catch (err) {
      if (err instanceof DatasetError) {
        // A link that is not https (javascript:, data:, http:) is refused as unsafe, whatever else is wrong.
        const code = /expected an https:\/\/ URL/.test(err.message) ? 'unsafe' : 'malformed';
        throw new SourceError(code, err.message.replace('Invalid GeoLens dataset', 'Invalid feed'));
      }
      throw err;
    }
    if (dataset.entities.length === 0)
      throw new SourceError(
        'malformed',
        'The feed has no entities ("entities": []): nothing to replace the last good feed with',
      );
    return {
      status: 'ok',
      payload: { kind: 'feed', dataset },
      validators: { [config.url]: res.validators },
      count: dataset.entities.length,
      asOf: dataset.asOf,
    };
  },
};
