/** The card's theme under Automatic (utils/dom/theme.ts): the page's declared scheme, then its background, then the OS. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { declaredScheme, pageThemeAt, singleScheme } from '@/utils/dom/theme';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
});

describe('singleScheme', () => {
  it.each([
    ['dark', 'dark'],
    ['only dark', 'dark'],
    ['light', 'light'],
    ['  Light ', 'light'],
    ['light dark', undefined],
    ['dark light', undefined],
    ['normal', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (value, expected) => {
    expect(singleScheme(value)).toBe(expected);
  });
});

describe('declaredScheme and pageThemeAt', () => {
  it('follows <meta name="color-scheme"> when it names one scheme', () => {
    document.head.innerHTML = '<meta name="color-scheme" content="dark">';
    document.body.innerHTML = '<p id="p">Alibaba</p>';
    expect(declaredScheme(document)).toBe('dark');
    expect(pageThemeAt(document.getElementById('p'), 'auto')).toBe('dark');
  });

  it('follows color-scheme on the root element', () => {
    document.documentElement.style.colorScheme = 'dark';
    document.body.innerHTML = '<p id="p">Alibaba</p>';
    expect(declaredScheme(document)).toBe('dark');
    expect(pageThemeAt(document.getElementById('p'), 'auto')).toBe('dark');
  });

  it('the Light and Dark settings win over the page', () => {
    document.head.innerHTML = '<meta name="color-scheme" content="dark">';
    document.body.innerHTML = '<p id="p">Alibaba</p>';
    expect(pageThemeAt(document.getElementById('p'), 'light')).toBe('light');
    document.head.innerHTML = '<meta name="color-scheme" content="light">';
    expect(pageThemeAt(document.getElementById('p'), 'dark')).toBe('dark');
  });

  it('with "light dark" or nothing declared, a dark background decides, else the OS', () => {
    document.head.innerHTML = '<meta name="color-scheme" content="light dark">';
    document.body.innerHTML = '<div id="d" style="background: rgb(17, 20, 24)"><p id="p">Alibaba</p></div>';
    expect(declaredScheme(document)).toBeUndefined();
    expect(pageThemeAt(document.getElementById('p'), 'auto')).toBe('dark');
    document.body.innerHTML = '<p id="p">Alibaba</p>';
    const matchMedia = vi.spyOn(window, 'matchMedia');
    matchMedia.mockReturnValue({ matches: true } as MediaQueryList);
    expect(pageThemeAt(document.getElementById('p'), 'auto')).toBe('dark');
    matchMedia.mockReturnValue({ matches: false } as MediaQueryList);
    expect(pageThemeAt(document.getElementById('p'), 'auto')).toBe('light');
  });
});
