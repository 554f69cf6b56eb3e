// One story in full, with Edit and Delete, and what to do about a change the
// API refused or that clashed with another device. Loaded on first use.
import { useRef } from 'preact/hooks';
import { editStoryPath, navigate, paths } from '../app/router';
import { online } from '../offline/connection';
import { queueDelete } from '../outbox/appOutbox';
import { useFlash, showOnNextScreen } from '../shared/flash';
import { PageHeading } from '../shared/PageHeading';
import { ChangeBadge } from './ChangeBadge';
import { ConflictPanel } from './ConflictPanel';
import { formatDay, storyDay } from './dates';
import { KIND_LABELS } from './kinds';
import { PhiWarnings } from './PhiNote';
import { StoryLookupProblem } from './StoryLookupProblem';
import { useShownStory } from './useShownStory';

export function StoryDetail({ id }: { id: string }) {
  const lookup = useShownStory(id, 'story');
  const flash = useFlash();
  const confirm = useRef<HTMLDialogElement>(null);

  if (lookup.status !== 'found') return <StoryLookupProblem lookup={lookup} />;
  const { shown, ref } = lookup;
  const { story, blocked } = shown;
  const deleting = shown.op === 'delete';
  const day = storyDay(story);

  async function remove() {
    confirm.current?.close();
    await queueDelete(ref, shown.stored);
    showOnNextScreen(online.get() ? 'Story deleted.' : "Story deleted on this phone. LORkit deletes it too when you're back online.");
    navigate({ name: 'stories' });
  }

  return (
    <article class="story-detail">
      <PageHeading title={story.title} />
      {flash && !blocked && (
        <p class="notice" role="status">
          {flash}
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

      <PhiWarnings story={story} />

      <dl class="story-fields">
        <dt>When</dt>
        <dd>{day ? <time dateTime={day}>{formatDay(day)}</time> : 'Not given'}</dd>
        <dt>Kind</dt>
        <dd>{KIND_LABELS[story.kind]}</dd>
        <dt>What happened</dt>
        <dd class="long-text">{story.summary || 'Not written yet'}</dd>
        <dt>What I did</dt>
        <dd class="long-text">{story.whatIDid || 'Not written yet'}</dd>
        <dt>What it shows about me</dt>
        <dd class="long-text">{story.whatItShows || 'Not written yet'}</dd>
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

      <dialog ref={confirm} class="confirm" aria-labelledby="confirm-delete-title" aria-describedby="confirm-delete-text">
        <h2 id="confirm-delete-title">Delete this story?</h2>
        <p id="confirm-delete-text">“{story.title}” will be gone from LORkit and from your packets. This can't be undone.</p>
        <div class="form-actions">
          <button type="button" class="button" onClick={() => confirm.current?.close()}>
            Keep it
          </button>
          <button type="button" class="button danger-solid" onClick={() => void remove()}>
            Delete story
          </button>
        </div>
      </dialog>
    </article>
  );
}
