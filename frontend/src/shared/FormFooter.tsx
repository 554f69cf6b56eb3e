// The end of every form: what went wrong for the form as a whole, then Save (saying so while it
// saves, so a second tap sends nothing) and a way out, a link or a button.
import { FormErrorList } from './Field';

interface Props {
  errors: string[];
  saving: boolean;
  submitLabel: string;
  /** Where Cancel leads, or what it does. */
  cancel: string | (() => void);
}

export function FormFooter({ errors, saving, submitLabel, cancel }: Props) {
  return (
    <>
      <FormErrorList messages={errors} />
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {typeof cancel === 'string' ? (
          <a class="button" href={cancel}>
            Cancel
          </a>
        ) : (
          <button type="button" class="button" onClick={cancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
