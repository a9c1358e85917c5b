import { describe, expect, it } from 'vitest';
import type { WatchlistRow } from '@/utils/messaging/views';
import {
  buildImportReport,
  exportFileName,
  MAX_FILE_ROWS,
  parseWatchlistFile,
  readDate,
  readTicker,
  watchlistToCsv,
  watchlistToJson,
} from '@/utils/transfer/watchlist-file';

const row = (over: Partial<WatchlistRow>): WatchlistRow => ({
  entityId: 'alibaba',
  name: 'Alibaba Group Holding Limited',
  shortName: 'Alibaba',
  ticker: 'BABA',
  known: true,
  score: 78,
  band: 'High',
  addedAt: Date.UTC(2026, 10, 1, 12),
  scoreAtAdd: 70,
  history: [70, 78],
  ...over,
});

const ROWS = [
  row({}),
  row({ entityId: 'metrostar', shortName: 'MetroStar, Inc.', ticker: undefined, score: 5, band: 'Low', scoreAtAdd: 5 }),
  // Not in the current data: exported all the same, from what was stored.
  row({ entityId: 'ghost-co', shortName: '=Ghost', ticker: 'GHST', known: false, score: undefined, band: undefined }),
];

describe('export', () => {
  it('writes CSV that reads back to the same rows', () => {
    const csv = watchlistToCsv(ROWS);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'entity_id,name,ticker,exchange,added_at,score_at_add,score,band',
      'alibaba,Alibaba,BABA,,2026-11-01T12:00:00.000Z,70,78,High',
      'metrostar,"MetroStar, Inc.",,,2026-11-01T12:00:00.000Z,5,5,Low',
    ]);
    // The formula guard: a spreadsheet shows "=Ghost" as text.
    expect(csv).toContain("ghost-co,'=Ghost,GHST");
    const parsed = parseWatchlistFile(csv, 'w.csv');
    expect(parsed.error).toBeUndefined();
    expect(parsed.rows.map((r) => (r.ok ? r.input : r))).toEqual([
      { line: 2, entityId: 'alibaba', ticker: 'BABA', name: 'Alibaba', addedAt: ROWS[0]?.addedAt, scoreAtAdd: 70 },
      { line: 3, entityId: 'metrostar', name: 'MetroStar, Inc.', addedAt: ROWS[1]?.addedAt, scoreAtAdd: 5 },
      { line: 4, entityId: 'ghost-co', ticker: 'GHST', name: '=Ghost', addedAt: ROWS[2]?.addedAt, scoreAtAdd: 70 },
    ]);
  });

  it('writes JSON that reads back to the same rows', () => {
    const json = watchlistToJson(ROWS, new Date('2026-11-24T00:00:00Z'));
    const data = JSON.parse(json);
    expect(data).toMatchObject({ format: 'geolens-watchlist', version: 1, exportedAt: '2026-11-24T00:00:00.000Z' });
    expect(data.entries[2]).toEqual({
      entityId: 'ghost-co',
      name: '=Ghost',
      ticker: 'GHST',
      addedAt: '2026-11-01T12:00:00.000Z',
      scoreAtAdd: 70,
    });
    const parsed = parseWatchlistFile(json, 'w.json');
    expect(parsed.rows.every((r) => r.ok)).toBe(true);
    expect(parsed.rows.map((r) => r.ok && r.input.entityId)).toEqual(['alibaba', 'metrostar', 'ghost-co']);
  });

  it('names files by date', () => {
    expect(exportFileName('geolens-watchlist', 'csv', new Date('2026-11-24T10:00:00Z'))).toBe(
      'geolens-watchlist-2026-11-24.csv',
    );
  });
});

