// Several choices from a list (strengths, competencies, witnesses): a fieldset
// whose legend names the group, one thumb-sized checkbox per choice.
import { useId } from 'preact/hooks';

interface Props<T extends string> {
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onChange(chosen: T[]): void;
}

export function CheckboxGroup<T extends string>({ legend, hint, error, options, chosen, onChange }: Props<T>) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    // Keep the list's own order, whatever order they were ticked in.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset class="field choices" {...(describedBy ? { 'aria-describedby': describedBy } : {})}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} class="checkbox">
          <input type="checkbox" checked={chosen.includes(option.value)} onChange={(e) => toggle(option.value, e.currentTarget.checked)} />
          {option.label}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
