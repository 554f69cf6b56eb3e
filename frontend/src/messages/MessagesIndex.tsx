// What is owed to writers now (the API's reminders, with its reasons), what
// comes later, and every writer: each opens that writer's messages.
import { allMessages } from '../api/result';
import type { Attending, Letter, Reminder, Reminders } from '../api/types';
import { formPath, messagesPath } from '../app/router';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { day } from '../writers/dates';
import { STATUS_LABELS } from '../writers/labels';
import { listAttendings, listLetters } from '../writers/writersApi';
import { CHECKPOINT_STATUS_LABELS } from '../plan/labels';
import { reminderTarget } from '../today/actionTarget';
import { REMINDER_RULE_LABELS } from './labels';
import { getReminders } from './messagesApi';
import { BackToMore } from '../app/BackToMore';

interface Overview {
  reminders: Reminders;
  letters: Letter[];
  attendings: Attending[];
}

async function loadOverview() {
  const [reminders, letters, attendings] = await Promise.all([getReminders(), listLetters(), listAttendings(true)]);
  for (const answer of [reminders, letters, attendings]) {
    if (!answer.ok) return { ok: false as const, errors: { fields: {}, form: allMessages(answer.errors) } };
  }
  return {
    ok: true as const,
    value: {
      reminders: reminders.ok ? reminders.value : {},
      letters: letters.ok ? letters.value : [],
      attendings: attendings.ok ? attendings.value : [],
    },
  };
}

export function MessagesIndex() {
  const [state, retry] = useQuery<Overview>(['messages'], loadOverview);
  return (
    <>
      <Loaded state={state} retry={retry}>
        {(overview) => <Overview {...overview} />}
      </Loaded>
      <BackToMore />
    </>
  );
}

function Overview({ reminders, letters, attendings }: Overview) {
  const due = reminders.due ?? [];
  const upcoming = reminders.upcoming ?? [];
  const withoutLetter = attendings.filter((a) => !letters.some((l) => l.attendingId === a.id));
  return (
    <>
      <section aria-labelledby="owed-title">
        <h2 id="owed-title" class="form-section">
          Owed now
        </h2>
        {due.length === 0 ? (
          <p class="empty">No reminder or thank-you is owed today.</p>
        ) : (
          <ul class="card-list">
            {due.map((reminder) => (
              <ReminderCard key={reminder.id} reminder={reminder} />
            ))}
          </ul>
        )}
      </section>
      {upcoming.length > 0 && (
        <section aria-labelledby="later-title">
          <h2 id="later-title" class="form-section">
            Coming up
          </h2>
          <ul class="event-list">
            {upcoming.map((reminder) => (
              <li key={reminder.id}>
                <span class="event-what">
                  {reminder.rule ? REMINDER_RULE_LABELS[reminder.rule] : ''}: {reminder.attendingName}
                </span>
                <span class="event-meta">{day(reminder.dueOn)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="writers-title">
        <h2 id="writers-title" class="form-section">
          Your writers
        </h2>
        {letters.length + withoutLetter.length === 0 ? (
          <p class="empty">
            No attendings yet. <a href={formPath('attendingForm')}>Add the attendings you work with</a> to get their scripts and
            emails.
          </p>
        ) : (
          <ul class="menu-list">
            {letters.map((letter) => (
              <li key={letter.id}>
                <a class="menu-link" href={messagesPath({ letterId: letter.id })}>
                  <span class="menu-title">{letter.attendingName}</span>
                  <span class="menu-hint">Letter: {STATUS_LABELS[letter.status!]}</span>
                </a>
              </li>
            ))}
            {withoutLetter.map((attending) => (
              <li key={attending.id}>
                <a class="menu-link" href={messagesPath({ attendingId: attending.id })}>
                  <span class="menu-title">{attending.name}</span>
                  <span class="menu-hint">Not on the letters board yet</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ReminderCard({ reminder }: { reminder: Reminder }) {
  return (
    <li class="card">
      <h3 class="card-title">
        <a class="action-link" href={reminderTarget(reminder)}>
          {reminder.rule ? REMINDER_RULE_LABELS[reminder.rule] : 'Message'}: {reminder.attendingName}
        </a>
      </h3>
      <p class="card-meta">
        {reminder.status && `${CHECKPOINT_STATUS_LABELS[reminder.status]} · `}
        {day(reminder.dueOn)}
      </p>
      <p>{reminder.reason}</p>
    </li>
  );
}
