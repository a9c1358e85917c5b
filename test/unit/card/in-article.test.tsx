/** The card's "In this article" section: which sentences, in which order, trimmed how (components/card/in-article.ts). */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { InArticle } from '@/components/card/InArticle';
import { MAX_SENTENCE_CHARS, type SignalSource, signalItems, trimAround } from '@/components/card/in-article';
import type { Topic } from '@/utils/signals';

const MEMO =
  'Shares of Alibaba Group Holding Ltd (NYSE: BABA) fell in New York on Monday after renewed attention to a\n' +
  '            White House national-security memo, first reported by the Financial Times, that alleges the company gave\n' +
  '            China’s People’s Liberation Army access to customer data.';

/** A page signal; `signalItems` receives them in page order. */
const source = (id: string, topics: Topic[], sentence = `Sentence ${id}.`): SignalSource => ({
  id,
  signal: { sentence, topics, status: 'confirmed', denied: false },
  foci: [],
});

describe('trimming a sentence around the company', () => {
  it('keeps a short sentence whole, with its white space collapsed', () => {
    expect(trimAround('Alibaba was  added\n   to the list.', [{ start: 0, end: 7 }])).toBe(
      'Alibaba was added to the list.',
    );
  });

  it('keeps the company’s name and what the sentence says about it further on, cut at words', () => {
    const at = MEMO.indexOf('Alibaba Group Holding Ltd');
    const text = trimAround(MEMO, [{ start: at, end: at + 'Alibaba Group Holding Ltd'.length }]);
    expect(text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
    expect(text.startsWith('Shares of Alibaba Group Holding Ltd')).toBe(true);
    expect(text).toContain(' … ');
    expect(text).toContain('alleges the company gave China’s People’s Liberation Army access to customer data.');
  });

  it('centres a long sentence on the company, an ellipsis on each cut side', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    words.splice(20, 0, 'Nvidia');
    const sentence = `${words.join(' ')}.`;
    const at = sentence.indexOf('Nvidia');
    const text = trimAround(sentence, [{ start: at, end: at + 6 }]);
    expect(text).toContain('Nvidia');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
    // Cut at word boundaries: every word shown is whole.
    for (const w of text.replace(/…/g, '').split(' ')) expect(w).toMatch(/^(?:word\d+|Nvidia)\.?$/);
  });

  it('keeps the start of a sentence that does not name the company (it refers back)', () => {
    const sentence = `The company ${'was said to be under review '.repeat(8)}by regulators.`;
    const text = trimAround(sentence);
    expect(text.startsWith('The company was said')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('which sentences the card shows', () => {
  it('shows the most severe topics first, then page order, at most three', () => {
    const items = signalItems([
      source('d', ['trade-restrictions']),
      source('a', ['state-support']),
      source('b', ['state-probe']),
      source('c', ['military-ties', 'state-probe']),
      source('e', ['sanctions']),
    ]);
    expect(items.map((i) => i.id)).toEqual(['e', 'c', 'd']);
  });

  it('breaks ties by page order and shows the same sentence once', () => {
    const items = signalItems([
      source('early', ['export-controls'], 'Same words.'),
      source('probe', ['state-probe']),
      source('other', ['export-controls']),
      source('late', ['export-controls'], 'Same  words.'),
    ]);
    expect(items.map((i) => i.id)).toEqual(['early', 'other', 'probe']);
  });
});

describe('the section', () => {
  it('renders text as text, with chips, status words, the denial and the note; each item a button', () => {
    const host = document.createElement('div');
    const shown: string[] = [];
    render(
      <InArticle
        items={[
          {
            id: 's1',
            text: '<img src=x onerror=alert(1)> Alibaba denied it',
            topics: ['military-ties'],
            status: 'alleged',
            denied: true,
          },
          { id: 's2', text: 'MP got a grant', topics: ['state-support'], status: 'proposed', denied: false },
        ]}
        onShow={(id) => shown.push(id)}
      />,
      host,
    );
    expect(host.querySelector('img')).toBeNull();
    const buttons = [...host.querySelectorAll('button.signal')] as HTMLButtonElement[];
    expect(buttons).toHaveLength(2);
    expect(buttons[0]?.querySelector('.quote')?.textContent).toBe('“<img src=x onerror=alert(1)> Alibaba denied it”');
    expect([...host.querySelectorAll('.topic')].map((t) => t.textContent)).toEqual(['Military ties', 'State support']);
    expect([...host.querySelectorAll('.status')].map((t) => t.textContent)).toEqual(['Alleged', 'Proposed']);
    expect(host.querySelector('.denied')?.textContent).toBe('denied by the company');
    expect(host.querySelector('.in-article-note')?.textContent).toBe('From this page, not verified by GeoLens.');
    expect(host.querySelector('h3')?.textContent).toBe('In this article');
    // Page-made clicks are ignored (the card takes only trusted events); buttons are keyboard-reachable by nature.
    buttons[0]?.click();
    expect(shown).toEqual([]);
    render(null, host);
  });
});
