import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { sortRows } from '@/components/popup/sort-rows';
import { notAssessedNote } from '@/components/shared/not-assessed-note';
import { ScoreBadge } from '@/components/shared/ScoreBadge';
import { detectAlerts } from '@/utils/background/alerts';
import { createEntityCache } from '@/utils/background/entity-cache';
import { toRows } from '@/utils/background/watchlist';
import type { WatchlistRow } from '@/utils/messaging/views';
import { mergeSources, type SourceInfo } from '@/utils/sources/merge';
import { toExportedEntries, watchlistToCsv } from '@/utils/transfer/watchlist-file';
import { smallDataset } from '../support/services';

const info = (id: string, name: string): SourceInfo => ({
  id,
  name,
  publisher: name,
  url: `https://example.org/${id}`,
  asOf: '2026-12-01',
});
const sec = {
  ...info('sec', 'SEC company tickers'),
  rows: [
    { cik: 9000001, name: 'Quuxbridge Robotics Inc', ticker: 'QXBR', exchange: 'NASDAQ' },
    { cik: 9000002, name: 'Flagged Holdings Corp', ticker: 'FLGH', exchange: 'NYSE' },
  ],
};
const ofac = {
  ...info('ofac', 'OFAC sanctions lists'),
  records: [{ list: 'ofac-sdn' as const, name: 'Flagged Holdings Corp', aliases: [], countries: [], cik: 9000002 }],
};

function merged(lists: (typeof ofac)[], matches: Parameters<typeof mergeSources>[0]['matches'] = []) {
  const { dataset } = mergeSources({ embedded: smallDataset, feeds: [], sec, lists, matches }, 'v-test');
  return createEntityCache(dataset);
}

describe('not assessed: a company known only as a listing', () => {
  it('an SEC-only company with no factor is not assessed; the card names the lists it was screened against', () => {
    const cache = merged([ofac]);
    const card = cache.card('sec-9000001', false)!;
    expect(card).toMatchObject({ assessed: false, screened: ['OFAC sanctions lists'], risks: [] });
    expect(card.hq).toBeUndefined();
    expect(notAssessedNote(card)).toBe(
      'GeoLens has no assessment of this company: it is known only from SEC company tickers, with no curated ' +
        'assessment or country on record. Checked and not found on: OFAC sanctions lists.',
    );
  });

  it('an SEC-only company a live list flagged is assessed by that factor and keeps its score', () => {
    const card = merged([ofac]).card('sec-9000002', false)!;
    expect(card.assessed).toBe(true);
    expect(card.risks.map((r) => r.kind)).toEqual(['restricted-listing']);
    expect(card.score).toBeGreaterThan(0);
  });

  it('curated companies are assessed when they carry a factor, and not when they carry none at all', () => {
    const cache = merged([]);
    for (const e of smallDataset.entities) expect(cache.card(e.id, false)?.assessed).toBe(e.factors.length > 0);
    const bare = smallDataset.entities.find((e) => e.factors.length === 0 && e.hq)!;
    expect(notAssessedNote(cache.card(bare.id, false)!)).toMatch(/no factor of any kind is on record/);
  });

  it('with no live list on, says only the embedded companies were checked (and names no list)', () => {
    const card = merged([]).card('sec-9000001', false)!;
    expect(card.screened).toEqual([]);
    expect(notAssessedNote(card)).toContain('No live list is turned on');
    expect(notAssessedNote(card)).not.toContain('Checked and not found on');
  });

  it('does not name the OpenSanctions match API, which never screens SEC-only companies', () => {
    const card = merged([ofac], [{ ...info('opensanctions-match', 'OpenSanctions match API'), hits: [] }]).card(
      'sec-9000001',
      false,
    )!;
    expect(card.screened).toEqual(['OFAC sanctions lists']);
  });

  it('claims no check when the screened lists are not known (a plain feed)', () => {
    expect(notAssessedNote({ sources: ['Feed'] })).not.toMatch(/Checked|checked/);
  });
});

describe('not assessed in the popup and exports', () => {
  const row = (entityId: string, score: number, assessed = true): WatchlistRow => ({
    entityId,
    name: entityId,
    shortName: entityId,
    known: true,
    score,
    band: 'Low',
    ...(assessed ? {} : { assessed: false }),
    scoreAtAdd: 0,
    addedAt: 1,
    history: [],
  });

  it('watchlist rows mark the company not assessed, and put it after every scored one', () => {
    const cache = merged([]);
    const ids = ['sec-9000001', smallDataset.entities[0]!.id];
    const rows = toRows(
      ids.map((entityId) => ({ entityId, name: entityId, addedAt: 1, scoreAtAdd: 0 })),
      cache,
      {},
    );
    expect(rows.map((r) => [r.entityId, r.assessed])).toEqual([
      [ids[1], undefined],
      ['sec-9000001', false],
    ]);
  });

  it('sorting by score puts not-assessed rows after scored ones, even a scored 0', () => {
    const rows = [row('nobody', 0, false), row('zero', 0), row('some', 30)];
    expect(sortRows(rows, 'score').map((r) => r.entityId)).toEqual(['some', 'zero', 'nobody']);
  });

  it('exports an empty score and the band "Not assessed"', () => {
    const [entry] = toExportedEntries([row('nobody', 0, false)]);
    expect(entry).not.toHaveProperty('score');
    expect(entry!.band).toBe('Not assessed');
    expect(
      watchlistToCsv([row('nobody', 0, false)])
        .trim()
        .split(/\r?\n/)[1],
    ).toMatch(/,0,,Not assessed$/);
  });

  it('ScoreBadge shows "Not assessed" in grey with no number', () => {
    for (const variant of ['pill', 'ring'] as const) {
      const root = document.createElement('div');
      render(h(ScoreBadge, { score: 0, band: 'Low', assessed: false, variant }), root);
      expect(root.textContent).toContain('Not assessed');
      expect(root.textContent).not.toMatch(/\d|Low/);
      expect(root.querySelector('.not-assessed')).not.toBeNull();
      render(h(ScoreBadge, { score: 0, band: 'Low', variant }), root);
      expect(root.textContent).toContain('0');
    }
  });
});

describe('alerts and not assessed', () => {
  const watched = [{ entityId: 'sec-1', name: 'Quux' }];
  it('becoming assessed is no band raise from Low; a new listing still alerts', () => {
    const alerts = detectAlerts(
      { 'sec-1': { band: 'Low', lists: [], assessed: false } },
      { 'sec-1': { band: 'Severe', lists: ['OFAC SDN list'] } },
      watched,
      1,
    );
    expect(alerts.map((a) => a.kind)).toEqual(['listing-added']);
  });
});
