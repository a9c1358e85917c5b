import { NOT_ASSESSED } from '@/utils/exposure/assessed';
import { BAND_CLASS } from '@/utils/exposure/labels';
import { type Band, formatScore } from '@/utils/exposure/score';

interface Props {
  score: number;
  band: Band;
  /** False for a company known only as a listing: a grey "Not assessed" and no number (its 0 is nobody's). */
  assessed?: boolean;
  /** `ring` for the card header, `pill` for list rows. */
  variant?: 'ring' | 'pill';
}

/** The score as a number with its band word; the ring fills in proportion to the score. */
export function ScoreBadge({ score, band, assessed = true, variant = 'pill' }: Props) {
  if (!assessed) return <NotAssessedBadge variant={variant} />;
  const label = `Exposure score ${formatScore(score)} of 100, ${band}`;
  if (variant === 'pill') {
    return (
      <span class={`score-pill ${BAND_CLASS[band]}`} title={label}>
        <span class="score-num">
          <ScoreDigits score={score} />
        </span>
        <span class="score-band">{band}</span>
      </span>
    );
  }
  const circumference = 2 * Math.PI * 20;
  return (
    <div class={`score-ring ${BAND_CLASS[band]}`} role="img" aria-label={label}>
      <span class="ring-box">
        <svg viewBox="0 0 48 48" width="52" height="52" aria-hidden="true">
          <circle class="ring-track" cx="24" cy="24" r="20" />
          {/* At 0 a round line cap would still paint a dot: no arc at all. */}
          {score > 0 && (
            <circle
              class="ring-value"
              cx="24"
              cy="24"
              r="20"
              stroke-dasharray={`${(score / 100) * circumference} ${circumference}`}
              transform="rotate(-90 24 24)"
            />
          )}
        </svg>
        {/* Three digits get a smaller size, so "100" keeps clear of the ring (theme.css). */}
        <span class={score >= 100 ? 'score-num digits-3' : 'score-num'}>
          <ScoreDigits score={score} />
        </span>
      </span>
      <span class="score-band">{band}</span>
    </div>
  );
}

/** "17.5" with the decimal set smaller, so that four characters fit the ring's hole and the whole number leads. */
function ScoreDigits({ score }: { score: number }) {
  const text = formatScore(score);
  const dot = text.indexOf('.');
  // One element, so that the ring's centring grid sees a single item.
  if (dot < 0) return <span>{text}</span>;
  return (
    <span>
      {text.slice(0, dot)}
      <span class="score-dec">{text.slice(dot)}</span>
    </span>
  );
}

/** Grey and dashed, with no number: nothing was scored, so nothing is shown as a score. */
function NotAssessedBadge({ variant }: { variant: 'ring' | 'pill' }) {
  const label = 'Exposure not assessed';
  if (variant === 'pill') {
    return (
      <span class="score-pill not-assessed" title={label}>
        <span class="score-band">{NOT_ASSESSED}</span>
      </span>
    );
  }
  return (
    <div class="score-ring not-assessed" role="img" aria-label={label}>
      <span class="ring-box">
        <svg viewBox="0 0 48 48" width="52" height="52" aria-hidden="true">
          <circle class="ring-track" cx="24" cy="24" r="20" />
        </svg>
        <span class="score-num">?</span>
      </span>
      <span class="score-band">{NOT_ASSESSED}</span>
    </div>
  );
}
