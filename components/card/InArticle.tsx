import { type SignalItem, STATUS_LABELS, TOPIC_LABELS } from './in-article';
import { trusted } from './keys';

/**
 * "In this article": the page's own sentences about the company (issue 15), each a button that scrolls the page to
 * it. Everything is rendered as text. These sentences never change the score.
 */
export function InArticle({ items, onShow }: { items: readonly SignalItem[]; onShow(id: string): void }) {
  return (
    <section class="in-article" aria-labelledby="gl-in-article-h">
      <h3 id="gl-in-article-h">In this article</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" class="signal" data-signal={item.id} onClick={trusted(() => onShow(item.id))}>
              <span class="hidden-text">Show in the page: </span>
              <span class="quote">{`“${item.text}”`}</span>
              <span class="signal-meta">
                {item.topics.map((t) => (
                  <span key={t} class={t === 'state-support' ? 'chip topic tailwind' : 'chip topic'}>
                    {TOPIC_LABELS[t]}
                  </span>
                ))}
                <span class={`chip status status-${item.status}`}>{STATUS_LABELS[item.status]}</span>
                {item.denied && <span class="denied">denied by the company</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p class="in-article-note">From this page, not verified by GeoLens.</p>
    </section>
  );
}
