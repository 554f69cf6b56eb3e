// Log feedback: saved on the phone at once (the outbox), sent when it can be,
// like a story. Starts with the attending and rotation of the last feedback,
// or else of the last story. Loaded on first use.
import { useState } from 'preact/hooks';
import { LogChoice } from '../app/LogChoice';
import { navigate } from '../app/router';
import { currentUser } from '../auth/session';
import { online } from '../shared/connection';
import { queueFeedback } from '../outbox/appOutbox';
import { showOnNextScreen } from '../shared/flash';
import { createLastChoice } from '../shared/lastChoice';
import { lastLinks } from '../story/lastLinks';
import { EMPTY_FEEDBACK, toFeedbackInput, type FeedbackDraft } from './feedbackDraft';
import { FeedbackForm } from './FeedbackForm';

const lastFeedback = createLastChoice<Pick<FeedbackDraft, 'attendingId' | 'rotationId'>>('lastFeedback');

function lastChoices(userId: string): Partial<FeedbackDraft> {
  const story = lastLinks(userId);
  const fromStory = { rotationId: story.rotationId ?? '', attendingId: story.witnessAttendingIds?.[0] ?? '' };
  return { ...fromStory, ...lastFeedback.load(userId) };
}

export function NewFeedback() {
  const userId = currentUser()?.id ?? 'anonymous';
  const [initial] = useState<FeedbackDraft>(() => ({ ...EMPTY_FEEDBACK, ...lastChoices(userId) }));

  async function save(draft: FeedbackDraft) {
    await queueFeedback(toFeedbackInput(draft));
    lastFeedback.remember(userId, { attendingId: draft.attendingId, rotationId: draft.rotationId });
    showOnNextScreen(
      online.get() ? 'Feedback saved.' : "Feedback saved on this phone. It will be sent to LORkit when you're back online.",
    );
    navigate({ name: 'feedback' });
  }

  return (
    <FeedbackForm
      heading="Log feedback"
      before={<LogChoice current="feedback" />}
      draftKey="new"
      initial={initial}
      submitLabel="Save feedback"
      onSave={save}
      onCancel={() => navigate({ name: 'feedback' })}
    />
  );
}
