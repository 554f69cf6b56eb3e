// The small pieces every screen shows the same way: the one-time message of the
// previous screen, a failure's sentences, and a draft kept
// from last time. One place, so they look and read alike everywhere.
export function FlashNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p class="notice" role="status">
      {message}
    </p>
  );
}

/** Sentences of a failure where there is no input to put them next to (a card, a list). */
export function ErrorLines({ messages }: { messages: string[] }) {
  return (
    <>
      {messages.map((message) => (
        <p key={message} class="field-error" role="alert">
          {message}
        </p>
      ))}
    </>
  );
}

/** A form opened with what was typed last time (see useKeptDraft.ts): say so, and offer a clean start. */
export function RestoredDraftNotice({ onStartOver }: { onStartOver(): void }) {
  return (
    <div class="notice" role="status">
      <p>We kept what you were typing last time.</p>
      <button type="button" class="button" onClick={onStartOver}>
        Start over
      </button>
    </div>
  );
}
