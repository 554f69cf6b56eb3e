// What happened to the account lately, newest first: a login the applicant
// doesn't recognise is the cue to change the password.
import type { SecurityEvent } from '../api/types';
import { EVENT_LABELS } from './securityText';

const SHOWN = 20;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function SecurityEvents({ events }: { events: SecurityEvent[] }) {
  return (
    <section class="panel" aria-labelledby="events-title">
      <h2 id="events-title">Recent activity</h2>
      <p class="hint">If you see a login you don't recognise, change your password and log out everywhere.</p>
      {events.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <ul class="event-list">
          {events.slice(0, SHOWN).map((event, index) => (
            <li key={`${event.occurredAt}-${index}`} data-kind={event.kind}>
              <span class="event-what">{EVENT_LABELS[event.kind] ?? event.kind}</span>
              <span class="event-meta">
                <time dateTime={event.occurredAt}>{when.format(new Date(event.occurredAt))}</time>
                {event.clientAddress && ` · from ${event.clientAddress}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
