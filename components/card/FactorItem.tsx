import { STATUS_LABELS } from '@/utils/exposure/labels';
import type { FactorView } from '@/utils/messaging/views';

/** Evidence links open only when they are https (the schema already insists; this is the last line of defence). */
export function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function FactorItem({ factor, label }: { factor: FactorView; label: string }) {
  return (
    <li class={`factor ${factor.direction}`}>
      <div class="factor-head">
        <span class="kind">{label}</span>
        <span class={`chip status-${factor.status}`}>{STATUS_LABELS[factor.status]}</span>
        <span class={`chip dir-${factor.direction}`}>{factor.direction === 'risk' ? 'Risk' : 'Tailwind'}</span>
        {factor.direction === 'risk' && (
          <span class="points" title="Points of the score from this factor">
            +{Math.round(factor.points)}
          </span>
        )}
      </div>
      <p class="summary">{factor.summary}</p>
      <ul class="evidence">
        {factor.evidence.map((e) => {
          const href = safeHref(e.url);
          return (
            <li key={e.url}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {e.title}
                </a>
              ) : (
                <span>{e.title}</span>
              )}{' '}
              <span class="src">
                — {e.publisher}, {e.date}
              </span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
