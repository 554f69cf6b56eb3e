// Messages: with a writer named (a letter or an attending), that writer's
// scripts and emails; without, the reminders and thank-yous owed now and the
// list of writers to choose from. Loaded on first use.
import type { MessageKind } from '../api/types';
import { PageHeading } from '../shared/PageHeading';
import { MessagesIndex } from './MessagesIndex';
import { WriterMessages } from './WriterMessages';
import '../shared/coach.css';

interface Props {
  letterId?: string | undefined;
  attendingId?: string | undefined;
  kind?: string | undefined;
  shareUrl?: string | undefined;
}

export function MessagesScreen({ letterId, attendingId, kind, shareUrl }: Props) {
  if (letterId || attendingId)
    return (
      <WriterMessages
        writer={{ letterId, attendingId }}
        kind={kind as MessageKind | undefined}
        shareUrl={letterId ? shareUrl : undefined}
      />
    );
  return (
    <section>
      <PageHeading title="Messages" />
      <MessagesIndex />
    </section>
  );
}
