// Several choices from a list (strengths, competencies, witnesses): one thumb-sized checkbox per choice.
import { ChoiceFieldset } from './ChoiceFieldset';

interface Props<T extends string> {
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onChange(chosen: T[]): void;
  /** Short labels (names) side by side, wrapping: five writers fit in two rows on a phone. */
  inline?: boolean;
}

export function CheckboxGroup<T extends string>({ legend, hint, error, options, chosen, onChange, inline = false }: Props<T>) {
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    // Keep the list's own order, whatever order they were ticked in.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <ChoiceFieldset legend={legend} hint={hint} error={error}>
      {() => {
        const boxes = options.map((option) => (
          <label key={option.value} class="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(e) => toggle(option.value, e.currentTarget.checked)}
            />
            {option.label}
          </label>
        ));
        return inline ? <div class="inline-choices">{boxes}</div> : boxes;
      }}
    </ChoiceFieldset>
  );
}
