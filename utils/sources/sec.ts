/**
 * SEC `company_tickers_exchange.json`: every US listing (ticker, name, CIK, exchange). Parsed with the detection
 * module's own reader (utils/detect/sec-listings.ts), so detection and the merged view agree on every row. Keyless.
 */

import { parseSecFile } from '../detect/sec-listings';
import { SOURCE_CATALOG } from './catalog';
import type { SourceDefinition } from './definition';
import { dayOf } from './definition';
import { download, parseJsonBody, SourceError } from './http';

/** The real file is ~1 MB; 20 MB leaves room for growth and refuses anything absurd. */
const MAX_BYTES = 20 * 1024 * 1024;

export const secSource: SourceDefinition = {
  ...SOURCE_CATALOG.sec,
  async refresh(config, ctx) {
    const res = await download(config.url, {
      ...ctx.http,
      expect: 'json',
      maxBytes: MAX_BYTES,
      validators: ctx.validators[config.url] ?? {},
    });
    if (res.notModified) return { status: 'unchanged', validators: { [config.url]: res.validators } };
    let rows: ReturnType<typeof parseSecFile>;
    try {
      rows = parseSecFile(parseJsonBody(res.text, config.url));
    } catch (err) {
      if (err instanceof SourceError) throw err;
      throw new SourceError('malformed', `Not an SEC tickers file: ${(err as Error).message}`);
    }
    if (rows.length === 0) throw new SourceError('malformed', 'The SEC file has no rows with a CIK, name and ticker');
    return {
      status: 'ok',
      payload: { kind: 'sec', rows },
      validators: { [config.url]: res.validators },
      count: new Set(rows.map((r) => r.cik)).size,
      asOf: dayOf(ctx.now),
    };
  },
};
