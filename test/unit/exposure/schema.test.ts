import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from '@/utils/exposure/schema';
import { readRepoJson } from '../support/fixtures';

const small = () => readRepoJson('test/fixtures/datasets/small.json');

describe('parseDataset', () => {
  it('accepts a valid dataset and drops unknown future fields', () => {
    const d = parseDataset(small());
    expect(d.entities.map((e) => e.id)).toContain('alibaba');
    expect(d).not.toHaveProperty('futureField');
  });

  it('fills defaults for optional lists', () => {
    const d = small();
    delete d.entities[0].aliases;
    expect(parseDataset(d).entities[0]?.aliases).toEqual([]);
  });

  it.each([
    ['a wrong type', (d: any) => (d.entities[0].name = 42), /entities\[0\]\.name/],
    ['a missing field', (d: any) => delete d.entities[1].hq, /entities\[1\]\.hq/],
    [
      'a javascript: evidence URL',
      (d: any) => (d.entities[0].factors[0].evidence[0].url = 'javascript:alert(1)'),
      /entities\[0\]\.factors\[0\]\.evidence\[0\]\.url: expected an https:\/\/ URL/,
    ],
    [
      'an http evidence URL',
      (d: any) => (d.entities[0].factors[1].evidence[0].url = 'http://example.org'),
      /evidence\[0\]\.url/,
    ],
    [
      'a severity above 1',
      (d: any) => (d.entities[0].factors[0].severity = 1.5),
      /entities\[0\]\.factors\[0\]\.severity/,
    ],
    ['an unknown factor kind', (d: any) => (d.entities[0].factors[0].kind = 'vibes'), /factors\[0\]\.kind/],
    ['a factor without evidence', (d: any) => (d.entities[0].factors[0].evidence = []), /evidence: every factor needs/],
    ['a bad country code', (d: any) => (d.entities[0].hq = 'China'), /entities\[0\]\.hq: expected an ISO 3166-1/],
    ['a bad date', (d: any) => (d.asOf = '20 Nov 2026'), /asOf: expected a date/],
    ['a future schema version', (d: any) => (d.schemaVersion = 3), /schemaVersion: unsupported version 3/],
    ['a duplicate id', (d: any) => (d.entities[1].id = 'alibaba'), /entities\[1\]\.id: duplicate id "alibaba"/],
  ])('rejects %s, naming the field', (_label, mutate, message) => {
    const d = small();
    mutate(d);
    expect(() => parseDataset(d)).toThrow(DatasetError);
    expect(() => parseDataset(d)).toThrow(message);
  });

  it('rejects something that is not a dataset at all', () => {
    expect(() => parseDataset('<html>')).toThrow(/\(root\)/);
    expect(() => parseDataset(null)).toThrow(DatasetError);
  });
});

describe('the embedded dataset (public/data/dataset.json)', () => {
  const dataset = parseDataset(readRepoJson('public/data/dataset.json'));

  it('parses and has the seed-story companies', () => {
    const ids = dataset.entities.map((e) => e.id);
    for (const id of ['alibaba', 'mp-materials', 'jpmorgan', 'metrostar', 'veritas-capital']) expect(ids).toContain(id);
    expect(dataset.entities.length).toBeGreaterThanOrEqual(45);
  });

  it('marks MetroStar Systems and Veritas Capital as private', () => {
    for (const id of ['metrostar', 'veritas-capital']) {
      const e = dataset.entities.find((x) => x.id === id);
      expect(e?.private).toBe(true);
      expect(e?.listings).toEqual([]);
    }
  });

  it('cites evidence for every factor', () => {
    for (const e of dataset.entities) for (const f of e.factors) expect(f.evidence.length).toBeGreaterThan(0);
  });
});

describe('schema versions', () => {
  it('migrates a version 1 feed: parent and stateOwned move into ownership', () => {
    const v1 = small();
    v1.entities[0].parent = 'Some Group';
    v1.entities[0].stateOwned = true;
    v1.entities[0].listings[0].mic = 'not a mic';
    const d = parseDataset(v1);
    expect(d.schemaVersion).toBe(2);
    expect(d.entities[0]?.ownership).toEqual({ parent: 'Some Group', stateOwned: true });
    expect(d.entities[0]).not.toHaveProperty('parent');
    expect(d.entities[0]?.listings[0]).not.toHaveProperty('mic');
    expect(d.entities[0]?.ambiguousNames).toEqual([]);
  });

  it('validates version 2 fields with their paths', () => {
    const v2 = parseDataset(small());
    const bad: any = structuredClone(v2);
    bad.entities[0].listings[0].isin = 'XX';
    bad.entities[0].ownership = { stateOwned: 'yes' };
    expect(() => parseDataset(bad)).toThrow(/entities\[0\]\.listings\[0\]\.isin/);
    expect(() => parseDataset(bad)).toThrow(/entities\[0\]\.ownership\.stateOwned/);
  });
});
