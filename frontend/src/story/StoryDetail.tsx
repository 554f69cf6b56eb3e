// One story in full, with Edit and Delete, and what to do about a change the
// API refused or that clashed with another device. Loaded on first use.
import { useRef, useState } from 'preact/hooks';
import { editStoryPath, navigate, paths } from '../app/router';
import { online } from '../shared/connection';
import { queueDelete, queueUpdate } from '../outbox/appOutbox';
import { useFlash, showOnNextScreen } from '../shared/flash';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { PageHeading } from '../shared/PageHeading';
import { ChangeBadge } from './ChangeBadge';
import { ConflictPanel } from './ConflictPanel';
import { formatDay, storyDay } from './dates';
import { KIND_LABELS } from './kinds';
import { warningsFor, maskedStory } from './phiMarks';
import { PhiWarnings } from './PhiNote';
import { PhiText } from './PhiText';
import { inputOf } from './storyFields';
import { useLinkChoices } from './StoryLinks';
import { COMPETENCY_LABELS } from '../shared/competencies';
import { StoryLookupProblem } from './StoryLookupProblem';
import { useShownStory } from './useShownStory';

export function StoryDetail({ id }: { id: string }) {
  const lookup = useShownStory(id, 'story');
  const flash = useFlash();
  const confirm = useRef<HTMLDialogElement>(null);
  const [reviewNote, setReviewNote] = useState<string | null>(null);
  const choices = useLinkChoices();

  if (lookup.status !== 'found') return <StoryLookupProblem lookup={lookup} />;
  const { shown, ref } = lookup;
  const { story, blocked } = shown;
  const deleting = shown.op === 'delete';
  const day = storyDay(story);

  async function remove() {
    await queueDelete(ref, shown.stored);
    showOnNextScreen(
      online.get() ? 'Story deleted.' : "Story deleted on this phone. LORkit deletes it too when you're back online.",
    );
    navigate({ name: 'stories' });
  }

  /** The applicant vouches for the text as it is now; any later edit needs a new look. */
  async function markReviewed() {
    await queueUpdate(ref, { ...inputOf(story), phiReviewed: true }, shown.stored);
    setReviewNote(
      online.get()
        ? 'Marked as checked: no patient information.'
        : "Marked as checked on this phone. LORkit hears it when you're back online.",
    );
  }

  const text = (field: 'summary' | 'whatIDid' | 'whatItShows') => {
    const value = story[field];
    return value ? <PhiText text={value} warnings={warningsFor(field, story.phiWarnings)} /> : 'Not written yet';
  };

  return (
    <article class="story-detail">
      <PageHeading title={maskedStory(story).title} />
      {(reviewNote ?? flash) && !blocked && (
        <p class="notice" role="status">
          {reviewNote ?? flash}
        </p>
      )}
      {/* A blocked change is explained in full just below. */}
      {!blocked && <ChangeBadge shown={shown} withDetail />}
      {blocked?.state === 'conflict' && <ConflictPanel entry={blocked} />}
      {blocked?.state === 'invalid' && (
        <div class="form-errors" role="alert">
          <p>LORkit could not save your last change:</p>
          <ul>
            {[...(blocked.errors?.form ?? []), ...Object.values(blocked.errors?.fields ?? {})].map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <a class="button" href={editStoryPath(shown.key)}>
            Fix it
          </a>
        </div>
      )}

      <PhiWarnings story={story} onReviewed={!blocked && !deleting ? () => void markReviewed() : undefined} />

      <dl class="story-fields">
        <dt>When</dt>
        <dd>{day ? <time dateTime={day}>{formatDay(day)}</time> : 'Not given'}</dd>
        <dt>Kind</dt>
        <dd>{KIND_LABELS[story.kind]}</dd>
        <dt>What happened</dt>
        <dd class="long-text">{text('summary')}</dd>
        <dt>What I did</dt>
        <dd class="long-text">{text('whatIDid')}</dd>
        <dt>What it shows about me</dt>
        <dd class="long-text">{text('whatItShows')}</dd>
        {story.rotationId && (
          <>
            <dt>Rotation</dt>
            <dd>{choices?.rotations.find((r) => r.id === story.rotationId)?.institution ?? 'One of your rotations'}</dd>
          </>
        )}
        {(story.witnessAttendingIds ?? []).length > 0 && (
          <>
            <dt>Who saw it</dt>
            <dd>
              {choices
                ? (story.witnessAttendingIds ?? [])
                    .map((id) => choices.attendings.find((a) => a.id === id)?.name ?? 'An attending')
                    .join(', ')
                : `${story.witnessAttendingIds!.length} attending(s)`}
            </dd>
          </>
        )}
        {(story.competencies ?? []).length > 0 && (
          <>
            <dt>Competencies</dt>
            <dd>{(story.competencies ?? []).map((c) => COMPETENCY_LABELS[c]).join(', ')}</dd>
          </>
        )}
        <dt>In the packet for letter writers</dt>
        <dd>{story.includeInPacket ? 'Yes' : 'No'}</dd>
      </dl>

      {!deleting && blocked?.state !== 'conflict' && (
        <div class="form-actions">
          <a class="button primary" href={editStoryPath(shown.key)}>
            Edit
          </a>
          <button type="button" class="button danger" onClick={() => confirm.current?.showModal()}>
            Delete
          </button>
        </div>
      )}
      <p class="back">
        <a href={paths.stories}>Back to my stories</a>
      </p>

      <ConfirmDialog
        dialog={confirm}
        title="Delete this story?"
        confirmLabel="Delete story"
        cancelLabel="Keep it"
        onConfirm={() => void remove()}
      >
        <p>“{story.title}” will be gone from LORkit and from your packets. This can't be undone.</p>
      </ConfirmDialog>
    </article>
  );
}
