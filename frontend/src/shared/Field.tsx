// A labelled input with an optional hint and error, wired for screen readers:
// the label names the input; hint and error are announced with it.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface InputA11y {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: string;
  name: string;
  hint?: string;
  error?: string | undefined;
  /** Renders the input itself with the attributes it needs. */
  children: (a11y: InputA11y) => ComponentChildren;
}

export function Field({ label, name, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Messages that concern the whole form; announced as soon as they appear. */
export function FormErrorList({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div class="form-errors" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
