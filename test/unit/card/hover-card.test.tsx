/** The card's view (components/card/HoverCard.tsx): head, checklist rows, details on demand, the grey "Not assessed". */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard } from '@/components/card/HoverCard';
import type { CardView, FactorView } from '@/utils/messaging/views';

const risk = (kind: FactorView['kind'], points: number): FactorView => ({
  kind,
  status: 'confirmed',
  direction: 'risk',
  severity: 0.5,
  summary: `${kind}: the summary`,
  points,
  evidence: [{ title: 'Source', publisher: 'Publisher', url: 'https://example.org/a', date: '2026-01-01' }],
});

const view: CardView = {
  entityId: 'mp-materials',
  name: 'MP Materials Corp.',
  listings: [{ ticker: 'MP', exchange: 'NYSE' }],
  hq: 'US',
  private: false,
  takeaway: 'On the Chinese export-control list; relies on Chinese supply',
  score: 36,
  band: 'Guarded',
  assessed: true,
  risks: [risk('restricted-listing', 18), risk('jurisdiction', 13), risk('supply-chain', 5)],
  tailwinds: [{ ...risk('national-security-tailwind', 0), direction: 'tailwind', summary: 'DoD partnership' }],
  asOf: '2026-11-24',
  sources: ['GeoLens embedded snapshot'],
  inWatchlist: false,
};

const noop = () => undefined;
function draw(v: CardView, expanded: ReadonlySet<string> = new Set()) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <HoverCard
      state={{ kind: 'ready', view: v, theme: 'light' }}
      onToggleWatchlist={noop}
      onClose={noop}
      onPin={noop}
      expanded={expanded}
      onToggle={noop}
    />,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('HoverCard', () => {
  it('heads with the takeaway and the tailwind, and keeps the actions outside the scrolling body', () => {
    const root = draw(view);
    expect(root.querySelector('.head .takeaway')?.textContent).toBe(view.takeaway);
    expect(root.querySelector('.head .head-tailwind')?.textContent).toContain('DoD partnership');
    const body = root.querySelector('.card > .body');
    for (const sel of ['.tools .pin', '.tools .close', '.foot .watch']) {
      expect(root.querySelector(sel), sel).not.toBeNull();
      expect(body?.contains(root.querySelector(sel))).toBe(false);
    }
  });

  it('lists seven criteria; found rows are collapsed buttons whose points add up to the score', () => {
    const root = draw(view);
    const rows = [...root.querySelectorAll('.check')];
    expect(rows).toHaveLength(7);
    const found = root.querySelectorAll<HTMLButtonElement>('.check.found button.check-row');
    expect(found).toHaveLength(3);
    for (const b of found) expect(b.getAttribute('aria-expanded')).toBe('false');
    const tenths = [...root.querySelectorAll('.check.found .points')].map((p) =>
      Math.round(Number.parseFloat(p.textContent ?? '') * 10),
    );
    expect(tenths.reduce((a, b) => a + b, 0)).toBe(Math.round(view.score * 10));
    expect(root.querySelector('.check-details')).toBeNull();
    expect(root.querySelector('.check.not-found .check-meta')?.textContent).toBe('None on record');
  });

  it("renders a row's factors, summary and evidence only when the row is open", () => {
    const root = draw(view, new Set(['check:supply-chain']));
    const open = root.querySelector('.check.found button[aria-expanded="true"]');
    expect(open?.textContent).toContain('Supply chain');
    const details = root.querySelectorAll('.check-details .factor');
    expect(details).toHaveLength(1);
    expect(details[0]?.textContent).toContain('supply-chain: the summary');
    expect(root.querySelector('.check-details .evidence a')?.getAttribute('href')).toBe('https://example.org/a');
  });

  it('shows a company known only as a listing in grey, "Not assessed", never "0 Low"', () => {
    const root = draw({
      ...view,
      assessed: false,
      coverage: 'listing',
      hq: undefined as unknown as string,
      takeaway: undefined as unknown as string,
      score: 0,
      band: 'Low',
      risks: [],
      tailwinds: [],
      screenedOffline: ['OFAC SDN list'],
    });
    expect(root.querySelector('.score-ring.not-assessed .score-band')?.textContent).toBe('Not assessed');
    expect(root.textContent).not.toMatch(/\b0\s*Low\b/);
    expect(root.querySelector('.takeaway')).toBeNull();
    expect(root.querySelectorAll('.check.not-assessed')).toHaveLength(6);
    expect(root.querySelector('.not-assessed-note')?.textContent).toContain('Checked and not found on: OFAC SDN list');
  });
});
