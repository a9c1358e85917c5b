interface Props {
  value: number | undefined;
  /** What the change is measured from, e.g. "since added". */
  since: string;
}

/** A score change, compact (the column head says since when): up is more exposure (risk colour), down is less. */
export function Delta({ value, since }: Props) {
  if (value === undefined) {
    const label = `nothing to compare ${since} yet`;
    return (
      <span class="delta none" title={`Nothing to compare ${since} yet`}>
        <span aria-hidden="true">–</span>
        <span class="sr-only">{label}</span>
      </span>
    );
  }
  // Scores have one decimal; rounding the difference keeps float noise (17.5 − 15.1) out of the label.
  const tenths = Math.round(value * 10);
  const shown = (Math.abs(tenths) / 10).toFixed(1);
  const label = tenths === 0 ? `no change ${since}` : `${tenths > 0 ? 'up' : 'down'} ${shown} ${since}`;
  return (
    <span class={tenths > 0 ? 'delta up' : tenths < 0 ? 'delta down' : 'delta flat'} title={`Score ${label}`}>
      <span aria-hidden="true">{tenths > 0 ? `▲${shown}` : tenths < 0 ? `▼${shown}` : '±0'}</span>
      <span class="sr-only">{label}</span>
    </span>
  );
}
