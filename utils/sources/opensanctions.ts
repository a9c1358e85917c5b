/**
 * OpenSanctions dataset downloads: `targets.simple.csv` of datasets such as `us_dod_chinese_milcorps`,
 * `us_dhs_uflpa` and `us_fcc_covered_list` (columns `id,schema,name,aliases,…,countries,…,identifiers,…,dataset,…`,
 * multiple values ";"-separated). The data is licensed CC BY-NC 4.0 (commercial use needs an OpenSanctions licence);
 * options shows that. The crawler's own source CSV of the 1260H list (`Name,Clean Name,Alias,…,Start date,End date`)
 * is read too, taking the latest edition's current rows.
 */

import type { RestrictedList } from '../exposure/schema';
import { DEFAULT_OPENSANCTIONS_DATASETS, SOURCE_CATALOG } from './catalog';
import { parseCsvRows, rowsAsRecords, stripFileMarkers } from './csv';
import type { SourceDefinition } from './definition';
import { dayOf, under } from './definition';
import { download, SourceError } from './http';
import { addCount, checkCells } from './limits';
import { countryCodeOf } from './names';
import type { ListPayload, ListRecord, Validators } from './types';

const MAX_BYTES = 40 * 1024 * 1024;

/** OpenSanctions datasets whose entries are on a list GeoLens scores. */
export const OPENSANCTIONS_LISTS: Readonly<Record<string, RestrictedList>> = {
  us_dod_chinese_milcorps: 'dod-1260h',
  us_dhs_uflpa: 'dhs-uflpa',
  us_fcc_covered_list: 'fcc-covered',
  us_ofac_sdn: 'ofac-sdn',
  eu_fsf: 'eu-sanctions',
  eu_journal_sanctions: 'eu-sanctions',
  gb_hmt_sanctions: 'uk-sanctions',
  gb_fcdo_sanctions: 'uk-sanctions',
};

/** The list a dataset's entries are on; a name from a file or the API ("constructor") is looked up as own keys only. */
export function listOfDataset(dataset: string): RestrictedList | undefined {
  return Object.hasOwn(OPENSANCTIONS_LISTS, dataset) ? OPENSANCTIONS_LISTS[dataset] : undefined;
}

const COMPANY_SCHEMAS = new Set(['Company', 'Organization', 'LegalEntity', 'PublicBody']);
const ISIN = /^[A-Z]{2}[A-Z0-9]{9}\d$/;

function split(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** `targets.simple.csv` of one dataset. */
export function parseTargetsSimple(text: string, dataset: string): ListPayload {
  let rows: Record<string, string>[];
  try {
    const raw = parseCsvRows(stripFileMarkers(text), true);
    checkCells(raw, `${dataset}/targets.simple.csv`);
    rows = rowsAsRecords(raw);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError('malformed', `${dataset}: ${(err as Error).message}`);
  }
  const first = rows[0];
  if (!first) throw new SourceError('malformed', `${dataset}: targets.simple.csv is empty (no rows)`);
  const has = (column: string) => Object.hasOwn(first, column);
  if (has('Clean Name') && has('Start date')) return parse1260hSource(rows, dataset);
  if (!(has('schema') && has('name') && has('id')))
    throw new SourceError('malformed', `${dataset}: not a targets.simple.csv file (no id, schema and name columns)`);
  const list = listOfDataset(dataset);
  const out: ListPayload = { kind: 'lists', records: [], unscored: {}, skipped: 0 };
  rows.forEach((r, i) => {
    if (!r.id || !r.schema)
      throw new SourceError('malformed', `${dataset}: row ${i + 2} has no id or schema (truncated?)`);
    if (!COMPANY_SCHEMAS.has(r.schema)) {
      out.skipped++;
      return;
    }
    if (!list) {
      addCount(out.unscored, dataset);
      return;
    }
    const identifiers = split(r.identifiers);
    out.records.push({
      list,
      name: r.name ?? '',
      aliases: split(r.aliases),
      countries: split(r.countries)
        .map((c) => countryCodeOf(c))
        .filter((c): c is string => !!c),
      ref: r.id,
      ...(identifiers.some((x) => ISIN.test(x)) ? { isins: identifiers.filter((x) => ISIN.test(x)) } : {}),
    });
  });
  return out;
}

/** The 1260H crawler source: one row per company and edition; the latest edition's rows without an end date count. */
function parse1260hSource(rows: Record<string, string>[], dataset: string): ListPayload {
  const editions = rows.map((r) => r['Start date'] ?? '').filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const latest = editions.sort().at(-1);
  const out: ListPayload = { kind: 'lists', records: [], unscored: {}, skipped: 0 };
  for (const r of rows) {
    if (r['Start date'] !== latest || r['End date']) continue;
    const record: ListRecord = {
      list: 'dod-1260h',
      name: r.Name ?? '',
      aliases: [r['Clean Name'], ...split(r.Alias), ...split(r['Previous Name'])].filter((a): a is string => !!a),
      countries: ['CN'],
      ...(latest ? { since: latest } : {}),
      ...(r['Parent Name'] ? { parent: r['Parent Name'] } : {}),
    };
    out.records.push(record);
  }
  if (out.records.length === 0)
    throw new SourceError(
      'malformed',
      `${dataset}: no current entries in the latest edition (${latest ?? 'no dates'})`,
    );
  return out;
}

export const openSanctionsSource: SourceDefinition = {
  ...SOURCE_CATALOG.opensanctions,
  async refresh(config, ctx) {
    const datasets = config.datasets.length ? config.datasets : DEFAULT_OPENSANCTIONS_DATASETS;
    const headers: Record<string, string> = config.apiKey ? { Authorization: `ApiKey ${config.apiKey}` } : {};
    const fetchAll = async (conditional: boolean) => {
      const texts: Record<string, string> = {};
      const validators: Record<string, Validators> = {};
      let changed = false;
      let unchanged = 0;
      for (const ds of datasets) {
        const url = under(config.url, `${ds}/targets.simple.csv`);
        const res = await download(url, {
          ...ctx.http,
          headers,
          expect: 'csv',
          maxBytes: MAX_BYTES,
          validators: conditional ? (ctx.validators[url] ?? {}) : {},
        });
        validators[url] = res.validators;
        if (res.notModified) unchanged++;
        else {
          changed = true;
          texts[ds] = res.text;
        }
      }
      return { texts, validators, changed, unchanged };
    };
    let got = await fetchAll(true);
    if (!got.changed) return { status: 'unchanged', validators: got.validators };
    if (got.unchanged) got = await fetchAll(false);
    const payload: ListPayload = { kind: 'lists', records: [], unscored: {}, skipped: 0 };
    for (const ds of datasets) {
      const part = parseTargetsSimple(got.texts[ds] ?? '', ds);
      payload.records.push(...part.records);
      payload.skipped += part.skipped;
      for (const [k, v] of Object.entries(part.unscored)) addCount(payload.unscored, k, v);
    }
    return { status: 'ok', payload, validators: got.validators, count: payload.records.length, asOf: dayOf(ctx.now) };
  },
};
