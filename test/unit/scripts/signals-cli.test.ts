/**
 * `npm run signals`: text and HTML files, the embedded dataset plus an SEC source, one JSON object per signal per
 * line with the company's primary ticker and name, clear errors and non-zero exits. In-process through
 * `runSignals`, plus one real `npm run signals` for the wiring.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlTextRuns } from '../../../scripts/scan';
import { runSignals } from '../../../scripts/signals';

const dir = mkdtempSync(join(tmpdir(), 'geolens-signals-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function signals(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSignals(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, rows: out.map((l) => JSON.parse(l)), err: err.join('\n') };
}

const MEMO =
  'A memo from the administration accuses Alibaba of providing the Chinese military with access to customer data; Alibaba called the claims completely false.';
const text = `Shares of Alibaba fell 3%.\n${MEMO}\nHuawei was added to the Entity List in 2019.\n`;
const txt = write('story.txt', text);
const html = write(
  'page.html',
  `<!doctype html><html><body><article><p>Markets were calm.</p>
  <p>The Pentagon added <a href="/q/BABA">Alibaba</a> to its list of Chinese military companies.</p>
  <textarea>Huawei was sanctioned.</textarea></article></body></html>`,
);

describe('npm run signals', () => {
  it('prints one JSON object per signal, with the sentence’s offsets into a text file', () => {
    const { code, rows } = signals(txt);
    expect(code).toBe(0);
    expect(rows).toEqual([
      {
        file: txt,
        entityId: 'alibaba',
        ticker: 'BABA',
        name: 'Alibaba Group Holding Limited',
        start: text.indexOf(MEMO),
        end: text.indexOf(MEMO) + MEMO.length,
        sentence: MEMO,
        topics: ['military-ties'],
        status: 'alleged',
        denied: true,
      },
      expect.objectContaining({ entityId: 'huawei', ticker: null, topics: ['export-controls'], status: 'confirmed' }),
    ]);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.sentence);
  });

  it('reads HTML as the content script does, with offsets into the extracted text', () => {
    const { code, rows } = signals('--json', html);
    expect(code).toBe(0);
    expect(rows.map((r) => [r.entityId, r.topics])).toEqual([['alibaba', ['military-ties']]]);
    const extracted = htmlTextRuns(readFileSync(html, 'utf8')).join('\n');
    for (const r of rows) expect(extracted.slice(r.start, r.end)).toBe(r.sentence);
  });

  it('adds an SEC source: a new company as sec-<cik>, with its ticker', () => {
    const sec = write(
      'sec.json',
      JSON.stringify({
        fields: ['cik', 'name', 'ticker', 'exchange'],
        data: [[1372299, 'Ocugen, Inc.', 'OCGN', 'Nasdaq']],
      }),
    );
    const file = write('ocugen.txt', 'Regulators fined Ocugen Inc. (NASDAQ: OCGN) for violations.');
    const { code, rows } = signals('--source', `sec=${sec}`, file);
    expect(code).toBe(0);
    expect(rows.map((r) => [r.entityId, r.ticker, r.topics])).toEqual([['sec-1372299', 'OCGN', ['state-probe']]]);
  });

  it.each([
    [['--bogus', txt], /unknown option "--bogus"/],
    [[], /no FILE given/],
    [['--source', 'nope', txt], /--source needs KIND=PATH/],
  ])('rejects bad usage %j with exit code 2', (args, message) => {
    const { code, err } = signals(...(args as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/usage: npm run signals/);
  });

  it('reports an unreadable file with exit code 1, and still reads the others', () => {
    const result = signals(join(dir, 'missing.txt'), txt);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/signals: cannot read .*missing\.txt: ENOENT/);
    expect(result.rows).toHaveLength(2);
  });

  it('runs as `npm run signals` from the repository', () => {
    const out = execFileSync('npm', ['run', '-s', 'signals', '--', txt], { encoding: 'utf8' });
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).entityId),
    ).toEqual(['alibaba', 'huawei']);
    const bad = spawnSync('npm', ['run', '-s', 'signals', '--', '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option "--nope"/);
  }, 30_000);
});
