/** Names the lists print cut short or with a group suffix still yield the company's own name. */
import { describe, expect, it } from 'vitest';
import { bracketNames, nameKeys, normalizeName } from '@/utils/sources/names';

describe('names cut before the alias bracket closes', () => {
  it.each([
    ['Gazprom, OAO (a.k.a. Open Joint Stock Company Gazprom', ['gazprom']],
    ['Lukoil, OAO (a.k.a. Lukoil', ['lukoil']],
    ['Rosneft (a.k.a. Open Joint-Stock Company Rosneft Oil Company', ['rosneft', 'rosneft oil']],
    ['Gazprom Neft (a.k.a. Gazprom Neft OAO', ['gazprom neft']],
    ['Surgutneftegas (a.k.a. Open Joint Stock Company Surgutneftegas', ['surgutneftegas']],
    ['Sabanican Company (a.k.a.', ['sabanican']],
    [
      'Kalinin Machine Plant, JSC (a.k.a., Kalinin Machine-Building Plant Open Joint-Stock Company',
      ['kalinin machine plant', 'kalinin machine building plant'],
    ],
  ])('%s', (printed, keys) => {
    expect([...nameKeys(printed)].sort()).toEqual([...keys].sort());
    expect(normalizeName(printed)).toBe(keys[0]);
  });

  it('keeps closed brackets as before', () => {
    expect(bracketNames('Semiconductor Manufacturing International Corporation (SMIC)')).toEqual(['SMIC']);
    expect([...nameKeys('China Unicom (Hong Kong) Limited')]).toEqual(['china unicom hong kong']);
    expect([...nameKeys('Gazmash, AO (f.k.a., Dochernee Gazmash)')]).toEqual(['gazmash', 'dochernee gazmash']);
  });

  it('an entry for a company "and subsidiaries" also names the company', () => {
    expect(nameKeys('Hoshine Silicon Industry Co. Ltd. and Subsidiaries').has('hoshine silicon industry')).toBe(true);
  });
});
