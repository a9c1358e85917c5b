/**
 * The US Consolidated Screening List (trade.gov): one CSV joining Commerce, State and Treasury lists. Columns (header
 * row): `_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,…,
 * remarks,source_list_url,alt_names,…,ids`. The `source` column names the list, with its abbreviation in brackets,
 * e.g. "Entity List (EL) - Bureau of Industry and Security". Keyless.
 */

import { isPartialLicenceRequirement } from '../exposure/restricted-lists';
import type { RestrictedList } from '../exposure/schema';
import { SOURCE_CATALOG } from './catalog';
import { parseCsvRows, rowsAsRecords, stripFileMarkers } from './csv';
import type { SourceDefinition } from './definition';
import { dayOf } from './definition';
import { download, SourceError } from './http';
import { addCount, checkCells } from './limits';
import { countryCodeOf } from './names';
import { parseRemarks } from './ofac';
import type { ListPayload } from './types';

/** The real file is ~20 MB. */
const MAX_BYTES = 40 * 1024 * 1024;

/** The CSL's list abbreviations GeoLens knows the legal meaning of. */
export const CSL_LISTS: Readonly<Record<string, RestrictedList>> = {
  EL: 'bis-entity-list',
  MEU: 'bis-meu',
  SDN: 'ofac-sdn',
  CMIC: 'ofac-ns-cmic',
};

const PEOPLE_AND_CRAFT = new Set(['individual', 'vessel', 'aircraft']);

/** "Entity List (EL) - Bureau of Industry and Security" → "EL". */
export function cslListCode(source: string): string {
  return /\(([A-Z-]+)\)/.exec(source)?.[1] ?? source.trim();
}

export function parseCsl(text: string): ListPayload {
  let rows: Record<string, string>[];
  try {
    const raw = parseCsvRows(stripFileMarkers(text), true);
    checkCells(raw, 'consolidated.csv');
    rows = rowsAsRecords(raw);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError('malformed', `consolidated.csv: ${(err as Error).message}`);
  }
  if (rows.length === 0) throw new SourceError('malformed', 'consolidated.csv is empty');
  if (!Object.hasOwn(rows[0]!, 'source') || !Object.hasOwn(rows[0]!, 'name'))
    throw new SourceError(
      'malformed',
      'consolidated.csv has no "source" and "name" columns: not the screening list CSV',
    );
  const out: ListPayload = { kind: 'lists', records: [], unscored: {}, skipped: 0 };
  rows.forEach((r, i) => {
    if (!r.source || !r.name)
      throw new SourceError('malformed', `consolidated.csv: row ${i + 2} has no source or name (truncated?)`);
    if (PEOPLE_AND_CRAFT.has((r.type ?? '').toLowerCase())) {
      out.skipped++;
      return;
    }
    const code = cslListCode(r.source);
    // List codes come from the file: "__proto__" or "constructor" are unknown lists, never the table's prototype.
    const list = Object.hasOwn(CSL_LISTS, code) ? CSL_LISTS[code] : undefined;
    if (!list) {
      addCount(out.unscored, code);
      return;
    }
    const countries = new Set<string>();
    for (const address of (r.addresses ?? '').split(';')) {
      const last = address.split(',').pop()?.trim();
      const c = countryCodeOf(last);
      if (c) countries.add(c);
    }
    const remarks = parseRemarks(`${r.remarks ?? ''}; ${r.ids ?? ''}`);
    const isins = new Set([
      ...remarks.isins,
      ...[...(r.ids ?? '').matchAll(/ISIN, ([A-Z]{2}[A-Z0-9]{9}\d)/g)].map((m) => m[1]!),
    ]);
    out.records.push({
      list,
      name: r.name.trim(),
      aliases: (r.alt_names ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      countries: [...countries],
      programs: (r.programs ?? '')
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean),
      ...(r._id ? { ref: r._id } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(r.start_date ?? '') ? { since: r.start_date } : {}),
      ...(remarks.tickers.length ? { tickers: remarks.tickers } : {}),
      ...(isins.size ? { isins: [...isins] } : {}),
      ...(remarks.parent ? { parent: remarks.parent } : {}),
      ...(list === 'bis-entity-list' && isPartialLicenceRequirement(r.license_requirement ?? '')
        ? { partial: true }
        : {}),
    });
  });
  return out;
}

export const cslSource: SourceDefinition = {
  ...SOURCE_CATALOG.csl,
  async refresh(config, ctx) {
    const res = await download(config.url, {
      ...ctx.http,
      expect: 'csv',
      maxBytes: MAX_BYTES,
      validators: ctx.validators[config.url] ?? {},
    });
    if (res.notModified) return { status: 'unchanged', validators: { [config.url]: res.validators } };
    const payload = parseCsl(res.text);
    return {
      status: 'ok',
      payload,
      validators: { [config.url]: res.validators },
      count: payload.records.length,
      asOf: dayOf(ctx.now),
    };
  },
};
