import { beforeEach, describe, expect, it } from 'vitest';
import { collectRuns, createRunWalker, pointAt } from '@/utils/dom/text-runs';

beforeEach(() => {
  document.body.innerHTML = '';
});

const texts = () => collectRuns(document.body).map((r) => r.text);

describe('collectRuns', () => {
  it('joins text across inline elements within a block', () => {
    document.body.innerHTML = '<p>Shares of <b>MP</b> Materials (NYSE: <a href="#">MP</a>) rose.</p><p>Second.</p>';
    expect(texts()).toEqual(['Shares of MP Materials (NYSE: MP) rose.', 'Second.']);
  });

  it('breaks at blocks, line breaks and skipped elements', () => {
    document.body.innerHTML =
      '<div>Lead <p>inner</p> tail<br>after</div><p>a <code>$BABA</code> b</p><ul><li>one</li><li>two</li></ul>';
    expect(texts()).toEqual(['Lead ', 'inner', ' tail', 'after', 'a ', ' b', 'one', 'two']);
  });

  it('never reads editable, hidden, code or script content', () => {
    document.body.innerHTML = `<textarea>Alibaba</textarea><input value="Alibaba"><div contenteditable>Alibaba</div>
      <div role="textbox">Alibaba</div><pre>Alibaba</pre><script>Alibaba</script><style>.Alibaba{}</style>
      <noscript>Alibaba</noscript><svg><text>Alibaba</text></svg><div hidden>Alibaba</div>
      <div aria-hidden="true">Alibaba</div><nav class="share-bar">Alibaba</nav><geolens-card>Alibaba</geolens-card>
      <p>Alibaba visible</p>`;
    expect(
      texts()
        .map((t) => t.trim())
        .filter(Boolean),
    ).toEqual(['Alibaba visible']);
  });

  it('returns nothing inside a skipped subtree even when asked to start there', () => {
    document.body.innerHTML = '<pre><span id="s">Alibaba</span></pre>';
    expect(collectRuns(document.getElementById('s') as HTMLElement)).toEqual([]);
  });
});

describe('createRunWalker', () => {
  it('can start at a block and stop before another', () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p><p id="c">three</p>';
    const from = document.getElementById('b') as HTMLElement;
    const after = createRunWalker(document.body, { from });
    expect([after.next()?.text, after.next()?.text, after.next()]).toEqual(['two', 'three', undefined]);
    const before = createRunWalker(document.body, { until: from });
    expect([before.next()?.text, before.next()]).toEqual(['one', undefined]);
  });
});

describe('pointAt', () => {
  it('maps run offsets to nodes, ends preferring the earlier node', () => {
    document.body.innerHTML = '<p>ab<b>cd</b>ef</p>';
    const [run] = collectRuns(document.body);
    if (!run) throw new Error('no run');
    expect(pointAt(run, 2)).toEqual({ node: run.nodes[1], offset: 0 });
    expect(pointAt(run, 2, true)).toEqual({ node: run.nodes[0], offset: 2 });
    expect(pointAt(run, 5)).toEqual({ node: run.nodes[2], offset: 1 });
    expect(pointAt(run, 6, true)).toEqual({ node: run.nodes[2], offset: 2 });
  });
});
