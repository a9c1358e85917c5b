/**
 * The nsfreg multi-list snapshot (../shared/data/sanctions/nsfreg_*.json: `{list_id, entities: [{name, aliases,
 * country, address, effective_date, notes}]}`) as list records, for the resolution measurement and conformance tests.
 */
import { isPartialLicenceRequirement } from '../../../utils/exposure/restricted-lists';
import type { RestrictedList } from '../../../utils/exposure/schema';
import { countryCodeOf } from '../../../utils/sources/names';
import type { ListRecord } from '../../../utils/sources/types';

interface NsfregFile {
  entities: {
    name: string;
    aliases?: string[];
    country?: string | null;
    effective_date?: string | null;
    /** For the Entity List: the licence requirement as the Federal Register prints it. */
    notes?: string | null;
  }[];
}

export function nsfregRecords(json: unknown, list: RestrictedList): ListRecord[] {
  const file = json as NsfregFile;
  if (!file || !Array.isArray(file.entities)) throw new Error('not an nsfreg list file (no "entities" array)');
  return file.entities.map((e) => {
    const c = countryCodeOf(e.country);
    const since = /^\d{4}-\d{2}-\d{2}$/.test(e.effective_date ?? '') ? e.effective_date! : undefined;
    const partial = list === 'bis-entity-list' && isPartialLicenceRequirement(e.notes ?? '');
    return {
      list,
      name: e.name,
      aliases: e.aliases ?? [],
      countries: c ? [c] : [],
      ...(since ? { since } : {}),
      ...(partial ? { partial } : {}),
    };
  });
}
