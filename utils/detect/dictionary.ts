/**
 * Turns dataset entities into the matcher's dictionary: the names news prints and the symbols each company trades
 * under. Built in the background (one place), shipped to each tab as plain data.
 */
import type { Entity } from '../exposure/schema';
import type { DictionaryEntry } from './types';

/** Legal-form endings that news usually drops ("Alibaba Group Holding Limited" → "Alibaba Group Holding"). */
const TRAILING_LEGAL_FORM =
  /,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|S\.?A\.?|AG|N\.?V\.?|SE|Co\.?,?\s*Ltd\.?|Co\.?)$/u;

export function stripLegalForm(name: string): string {
  return name.replace(TRAILING_LEGAL_FORM, '').trim();
}

export function dictionaryEntryFor(entity: Pick<Entity, 'id' | 'name' | 'aliases' | 'listings'>): DictionaryEntry {
  const names = new Set<string>();
  for (const name of [entity.name, ...entity.aliases]) {
    names.add(name);
    const short = stripLegalForm(name);
    if (short.length >= 3) names.add(short);
  }
  return {
    entityId: entity.id,
    names: [...names],
    tickers: entity.listings.map((l) => ({ symbol: l.ticker, exchange: l.exchange })),
  };
}

export function buildDictionary(entities: readonly Entity[]): DictionaryEntry[] {
  return entities.map(dictionaryEntryFor);
}
