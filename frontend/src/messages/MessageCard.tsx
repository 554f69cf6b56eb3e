// One script or email: read it, copy it, open it in the mail app, and mark it
// sent (or said). Marking feeds the letter: the API moves its status or adds
// the reminder or thank-you day, and says what it changed.
import { useState } from 'preact/hooks';
import { allMessages } from '../api/result';
import type { LetterStatus, Message, SentMessage } from '../api/types';
import { packetPath } from '../app/router';
import { CopyButton } from '../shared/CopyButton';
import { useCall } from '../shared/useCall';
import { statusOf } from '../writers/labels';
import { MESSAGE_KIND_LABELS } from './labels';
import { mailtoHref } from './mailto';
import { markSent, type Writer } from './messagesApi';
import { ErrorLines } from '../shared/Notices';

interface Props {
  message: Message;
  writer: Writer;
  open: boolean;
  /** The letter's services (the API's Letter.services), which "Requested in …" names. */
  services?: string[] | undefined;
  onSent(sent: SentMessage): void;
}

export function MessageCard({ message, writer, open, services, onSent }: Props) {
  const { busy, errors, run } = useCall();
  const [sent, setSent] = useState<SentMessage | null>(null);
  const mailto = mailtoHref(message);
  const kind = message.kind!;

  async function mark() {
    const result = await run(() => markSent(writer, kind));
    if (!result?.ok) return;
    setSent(result.value);
    onSent(result.value);
  }

  return (
    <li class="message">
      <details class="card" open={open}>
        <summary>
          {MESSAGE_KIND_LABELS[kind]}
          {message.inPerson ? ' (in person)' : ' (email)'}
        </summary>
        {message.tip && <p class="muted">{message.tip}</p>}
        {!message.inPerson && (
          <dl class="message-head">
            <div>
              <dt>To: </dt>
              <dd>{message.to ?? 'no address on file: add one on the attending'}</dd>
            </div>
            {message.cc && (
              <div>
                <dt>Cc: </dt>
                <dd>{message.cc}</dd>
              </div>
            )}
            {message.subject && (
              <div>
                <dt>Subject: </dt>
                <dd>{message.subject}</dd>
              </div>
            )}
          </dl>
        )}
        <p class="message-text">{message.body}</p>
        {kind === 'PACKET_EMAIL' && writer.attendingId && (
          // The email goes with the packet attached: the PDF is on the packet screen.
          <p>
            <a class="event-link" href={packetPath(writer.attendingId)}>
              Open the packet to attach (PDF)
            </a>
          </p>
        )}
        <div class="form-actions">
          <CopyButton text={message.body ?? ''} label="Copy text" what="the message" />
          {mailto && (
            <a class="button small" href={mailto}>
              Open in mail app
            </a>
          )}
          <button type="button" class="button small primary" disabled={busy} onClick={() => void mark()}>
            {busy ? 'Saving…' : message.inPerson ? 'Mark as said' : 'Mark as sent'}
          </button>
        </div>
        <p role="status" class={sent ? 'notice sent-outcome' : 'sent-outcome'}>
          {sent && (sent.replayed ? 'Already marked today: nothing changed.' : `Marked. ${sent.effect ?? ''}`)}
          {sent?.letterStatus && ` Letter now: ${statusOf(sent.letterStatus as LetterStatus, services)}.`}
        </p>
        <ErrorLines messages={allMessages(errors)} />
      </details>
    </li>
  );
}
