import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMentionRegistry } from '@/utils/dom/highlights';
import { adoptEarlyMarkSheet, dropSheet, takeEarlyMarkSheet } from '@/utils/dom/mark-sheet';
import { installHighlightShim } from '../support/highlight-shim';

beforeAll(() => installHighlightShim());
beforeEach(() => {
  document.adoptedStyleSheets = [];
  takeEarlyMarkSheet(window);
});

describe('the marks’ stylesheet adopted before the page is built', () => {
  it('is handed over once to the registry, which uses it instead of adopting a second one, and removes it', () => {
    adoptEarlyMarkSheet(window);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const sheet = takeEarlyMarkSheet(window);
    expect(sheet).toBe(document.adoptedStyleSheets[0]);
    expect(takeEarlyMarkSheet(window)).toBeUndefined();
    const registry = createMentionRegistry(document, { viewportOnly: false, sheet });
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    registry.dispose();
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('is rewritten for another style, and not used once the page dropped it from its sheets', () => {
    adoptEarlyMarkSheet(window);
    const sheet = takeEarlyMarkSheet(window) as CSSStyleSheet;
    // happy-dom drops ::highlight rules when parsing: the text written into the sheet is what the test reads.
    const written: string[] = [];
    const replace = sheet.replaceSync.bind(sheet);
    sheet.replaceSync = (text: string) => {
      written.push(text);
      replace(text);
    };
    const registry = createMentionRegistry(document, { viewportOnly: false, sheet, style: 'underline' });
    expect(written).toEqual([]); // the early sheet already holds the underline rules
    registry.setStyle('background');
    expect(written).toHaveLength(1);
    expect(written[0]).not.toContain('geolens-band');
    registry.dispose();
    const second = createMentionRegistry(document, { viewportOnly: false, sheet, style: 'background' });
    expect(written).toHaveLength(2);
    second.dispose();
    adoptEarlyMarkSheet(window);
    document.adoptedStyleSheets = [];
    expect(takeEarlyMarkSheet(window)).toBeUndefined();
  });

  it('is removed when GeoLens does not run on the page after all', () => {
    adoptEarlyMarkSheet(window);
    dropSheet(document, takeEarlyMarkSheet(window));
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});
