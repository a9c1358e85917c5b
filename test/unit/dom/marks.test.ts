import { beforeEach, describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/detect/dictionary';
import { compileMatcher } from '@/utils/detect/matcher';
import { makeFirstMarksFocusable } from '@/utils/dom/focusable';
import { MARK_TAG, markMentions, unmarkAll } from '@/utils/dom/marks';
import { parseDataset } from '@/utils/exposure/schema';
import { readRepoJson } from '../support/fixtures';

const matcher = compileMatcher(
  buildDictionary(parseDataset(readRepoJson('test/fixtures/datasets/small.json')).entities),
);
const marked = () =>
  [...document.querySelectorAll(MARK_TAG)].map((m) => [m.textContent, (m as HTMLElement).dataset.entity]);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('markMentions', () => {
  it('wraps each mention and keeps the text identical', () => {
    document.body.innerHTML = '<p>Shares of Alibaba (NYSE: BABA) fell; <b>MP Materials</b> rose.</p>';
    const before = document.body.textContent;
    const { marks } = markMentions(document.body, matcher);
    expect(marks).toHaveLength(3);
    expect(marked()).toEqual([
      ['Alibaba', 'alibaba'],
      ['BABA', 'alibaba'],
      ['MP Materials', 'mp-materials'],
    ]);
    expect(document.body.textContent).toBe(before);
  });

  it('leaves editable, code and script content alone', () => {
    document.body.innerHTML = `
      <input value="Alibaba">
      <textarea>Alibaba $BABA</textarea>
      <div contenteditable="true">Alibaba</div>
      <div role="textbox">Alibaba</div>
      <pre>Alibaba</pre><code>$BABA</code>
      <script>var s = "Alibaba";</script><style>.Alibaba{}</style>
      <svg><text>Alibaba</text></svg>
      <div aria-hidden="true">Alibaba</div>
      <div class="social-share">Share Alibaba</div>
      <p>Only Alibaba here.</p>`;
    const editableBefore = document.querySelector('[contenteditable]')?.innerHTML;
    markMentions(document.body, matcher);
    expect(marked()).toEqual([['Alibaba', 'alibaba']]);
    expect(document.querySelector('[contenteditable]')?.innerHTML).toBe(editableBefore);
    expect(document.querySelector('textarea')?.value).toBe('Alibaba $BABA');
  });

  it('does not mark inside an existing mark (re-scan is idempotent)', () => {
    document.body.innerHTML = '<p>Alibaba and MP Materials</p>';
    markMentions(document.body, matcher);
    const second = markMentions(document.body, matcher);
    expect(second.marks).toHaveLength(0);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(2);
  });

  it('unmarkAll restores the original DOM text nodes', () => {
    const html = '<p>Alibaba (NYSE: BABA) and <a href="#">MP Materials</a>.</p>';
    document.body.innerHTML = html;
    markMentions(document.body, matcher);
    unmarkAll(document);
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('p')?.childNodes).toHaveLength(3);
  });
});

describe('makeFirstMarksFocusable', () => {
  it('makes only the first mark per company a tab stop, never inside links', () => {
    document.body.innerHTML = '<p><a href="#">Alibaba</a> then Alibaba and Alibaba, MP Materials</p>';
    const { marks } = markMentions(document.body, matcher);
    makeFirstMarksFocusable(marks, new Set());
    expect(marks.map((m) => m.tabIndex)).toEqual([-1, 0, -1, 0]);
    expect(marks[1]?.getAttribute('role')).toBe('button');
    expect(marks[1]?.getAttribute('aria-label')).toContain('Alibaba');
  });
});
