import { describe, expect, it } from 'vitest';
import { tokenizeCsv } from '@/utils/csv';
import { CsvError, parseCsvRows } from '@/utils/sources/csv';
import { parseCsv } from '@/utils/transfer/csv';

describe('the one CSV tokenizer', () => {
  it('opens a quoted field only at the start of a field; elsewhere a quote is a character', () => {
    expect(tokenizeCsv('a,5" pipe,"x, ""y""" z\n').records).toEqual([
      { line: 1, fields: ['a', '5" pipe', 'x, "y" z'] },
    ]);
    // Whitespace before an opening quote is dropped (hand-edited files write `a, "b, c"`).
    expect(tokenizeCsv('a, "b, c"').records[0]?.fields).toEqual(['a', 'b, c']);
  });

  it('counts lines inside quoted fields and across CR, LF and CRLF', () => {
    const { records } = tokenizeCsv('h\r"a\nb"\r\nc\rd');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('reports an unclosed quote the same way through both wrappers', () => {
    const text = 'name,remark\nA,ok\nB,"cut off\n';
    expect(tokenizeCsv(text).unclosed).toEqual({ line: 3, fields: ['B', 'cut off\n'] });
    expect(() => parseCsvRows(text, true)).toThrow(
      new CsvError('malformed CSV: a quoted field opened on line 3 is never closed (truncated file?)'),
    );
    expect(parseCsvRows(text)).toEqual([
      ['name', 'remark'],
      ['A', 'ok'],
      ['B', 'cut off\n'],
    ]);
    expect(parseCsv(text).error).toEqual({ line: 3, message: 'a quoted field is never closed' });
  });
});
