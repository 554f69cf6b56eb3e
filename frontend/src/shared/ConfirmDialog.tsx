// "Are you sure?" for what can't be undone (deleting, locking a program's
// letters): a modal dialog, so the question can't be missed or tapped past.
import type { ComponentChildren, RefObject } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  dialog: RefObject<HTMLDialogElement | null>;
  title: string;
  children: ComponentChildren;
  /** The button that does it, e.g. "Delete feedback". */
  confirmLabel: string;
  /** The button that backs out, e.g. "Keep it". */
  cancelLabel: string;
  onConfirm(): void;
  danger?: boolean;
}

export function ConfirmDialog({ dialog, title, children, confirmLabel, cancelLabel, onConfirm, danger = true }: Props) {
  const id = useId();
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
          onClick={() => {
            dialog.current?.close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
