import { BAND_CLASS } from '@/utils/exposure/labels';
import { bandOf } from '@/utils/exposure/score';

interface Props {
  values: readonly number[];
  width?: number;
  height?: number;
}

/** Smallest vertical range drawn, in score points, so that a 1-point wobble does not look like a cliff. */
const MIN_SPAN = 10;

/** The score history as a small line, the latest point marked in its band colour. */
export function Sparkline({ values, width = 44, height = 20 }: Props) {
  if (values.length < 2) {
    return (
      <span
        class="spark spark-empty"
        style={{ width: `${width}px` }}
        title="No score history yet: it starts when the data is next refreshed"
      >
        <span class="sr-only">No score history yet</span>
      </span>
    );
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max(0, (MIN_SPAN - (max - min)) / 2);
  const lo = Math.max(0, min - pad);
  const hi = Math.min(100, max + pad);
  const span = Math.max(1, hi - lo);
  const x = (i: number) => 2 + (i * (width - 4)) / (values.length - 1);
  const y = (v: number) => 2 + (1 - (v - lo) / span) * (height - 4);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values[values.length - 1] as number;
  const label = `Score history: ${values.join(', ')}`;
  return (
    <svg
      class={`spark ${BAND_CLASS[bandOf(last)]}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linejoin="round"
        stroke-linecap="round"
      />
      <circle cx={x(values.length - 1)} cy={y(last)} r="2.5" class="spark-dot" />
    </svg>
  );
}
