/**
 * `npm run scan`: text and HTML files, the embedded dataset plus an SEC source, one JSON object per mention per
 * line, clear errors and non-zero exits. In-process through `runScan`, plus one real `npm run scan` for the wiring.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlTextRuns, runScan } from '../../../scripts/scan';

const dir = mkdtempSync(join(tmpdir(), 'geolens-scan-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function scan(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runScan(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, rows: out.map((l) => JSON.parse(l)), err: err.join('\n') };
}

const txt = write('story.txt', 'Shares of Alibaba Group Holding Ltd. (NYSE: BABA) fell; $MP rose.\n');
const html = write(
  'page.html',
  `<!doctype html><html><head><title>Alibaba</title></head><body><article>
  <p>Shares of Alibaba (NYSE: <a href="/q/BABA">BABA</a>) fell. Mail ir@Alibaba.com.</p>
  <textarea>Alibaba</textarea><pre><code>NYSE: MP</code></pre><div class="social-share">Alibaba</div>
  <p>MP Materials <b>(NYSE: MP)</b> rallied.</p></article></body></html>`,
);
const sec = write(
  'sec.json',
  JSON.stringify({
    fields: ['cik', 'name', 'ticker', 'exchange'],
    data: [
      [1372299, 'Ocugen, Inc.', 'OCGN', 'Nasdaq'],
      [1577552, 'Alibaba Group Holding Ltd', 'BABA', 'NYSE'],
    ],
  }),
);

describe('npm run scan', () => {
  it('prints one JSON object per mention, with offsets into a text file', () => {
    const { code, rows } = scan(txt);
    expect(code).toBe(0);
    expect(rows).toEqual([
      {
        file: txt,
        start: 10,
        end: 36,
        surface: 'Alibaba Group Holding Ltd.',
        entityId: 'alibaba',
        ticker: null,
        tier: 'name',
      },
      { file: txt, start: 44, end: 48, surface: 'BABA', entityId: 'alibaba', ticker: 'BABA', tier: 'exchange' },
      { file: txt, start: 56, end: 59, surface: '$MP', entityId: 'mp-materials', ticker: 'MP', tier: 'cashtag' },
    ]);
    const text = 'Shares of Alibaba Group Holding Ltd. (NYSE: BABA) fell; $MP rose.\n';
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.surface);
  });

  it('reads HTML as the content script does: skipped elements out, link-wrapped symbols in', () => {
    const { code, rows } = scan('--json', html);
    expect(code).toBe(0);
    expect(rows.map((r) => [r.surface, r.tier])).toEqual([
      ['Alibaba', 'name'],
      ['BABA', 'exchange'],
      ['MP Materials', 'name'],
      ['MP', 'exchange'],
    ]);
    // Offsets are into the extracted text: the text runs joined by newlines.
    const extracted = htmlTextRuns(readFileSync(html, 'utf8')).join('\n');
    for (const r of rows) expect(extracted.slice(r.start, r.end)).toBe(r.surface);
  });

  it('adds an SEC source: new companies as sec-<cik>, known ones linked by ticker', () => {
    const file = write('ocugen.txt', 'Ocugen Inc. (NASDAQ: OCGN) and Alibaba Group Holding Ltd');
    const { code, rows } = scan('--source', `sec=${sec}`, file);
    expect(code).toBe(0);
    expect(rows.map((r) => [r.surface, r.entityId])).toEqual([
      ['Ocugen Inc.', 'sec-1372299'],
      ['OCGN', 'sec-1372299'],
      ['Alibaba Group Holding Ltd', 'alibaba'],
    ]);
  });

  it.each([
    [['--bogus', txt], /unknown option "--bogus"/],
    [[], /no FILE given/],
    [['--source', 'nope', txt], /--source needs KIND=PATH/],
    [['--source', 'cusip=x.json', txt], /unknown source kind "cusip"/],
  ])('rejects bad usage %j with exit code 2', (args, message) => {
    const { code, err } = scan(...(args as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/usage: npm run scan/);
  });

  it('reports unreadable files and sources with exit code 1, and still scans the others', () => {
    const missing = join(dir, 'missing.txt');
    const result = scan(missing, txt);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot read .*missing\.txt: ENOENT/);
    expect(result.rows).toHaveLength(3);
    const bad = write('bad.json', '{"nope": 1}');
    expect(scan('--source', `sec=${bad}`, txt)).toMatchObject({ code: 1, err: expect.stringMatching(/not an SEC/) });
  });

  it('runs as `npm run scan` from the repository', () => {
    const out = execFileSync('npm', ['run', '-s', 'scan', '--', txt], { encoding: 'utf8' });
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).surface),
    ).toEqual(['Alibaba Group Holding Ltd.', 'BABA', '$MP']);
    const bad = spawnSync('npm', ['run', '-s', 'scan', '--', '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option "--nope"/);
  }, 30_000);
});
