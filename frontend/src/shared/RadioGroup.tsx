// One choice from a few (the kind of feedback, how enthusiastic they sounded):
// all the options in sight, each a thumb-sized row, rather than a menu to open.
import { ChoiceFieldset } from './ChoiceFieldset';

interface Props<T extends string> {
  legend: string;
  /** The input name the API uses for this field, so its errors land here. */
  name: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: T; label: string; hint?: string }[];
  chosen: T | null;
  onChange(chosen: T): void;
}

export function RadioGroup<T extends string>({ legend, name, hint, error, options, chosen, onChange }: Props<T>) {
  return (
    <ChoiceFieldset legend={legend} hint={hint} error={error}>
      {(id) =>
        options.map((option) => (
          <label key={option.value} class="checkbox radio">
            <input
              type="radio"
              name={`${id}-${name}`}
              value={option.value}
              checked={chosen === option.value}
              {...(error ? { 'aria-invalid': true } : {})}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.label}
              {option.hint && <span class="option-hint"> {option.hint}</span>}
            </span>
          </label>
        ))
      }
    </ChoiceFieldset>
  );
}
