/** The popup's "On this page" mark for a company the page ties to state power ("In this article" on its card). */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SignalsNote } from '@/components/popup/OnThisPage';

describe('the In this article mark', () => {
  it('shows the count, with an accessible label', () => {
    const host = document.createElement('div');
    render(<SignalsNote count={2} />, host);
    const note = host.querySelector('.signals-note');
    expect(note?.getAttribute('data-count')).toBe('2');
    expect(note?.querySelector('.sr-only')?.textContent).toBe('In this article: 2 sentences (see its card)');
    expect(note?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    render(<SignalsNote count={1} />, host);
    expect(host.querySelector('.sr-only')?.textContent).toBe('In this article: 1 sentence (see its card)');
  });

  it('is absent for a company without sentences', () => {
    const host = document.createElement('div');
    render(<SignalsNote count={0} />, host);
    expect(host.innerHTML).toBe('');
    render(<SignalsNote count={undefined} />, host);
    expect(host.innerHTML).toBe('');
  });
});
