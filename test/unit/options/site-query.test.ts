/** "Add this site…" (popup) → options with the site field filled: what the query may and may not pre-fill. */
import { describe, expect, it } from 'vitest';
import { addSiteUrl, siteFromQuery } from '@/components/options/site-query';

describe('the site to pre-fill', () => {
  it('round-trips a host through the options address', () => {
    const url = new URL(addSiteUrl('chrome-extension://abc/options.html', 'news.example.org'));
    expect(url.hash).toBe('#sites');
    expect(siteFromQuery(url.search)).toBe('news.example.org');
    expect(siteFromQuery(new URL(addSiteUrl('chrome-extension://abc/options.html', '10.0.0.7')).search)).toBe(
      '10.0.0.7',
    );
  });

  it('reads it as typed input: a page address gives its site', () => {
    expect(siteFromQuery('?site=https%3A%2F%2Fwww.example.org%2Fnews%2F1')).toBe('example.org');
  });

  it('pre-fills nothing that could not be added', () => {
    expect(siteFromQuery('')).toBeUndefined();
    expect(siteFromQuery('?site=')).toBeUndefined();
    expect(siteFromQuery('?site=javascript%3Aalert(1)')).toBeUndefined();
    expect(siteFromQuery('?site=not%20a%20site')).toBeUndefined();
    // Already on the default list.
    expect(siteFromQuery('?site=reuters.com')).toBeUndefined();
  });
});
