// An on/off switch: a button with role="switch", named by its visible label.
import { useId } from 'preact/hooks';

interface Props {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(next: boolean): void;
}

export function Switch({ label, checked, disabled, onChange }: Props) {
  const id = useId();
  return (
    <div class="switch-row">
      <span id={id} class="switch-label">
        {label}
      </span>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby={id}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
