interface Props {
  value: number | undefined;
  /** What the change is measured from, e.g. "since added". */
  since: string;
}

/** A score change: up is more exposure (risk colour), down is less. */
export function Delta({ value, since }: Props) {
  if (value === undefined) {
    return (
      <span class="delta none" title={`No change to show ${since} yet`}>
        – {since}
      </span>
    );
  }
  const label = value === 0 ? `no change ${since}` : `${value > 0 ? 'up' : 'down'} ${Math.abs(value)} ${since}`;
  return (
    <span class={value > 0 ? 'delta up' : value < 0 ? 'delta down' : 'delta flat'} title={label}>
      <span aria-hidden="true">
        {value > 0 ? `▲${value}` : value < 0 ? `▼${-value}` : '±0'} {since}
      </span>
      <span class="sr-only">{label}</span>
    </span>
  );
}
