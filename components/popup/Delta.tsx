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
  const label = value === 0 ? `no change ${since}` : `${value > 0 ? 'up' : 'down'} ${Math.abs(value)} ${since}`;
  return (
    <span class={value > 0 ? 'delta up' : value < 0 ? 'delta down' : 'delta flat'} title={`Score ${label}`}>
      <span aria-hidden="true">{value > 0 ? `▲${value}` : value < 0 ? `▼${-value}` : '±0'}</span>
      <span class="sr-only">{label}</span>
    </span>
  );
}
