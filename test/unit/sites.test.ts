import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES, defaultSiteFor, isValidSiteHost, parseSiteInput, userSitePattern } from '@/utils/sites';

describe('adding a site', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  https://www.Example.com/news/story?id=1 ', 'example.com'],
    ['http://blog.example.co.uk', 'blog.example.co.uk'],
    ['10.0.0.5', '10.0.0.5'],
  ])('reads %j as %s', (input, host) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', /Enter a site/],
    ['ftp://example.com', /web pages only/],
    ['localhost:3000', /not a site address/],
    ['not a site', /not a site address/],
    ['https://www.reuters.com/markets', /reuters\.com is already on the default list/],
    ['markets.ft.com', /ft\.com is already on the default list/],
  ])('refuses %j', (input, message) => {
    const parsed = parseSiteInput(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it('asks access for the site and its subdomains', () => {
    expect(userSitePattern('example.com')).toBe('*://*.example.com/*');
    expect(userSitePattern('10.0.0.5')).toBe('*://10.0.0.5/*');
    expect(isValidSiteHost('Example.com')).toBe(false);
  });

  it('names the default sites as readers know them', () => {
    expect(DEFAULT_SITES.map((s) => s.host)).toContain('finance.yahoo.com');
    expect(defaultSiteFor('uk.reuters.com')?.host).toBe('reuters.com');
    expect(defaultSiteFor('sports.yahoo.com')).toBeUndefined();
  });
});
