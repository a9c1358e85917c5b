import { STATUS_LABELS } from '@/utils/exposure/labels';
import { formatPoints } from '@/utils/exposure/score';
import type { FactorView } from '@/utils/messaging/views';

/** Evidence links open only when they are https (the schema already insists; this is the last line of defence). */
export function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A click a script dispatched does not follow the link (the user's clicks, and Enter on the link, are trusted). */
const dropUntrusted = (e: MouseEvent) => {
  if (!e.isTrusted) e.preventDefault();
};

/**
 * One factor: kind, status, direction, points, summary and evidence. `compact` (the card's checklist, whose row
 * already names the kind and says it is a risk) leaves the kind and direction out.
 */
export function FactorItem({ factor, label, compact }: { factor: FactorView; label?: string; compact?: boolean }) {
  return (
    <li class={`factor ${factor.direction}`}>
      <div class="factor-head">
        {!compact && <span class="kind">{label}</span>}
        <span class={`chip status-${factor.status}`}>{STATUS_LABELS[factor.status]}</span>
        {!compact && (
          <span class={`chip dir-${factor.direction}`}>{factor.direction === 'risk' ? 'Risk' : 'Tailwind'}</span>
        )}
        {factor.direction === 'risk' && (
          <span class="points" title="Points of the score from this factor">
            {formatPoints(factor.points)}
          </span>
        )}
      </div>
      <p class="summary">{factor.summary}</p>
      <ul class="evidence" aria-label="Evidence">
        {factor.evidence.map((e) => {
          const href = safeHref(e.url);
          // Publisher and date stay visible; the full title is the link's tooltip and in its accessible name, which
          // starts with the visible text so a voice user can say what they see (WCAG 2.5.3, axe
          // label-content-name-mismatch; issue 16).
          return (
            <li key={e.url}>
              {href ? (
                <a
                  href={href}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={e.title}
                  aria-label={`${e.publisher}: ${e.title} (${e.date})`}
                  onClick={dropUntrusted}
                >
                  {e.publisher}
                </a>
              ) : (
                <span title={e.title}>{e.publisher}</span>
              )}
              <span class="date">{e.date}</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
