// "Are you sure?" for what can't be undone (deleting, locking a program's letters, a new calendar
// link): a native modal <dialog>, so the question can't be missed or tapped past, focus stays
// inside it and Escape backs out, without any library.
import type { ComponentChildren, RefObject } from 'preact';
import { useId, useState } from 'preact/hooks';

interface Props {
  dialog: RefObject<HTMLDialogElement | null>;
  title: string;
  children: ComponentChildren;
  /** The button that does it, e.g. "Delete feedback". */
  confirmLabel: string;
  /** The button that backs out, e.g. "Keep it". */
  cancelLabel: string;
  /** When it returns a promise, the dialog stays open (its button saying `busyLabel`) until that settles. */
  onConfirm(): void | Promise<unknown>;
  busyLabel?: string;
  danger?: boolean;
}

export function ConfirmDialog({
  dialog,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  busyLabel,
  danger = true,
}: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);

  async function confirm() {
    const done = onConfirm();
    if (done instanceof Promise) {
      setBusy(true);
      try {
        await done;
      } finally {
        setBusy(false);
      }
    }
    dialog.current?.close();
  }

  return (
    <dialog ref={dialog} class="confirm" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-text`}>{children}</div>
      <div class="form-actions">
        <button type="button" class="button" onClick={() => dialog.current?.close()}>
          {cancelLabel}
        </button>
        <button
          type="button"
          class={`button ${danger ? 'danger-solid' : 'primary'}`}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
