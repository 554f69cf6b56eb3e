// Change or delete a piece of feedback. Stored feedback is changed online with
// If-Match (a clash with another device is said, not overwritten); feedback
// still waiting in the outbox is changed there, e.g. to fix what the API
// refused. Loaded on first use.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Feedback } from '../api/types';
import { navigate, paths } from '../app/router';
import { createdIdOf, dropChange, refixFeedback, useOutbox } from '../outbox/appOutbox';
import { isLocalId } from '../outbox/outbox';
import { isFeedbackEntry, type FeedbackEntry } from '../outbox/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { FormErrorList } from '../shared/Field';
import { showOnNextScreen } from '../shared/flash';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { deleteFeedback, getFeedback, updateFeedback } from './feedbackApi';
import { feedbackDraftOf, toFeedbackInput, type FeedbackDraft } from './feedbackDraft';
import { FeedbackForm } from './FeedbackForm';

const STALE = 'This feedback was changed on another device. Go back to the list and open it again.';
const back = () => navigate({ name: 'feedback' });

export function FeedbackEdit({ id }: { id: string }) {
  return isLocalId(id) ? <WaitingFeedback localKey={id} /> : <StoredFeedback id={id} />;
}

function StoredFeedback({ id }: { id: string }) {
  const [state, retry] = useQuery(['feedback-item', id], () => getFeedback(id));
  if (state.status !== 'loaded') {
    return (
      <section>
        <PageHeading title="Edit feedback" />
        <Loaded state={state} retry={retry}>
          {() => null}
        </Loaded>
      </section>
    );
  }
  return <StoredFeedbackForm feedback={state.value} />;
}

function StoredFeedbackForm({ feedback }: { feedback: Feedback }) {
  const confirm = useRef<HTMLDialogElement>(null);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);

  async function save(draft: FeedbackDraft) {
    const answer = await updateFeedback(feedback, toFeedbackInput(draft));
    if (!answer.ok) return answer.status === 412 ? { fields: {}, form: [STALE] } : answer.errors;
    showOnNextScreen('Feedback saved.');
    back();
  }

  async function remove() {
    const answer = await deleteFeedback(feedback);
    if (!answer.ok)
      return setDeleteErrors(answer.status === 412 ? [STALE] : [...answer.errors.form, ...Object.values(answer.errors.fields)]);
    showOnNextScreen('Feedback deleted.');
    back();
  }

  return (
    <FeedbackForm
      heading="Edit feedback"
      draftKey={feedback.id!}
      initial={feedbackDraftOf(feedback)}
      submitLabel="Save changes"
      onSave={save}
      onCancel={back}
      after={
        <>
          <FormErrorList messages={deleteErrors} />
          <p class="form-actions">
            <button type="button" class="button danger" onClick={() => confirm.current?.showModal()}>
              Delete feedback
            </button>
          </p>
          <ConfirmDialog
            dialog={confirm}
            title="Delete this feedback?"
            confirmLabel="Delete feedback"
            cancelLabel="Keep it"
            onConfirm={() => void remove()}
          >
            <p>
              It will no longer count for {feedback.attendingName ?? 'this attending'} nor appear in their packet. This can't be
              undone.
            </p>
          </ConfirmDialog>
        </>
      }
    />
  );
}

/** Feedback logged on the phone and not created yet (maybe refused). */
function WaitingFeedback({ localKey }: { localKey: string }) {
  const entry = useOutbox().find((e): e is FeedbackEntry => isFeedbackEntry(e) && e.storyKey === localKey);
  const confirm = useRef<HTMLDialogElement>(null);
  // Sent meanwhile: continue on its real address.
  const createdId = entry ? undefined : createdIdOf(localKey);
  useEffect(() => {
    if (createdId) navigate({ name: 'feedbackForm', id: createdId }, { replace: true });
  }, [createdId]);

  if (!entry) {
    return (
      <section>
        <PageHeading title="Edit feedback" />
        <p>{createdId ? 'Opening…' : 'This feedback is no longer waiting on this phone: it was sent or discarded.'}</p>
        <a class="button" href={paths.feedback}>
          Back to feedback
        </a>
      </section>
    );
  }

  async function save(draft: FeedbackDraft) {
    if (!(await refixFeedback(localKey, toFeedbackInput(draft)))) {
      return { fields: {}, form: ['This feedback is already on its way to LORkit. Change it once it shows in the list.'] };
    }
    showOnNextScreen('Feedback saved. It will be sent again.');
    back();
  }

  return (
    <FeedbackForm
      heading={entry.state === 'invalid' ? 'Fix feedback' : 'Edit feedback'}
      draftKey={localKey}
      initial={feedbackDraftOf(entry.input)}
      initialErrors={
        entry.state === 'invalid'
          ? (entry.errors ?? { fields: {}, form: [entry.lastError ?? 'LORkit could not save this feedback.'] })
          : undefined
      }
      submitLabel="Save and send"
      onSave={save}
      onCancel={back}
      after={
        <>
          <p class="form-actions">
            <button type="button" class="button danger" onClick={() => confirm.current?.showModal()}>
              Discard it
            </button>
          </p>
          <ConfirmDialog
            dialog={confirm}
            title="Discard this feedback?"
            confirmLabel="Discard"
            cancelLabel="Keep it"
            onConfirm={() => void dropChange(entry).then(() => (showOnNextScreen('Feedback discarded.'), back()))}
          >
            <p>It never reached LORkit, so it will be gone for good.</p>
          </ConfirmDialog>
        </>
      }
    />
  );
}
