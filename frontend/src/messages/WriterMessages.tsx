// One writer's scripts and emails, filled in by the API from the applicant's
// data. The one asked for (from Today or a reminder) comes first and open.
import { useState } from 'preact/hooks';
import type { LetterStatus as Status, MessageKind } from '../api/types';
import { messagesPath, paths } from '../app/router';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { PageHeading } from '../shared/PageHeading';
import { statusOf } from '../writers/labels';
import { MessageCard } from './MessageCard';
import { getLetter, getMessages, type Writer } from './messagesApi';
import type { Messages } from '../api/types';

async function loadWriter(writer: Writer, shareUrl?: string) {
  const [messages, letter] = await Promise.all([
    getMessages(writer, shareUrl),
    writer.letterId ? getLetter(writer.letterId) : Promise.resolve(null),
  ]);
  if (!messages.ok) return messages;
  return { ok: true as const, value: { messages: messages.value, letter: letter?.ok ? letter.value : null } };
}

interface Props {
  writer: Writer;
  kind?: MessageKind | undefined;
  /** The letter's writer's page link, put into its packet email and formal request email. */
  shareUrl?: string | undefined;
}

export function WriterMessages({ writer, kind, shareUrl }: Props) {
  const [state, retry] = useQuery(['messages', writer, shareUrl ?? null], () => loadWriter(writer, shareUrl));
  const name = state.status === 'loaded' ? state.value.messages.attendingName : undefined;
  return (
    <section>
      <PageHeading title={name ? `Messages for ${name}` : 'Messages'} />
      {shareUrl && (
        <p class="notice">
          The packet email and the formal request email below carry the writer's page link.{' '}
          <a href={messagesPath({ letterId: writer.letterId, kind })}>Open them without it</a>
        </p>
      )}
      <Loaded state={state} retry={retry}>
        {({ messages, letter }) => (
          <WriterView
            messages={messages}
            initialStatus={letter?.status ?? null}
            services={letter?.services}
            writer={writer}
            kind={kind}
          />
        )}
      </Loaded>
      <p class="back">
        <a href={messagesPath()}>All messages</a>
      </p>
    </section>
  );
}

interface ViewProps {
  messages: Messages;
  initialStatus: Status | null;
  /** The letter's services, which its status names ("Requested in ResidencyCAS"). */
  services?: string[] | undefined;
  writer: Writer;
  kind?: MessageKind | undefined;
}

function WriterView({ messages, initialStatus, services, writer, kind }: ViewProps) {
  // Marking a message sent may move the letter: show where it stands now.
  const [status, setStatus] = useState(initialStatus);
  const all = messages.messages ?? [];
  const first = all.filter((m) => m.kind === kind);
  const rest = all.filter((m) => m.kind !== kind);
  const who = { letterId: messages.letterId ?? writer.letterId, attendingId: messages.attendingId ?? writer.attendingId };
  return (
    <>
      <LetterStatus status={status} services={services} />
      <p class="muted">Each message is filled in from your records. Read it through, make it yours, then send it or say it.</p>
      <ul class="card-list">
        {[...first, ...rest].map((message) => (
          <MessageCard
            key={message.kind}
            message={message}
            writer={who}
            open={message.kind === kind}
            services={services}
            onSent={(sent) => sent.letterStatus && setStatus(sent.letterStatus as Status)}
          />
        ))}
      </ul>
    </>
  );
}

function LetterStatus({ status, services }: { status: Status | null; services?: string[] | undefined }) {
  if (!status) return <p>No letter request for this writer yet: the first scripts help you get there.</p>;
  return (
    <p>
      Letter: <strong>{statusOf(status, services)}</strong>. <a href={paths.letters}>Letters board</a>
    </p>
  );
}