describe('import: malformed files', () => {
  it.each([
    ['an empty file', '', 'csv', 'The file is empty.'],
    ['only blank lines', '\n\n\r\n', 'csv', 'The file is empty.'],
    ['columns without names', 'BABA,Alibaba\nMP,MP Materials', 'csv', /must name the columns/],
    ['broken JSON', '{"entries": [', 'json', /^Not valid JSON/],
    ['JSON without a list', '{"hello": "world"}', 'json', /No watchlist in this file/],
    ['a JSON number', '42', 'json', /No watchlist/],
  ])('rejects %s as a whole', (_, text, format, error) => {
    const parsed = parseWatchlistFile(text, `f.${format}`);
    expect(parsed.format).toBe(format);
    expect(parsed.rows).toEqual([]);
    expect(parsed.error).toEqual(error instanceof RegExp ? expect.stringMatching(error) : error);
  });

  it('reads a bare list of tickers, one per line', () => {
    const parsed = parseWatchlistFile('BABA\n$NVDA\nNYSE: MP\n9988.HK\n');
    expect(parsed.rows.map((r) => r.ok && r.input)).toEqual([
      { line: 1, ticker: 'BABA' },
      { line: 2, ticker: 'NVDA' },
      { line: 3, ticker: 'MP', exchange: 'NYSE' },
      { line: 4, ticker: '9988.HK' },
    ]);
  });

  it('reports each bad row by line and keeps the good ones', () => {
    const text = [
      'Symbol,Company,Added,Score at add,Notes',
      'BABA,Alibaba,2026-01-02,50,core holding',
      'not a ticker!,,,,',
      ',,,,just a note',
      'MP,,someday,,',
      'NVDA,,,150,',
      'TSM,,,,,,extra,fields',
      'PDD,"PDD Holdings, Inc.",,,',
      '"JPM,',
    ].join('\n');
    const parsed = parseWatchlistFile(text, 'mine.csv');
    expect(parsed.rows.map((r) => (r.ok ? `ok ${r.line}` : `${r.line}: ${r.message}`))).toEqual([
      'ok 2',
      '3: ticker “not a ticker!” is not a ticker symbol',
      '4: no ticker, name or entity_id',
      '5: added_at “someday” is not a date from 2000-01-01 to today (use YYYY-MM-DD)',
      '6: score_at_add “150” is not a score from 0 to 100',
      '7: 8 fields where the header names 5 (a comma inside a name needs quotes)',
      'ok 8',
    ]);
    expect(parsed.error).toBe('Line 9: a quoted field is never closed; the rows before it were read.');
    expect(parsed.rows[0]).toMatchObject({ input: { ticker: 'BABA', name: 'Alibaba', scoreAtAdd: 50 } });
  });

  it('reports bad JSON entries by position', () => {
    const parsed = parseWatchlistFile(
      JSON.stringify({
        entries: [
          'BABA',
          7,
          null,
          { ticker: ['x'] },
          { entity_id: 'Not An Id' },
          { symbol: 'MP', added_at: 1_700_000_000_000 },
        ],
      }),
    );
    expect(parsed.rows.map((r) => (r.ok ? `ok ${r.line}` : `${r.line}: ${r.message}`))).toEqual([
      'ok 1',
      '2: not a company entry',
      '3: not a company entry',
      '4: ticker should be text or a number',
      '5: entity_id “Not An Id” is not a GeoLens id',
      'ok 6',
    ]);
  });

  it('reads the watchlist inside a settings file', () => {
    const parsed = parseWatchlistFile(JSON.stringify({ format: 'geolens-settings', watchlist: [{ ticker: 'BABA' }] }));
    expect(parsed.rows).toHaveLength(1);
  });

  it('stops at the row limit and says so', () => {
    const text = `ticker\n${'BABA\n'.repeat(MAX_FILE_ROWS + 5)}`;
    const parsed = parseWatchlistFile(text);
    expect(parsed.rows).toHaveLength(MAX_FILE_ROWS);
    expect(parsed.error).toMatch(/more than 2000 rows/);
  });
});

describe('import report', () => {
  it('merges the parser’s verdicts with the background’s, in file order', () => {
    const parsed = parseWatchlistFile('ticker\nBABA\nbad ticker\nZZZZ\nMP\n');
    const report = buildImportReport(parsed, [
      { line: 2, status: 'already', label: 'BABA', entityId: 'alibaba', name: 'Alibaba' },
      { line: 4, status: 'unknown', label: 'ZZZZ' },
      { line: 5, status: 'added', label: 'MP', entityId: 'mp-materials', name: 'MP Materials' },
    ]);
    expect(report.counts).toEqual({ added: 1, already: 1, unknown: 1, full: 0, malformed: 1 });
    expect(report.lines.map((l) => `${l.line} ${l.status}: ${l.message}`)).toEqual([
      '2 already: BABA (Alibaba): already in the watchlist',
      '3 malformed: bad ticker: ticker “bad ticker” is not a ticker symbol',
      '4 unknown: ZZZZ: unknown ticker or company',
      '5 added: MP (MP Materials): added',
    ]);
  });
});

describe('readers', () => {
  it.each([
    ['BABA', { ticker: 'BABA' }],
    ['$brk.b', { ticker: 'brk.b' }],
    ['NYSE: BABA', { ticker: 'BABA', exchange: 'NYSE' }],
    ['HKEX:9988', { ticker: '9988', exchange: 'HKEX' }],
    ['two words', undefined],
    ['', undefined],
  ])('readTicker(%j)', (text, expected) => {
    expect(readTicker(text)).toEqual(expected);
  });

  it('reads dates as ISO or epoch milliseconds', () => {
    expect(readDate('2026-01-02')).toBe(Date.UTC(2026, 0, 2));
    expect(readDate('2026-01-02T03:04:05Z')).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(readDate('1700000000000')).toBe(1_700_000_000_000);
    expect(readDate(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(readDate('02/01/2026')).toBeUndefined();
    expect(readDate('2026-13-45')).toBeUndefined();
    expect(readDate(-5)).toBeUndefined();
  });
});

describe('exports name the market of each ticker (issue 16: "Toyota, 7203" was ambiguous)', () => {
  const toyota = row({
    entityId: 'toyota',
    name: 'Toyota Motor Corporation',
    shortName: 'Toyota',
    ticker: '7203',
    exchange: 'TYO',
  });

  it('writes the exchange in CSV and JSON, and reads it back to the same company', () => {
    const csv = watchlistToCsv([toyota]);
    expect(csv.split(/\r?\n/)[1]).toMatch(/^toyota,Toyota,7203,TYO,/);
    const json = JSON.parse(watchlistToJson([toyota]));
    expect(json.entries[0]).toMatchObject({ ticker: '7203', exchange: 'TYO' });
    for (const text of [csv, JSON.stringify(json)]) {
      const parsed = parseWatchlistFile(text);
      expect(parsed.error).toBeUndefined();
      expect(parsed.rows[0]).toMatchObject({ input: { ticker: '7203', exchange: 'TYO' } });
    }
  });

  it('writes no exchange for a company without a ticker', () => {
    const json = JSON.parse(watchlistToJson([row({ ticker: undefined, exchange: 'NYSE' })]));
    expect(json.entries[0].exchange).toBeUndefined();
  });
});
