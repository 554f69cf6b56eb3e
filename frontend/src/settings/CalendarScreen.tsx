// The private calendar link: rotations, plan steps, soft deadlines, reminder
// days, submission and Match Day in the applicant's own calendar app, kept up
// to date. The link is a secret shown once; a new one ends the old one.
import { useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { CopyButton } from '../shared/CopyButton';
import { FormErrorList } from '../shared/Field';
import { PageHeading } from '../shared/PageHeading';
import { useCall } from '../shared/useCall';
import { allMessages } from '../api/result';
import { feedUrl, newCalendarFeed } from './calendarApi';
import '../shared/coach.css';
import { BackToMore } from '../app/BackToMore';

export function CalendarScreen() {
  const [url, setUrl] = useState<string | null>(null);
  const [replaced, setReplaced] = useState(false);
  const { busy, errors, run } = useCall();
  const confirm = useRef<HTMLDialogElement>(null);

  async function make() {
    const had = url !== null;
    const result = await run(newCalendarFeed);
    if (!result?.ok) return;
    setUrl(feedUrl(result.value));
    setReplaced(had);
  }

  return (
    <section>
      <PageHeading title="Calendar link" />
      <p>
        Add your rotations, plan steps, letter deadlines and reminder days to Google Calendar, Apple Calendar or Outlook.
        Subscribe to your private link there ("add calendar from URL") and the dates stay up to date by themselves.
      </p>
      <p class="muted">
        Anyone who has the link can see these dates, so keep it to yourself. If it leaks, make a new one: the old one stops
        working at once.
      </p>
      {url ? (
        <div class="panel">
          <h2>Your private link</h2>
          <p class="feed-url" data-testid="feed-url">
            {url}
          </p>
          <p role="status">
            {replaced
              ? 'New link made. The old one no longer works: update your calendar app.'
              : 'Copy it now: LORkit shows it only once.'}
          </p>
          <div class="form-actions">
            <CopyButton text={url} label="Copy link" what="the link" />
            <button type="button" class="button small danger" onClick={() => confirm.current?.showModal()}>
              Make a new link
            </button>
          </div>
        </div>
      ) : (
        <div class="panel">
          <p>
            LORkit shows a link only once (it keeps just a fingerprint of it). Made one before? Making a link now replaces it: the
            old one stops working.
          </p>
          <button type="button" class="button primary" disabled={busy} onClick={() => void make()}>
            {busy ? 'Making…' : 'Make my calendar link'}
          </button>
        </div>
      )}
      <FormErrorList messages={allMessages(errors)} />
      <ConfirmDialog
        dialog={confirm}
        title="Make a new calendar link?"
        confirmLabel="Make a new link"
        cancelLabel="Keep this link"
        busyLabel="Making…"
        onConfirm={make}
      >
        <p>The link you have now stops working at once. Calendars subscribed to it stop updating until you add the new one.</p>
      </ConfirmDialog>
      <BackToMore />
    </section>
  );
}
