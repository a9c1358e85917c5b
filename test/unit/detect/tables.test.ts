/**
 * The compiled tables the background sends each tab (utils/detect/tables.ts): a tab that reads them must match exactly
 * what it would have compiled itself, with every detection setting, and fall back to compiling when they do not fit.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '@/utils/detect/compile';
import { compilePackedMatcher, createMatchContext } from '@/utils/detect/matcher';
import { unpackDictionary } from '@/utils/detect/prepare';
import { compiledFromTables, packTables } from '@/utils/detect/tables';
import { defaultPackedDictionary } from '../../../bench/default-dictionary';
import { loadCorpus } from './corpus';

const { packed } = defaultPackedDictionary(process.cwd());
const wire = JSON.parse(JSON.stringify({ packed, tables: packTables(packed) })) as {
  packed: typeof packed;
  tables: string;
};
const articles = loadCorpus();
const SETTINGS = [
  { names: true, bareTickers: true },
  { names: true, bareTickers: false },
  { names: false, bareTickers: true },
  { names: false, bareTickers: false },
];

describe('compiled tables from the background', () => {
  it('decode to the very tables a tab would compile (names on)', () => {
    const own = compile(unpackDictionary(packed));
    const sent = compiledFromTables(wire.packed, wire.tables);
    expect(sent).toBeDefined();
    for (const [key, value] of Object.entries(own)) {
      const got = (sent as unknown as Record<string, unknown>)[key];
      // Typed arrays compare by content (views of one buffer vs arrays of their own).
      if (ArrayBuffer.isView(value))
        expect(Array.from(got as Int32Array), key).toEqual(Array.from(value as Int32Array));
      else expect(got, key).toEqual(value);
    }
  });

  it.each(SETTINGS)('find the same mentions on every corpus article as a tab’s own compile (%o)', (settings) => {
    const own = compilePackedMatcher(packed, settings);
    const sent = compilePackedMatcher(wire.packed, settings, wire.tables);
    expect(sent.patternCount).toBe(own.patternCount);
    const ownContext = createMatchContext();
    const sentContext = createMatchContext();
    let mentions = 0;
    for (const { text } of articles) {
      const expected = own.find(text, { context: ownContext });
      mentions += expected.length;
      expect(sent.find(text, { context: sentContext })).toEqual(expected);
    }
    // Positive control: the corpus has mentions under every setting (tickers at least).
    expect(mentions).toBeGreaterThan(100);
  });

  it('are refused when they do not fit the strings, and the tab compiles instead', () => {
    const other = { ...packed, names: packed.names.split('\n').slice(1).join('\n'), nameEntities: '', nameFlags: '' };
    expect(compiledFromTables(other, wire.tables)).toBeUndefined();
    const header = Uint8Array.from(atob(wire.tables), (c) => c.charCodeAt(0));
    header[0] = 99; // another format
    expect(compiledFromTables(packed, btoa(String.fromCharCode(...header.subarray(0, 4096))))).toBeUndefined();
    expect(compiledFromTables(packed, btoa('short'))).toBeUndefined();
    const text = 'Alibaba Group (NYSE: BABA) and Toyota (7203.T)';
    expect(compilePackedMatcher(packed, {}, btoa('short')).find(text)).toEqual(compilePackedMatcher(packed).find(text));
  });

  it('stay a modest part of the message', () => {
    const strings = JSON.stringify(packed).length;
    // Measured: 1.0 MB of base 64 beside 0.6 MB of strings with the default data (bench:size reports both).
    expect(wire.tables.length).toBeLessThan(strings * 2.5);
  });
});
