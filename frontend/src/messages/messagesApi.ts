// Scripts and emails for one writer, recording one as sent, and the reminders
// owed. All the wording and the etiquette (when to nudge, how often) is the
// API's; these calls only fetch and record.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { Letter, MessageKind, Messages, Reminders, SentMessage } from '../api/types';

export interface Writer {
  letterId?: string | undefined;
  attendingId?: string | undefined;
}

/** `shareUrl`: the letter's writer's page link, which its packet email and formal request email then carry. */
export function getMessages(writer: Writer, shareUrl?: string): Promise<Result<Messages>> {
  const query = writer.letterId ? { letterId: writer.letterId } : { attendingId: writer.attendingId };
  return callApi(() => api.GET('/api/v1/messages', { params: { query: { ...query, ...(shareUrl ? { shareUrl } : {}) } } }), [], {
    404: 'This writer is not in your account any more. Go back to the list and choose again.',
    422: "That writer's page link no longer works: make a new one on the letter's screen, or open the emails without it.",
  });
}

export function markSent(writer: Writer, kind: MessageKind): Promise<Result<SentMessage>> {
  const who = writer.letterId ? { letterId: writer.letterId } : { attendingId: writer.attendingId ?? null };
  return callApi(() => api.POST('/api/v1/messages/sent', { body: { kind, ...who } }), [], {
    409: 'This step needs a letter request first: add this writer on the letters board, then come back.',
  });
}

export function getReminders(): Promise<Result<Reminders>> {
  return callApi(() => api.GET('/api/v1/reminders'));
}

/** The letter a message is about, to show where it stands. */
export function getLetter(id: string): Promise<Result<Letter>> {
  return callApi(() => api.GET('/api/v1/letters/{id}', { params: { path: { id } } }));
}
