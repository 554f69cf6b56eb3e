// A modal "are you sure?" for what cannot be undone: a native <dialog>, so
// focus stays inside it and Escape closes it without any library.
import type { ComponentChildren, RefObject } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  dialog: RefObject<HTMLDialogElement | null>;
  title: string;
  children: ComponentChildren;
  keepLabel: string;
  goLabel: string;
  busyLabel: string;
  busy: boolean;
  onGo(): void;
}

export function ConfirmDialog({ dialog, title, children, keepLabel, goLabel, busyLabel, busy, onGo }: Props) {
  const id = useId();
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-text`}>{children}</div>
      <div class="form-actions">
        <button type="button" class="button" onClick={() => dialog.current?.close()}>
          {keepLabel}
        </button>
        <button type="button" class="button danger-solid" disabled={busy} onClick={onGo}>
          {busy ? busyLabel : goLabel}
        </button>
      </div>
    </dialog>
  );
}
