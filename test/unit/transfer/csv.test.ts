import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, guardCell, parseCsv, toCsv, unguardCell } from '@/utils/transfer/csv';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and blank lines', () => {
    const text =
      '\uFEFFticker,name\r\nBABA,"Alibaba, Inc."\r\n\r\nMP,"MP ""Materials"""\nBRK.B,"Berkshire\nHathaway"\n';
    expect(parseCsv(text).records).toEqual([
      { line: 1, fields: ['ticker', 'name'] },
      { line: 2, fields: ['BABA', 'Alibaba, Inc.'] },
      { line: 4, fields: ['MP', 'MP "Materials"'] },
      { line: 5, fields: ['BRK.B', 'Berkshire\nHathaway'] },
    ]);
  });

  it('reads semicolon and tab files (European spreadsheets)', () => {
    expect(detectDelimiter('ticker;name\nBABA;Alibaba')).toBe(';');
    expect(parseCsv('ticker\tname\nBABA\tAlibaba').records[1]?.fields).toEqual(['BABA', 'Alibaba']);
    expect(detectDelimiter('"a;b",c')).toBe(',');
  });

  it('reports a quote left open, keeping the records before it', () => {
    const { records, error } = parseCsv('ticker\nBABA\n"MP,\nNVDA\n');
    expect(records.map((r) => r.fields)).toEqual([['ticker'], ['BABA']]);
    expect(error).toEqual({ line: 3, message: 'a quoted field is never closed' });
  });

  it('writes what it reads (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          // A row of one empty field is a blank line, which is not a record.
          const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          const back = parseCsv(toCsv(kept), ',').records.map((r) => r.fields.map(unguardCell));
          expect(back).toEqual(kept);
        },
      ),
    );
  });
});

describe('formula guard', () => {
  it.each(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'])('guards %s and undoes it on import', (cell) => {
    expect(guardCell(cell)).toBe(`'${cell}`);
    expect(unguardCell(guardCell(cell))).toBe(cell);
  });
  it('leaves ordinary text alone', () => {
    expect(guardCell('Alibaba')).toBe('Alibaba');
    expect(unguardCell("O'Reilly")).toBe("O'Reilly");
  });
});
