// The frame of a group of choices (radios or checkboxes): a fieldset whose legend names the group,
// with its hint and its error tied to it for screen readers. The choices themselves are the caller's.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Gets an id unique to this group (radio names are built from it). */
  children(id: string): ComponentChildren;
}

export function ChoiceFieldset({ legend, hint, error, children }: Props) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset class="field choices" {...(describedBy ? { 'aria-describedby': describedBy } : {})}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {children(id)}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
