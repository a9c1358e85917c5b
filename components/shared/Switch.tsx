interface Props {
  checked: boolean;
  /** The accessible name; visible text should say the same. */
  label: string;
  onChange(checked: boolean): void;
  disabled?: boolean;
  id?: string;
  describedBy?: string;
}

/** An on/off switch: a button with role="switch", so Space and Enter toggle it and screen readers say "on"/"off". */
export function Switch({ checked, label, onChange, disabled, id, describedBy }: Props) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      class="switch"
      aria-checked={checked}
      aria-label={label}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
