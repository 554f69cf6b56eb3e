// My stories: the applicant's stories, newest first, a page at a time; the ones
// still in the outbox on top and marked. Offline, the copy kept on the phone.
import { useEffect } from 'preact/hooks';
import { storyPath, paths } from '../app/router';
import { useSession } from '../auth/session';
import { onApiAnswer, onReconnect, useOnline } from '../shared/connection';
import { OfflineNote } from '../offline/OfflineNote';
import { deliveredIdOf, syncSoon, useOutbox, useSyncing } from '../outbox/appOutbox';
import { useFlash } from '../shared/flash';
import { PageHeading } from '../shared/PageHeading';
import { ChangeBadge } from './ChangeBadge';
import { PhiBadge } from './PhiNote';
import { maskedStory } from './phiMarks';
import { formatDay, storyDay } from './dates';
import { KIND_LABELS } from './kinds';
import { shownStories, type ShownStory } from './pendingView';
import { loadPage, reloadIfShowingCopy, useStories } from './storyStore';
import { summaryLine } from './summaryLine';
import { FlashNotice } from '../shared/Notices';

export function StoryList() {
  const session = useSession();
  const userId = session.status === 'signedIn' ? session.user.id : '';
  const state = useStories();
  const outbox = useOutbox();
  const syncing = useSyncing();
  const isOnline = useOnline();
  const flash = useFlash();

  useEffect(() => {
    if (!userId) return undefined;
    void loadPage(userId, 0);
    const stopReconnect = onReconnect(() => void loadPage(userId, 0));
    const stopAnswer = onApiAnswer(reloadIfShowingCopy);
    return () => {
      stopReconnect();
      stopAnswer();
    };
  }, [userId]);

  const mine = state.userId === userId ? state : null;
  const shown = shownStories(mine?.items ?? [], outbox, deliveredIdOf);
  const waiting = outbox.filter((e) => e.state === 'pending').length;
  const firstLoad = !mine || (mine.loading && mine.nextPage === 0 && mine.items.length === 0 && !mine.fromCopy);
  const offline = !!mine && (mine.fromCopy || !isOnline);

  return (
    <section>
      <PageHeading title="My stories" />
      <FlashNotice message={flash} />
      {offline && (
        <OfflineNote loadedAt={mine.loadedAt}>
          New stories and changes stay on this phone and are sent when you're back online.
        </OfflineNote>
      )}
      {waiting > 0 && (
        <div class="sync-bar">
          <p role="status">
            {syncing ? 'Sending…' : waiting === 1 ? '1 change waiting to be sent.' : `${waiting} changes waiting to be sent.`}
          </p>
          {!syncing && isOnline && (
            <button type="button" class="button small" onClick={() => syncSoon({ skipWaits: true })}>
              Send now
            </button>
          )}
        </div>
      )}
      {firstLoad && shown.length === 0 && (
        <p class="muted" role="status">
          Loading your stories…
        </p>
      )}
      {mine &&
        !mine.loading &&
        !mine.error &&
        shown.length === 0 &&
        (mine.fromCopy && !mine.loadedAt ? (
          <p class="muted">Your stories show here once LORkit can be reached. You can log new ones now.</p>
        ) : (
          <EmptyState />
        ))}
      {shown.length > 0 && (
        <ul class="story-list">
          {shown.map((item) => (
            <StoryItem key={item.key} shown={item} />
          ))}
        </ul>
      )}
      {mine?.error && (
        <div class="form-errors" role="alert">
          <p>{mine.error}</p>
          <button type="button" class="button" onClick={() => loadPage(userId, mine.nextPage)}>
            Try again
          </button>
        </div>
      )}
      {mine && !mine.error && !mine.fromCopy && mine.nextPage > 0 && mine.items.length < mine.total && (
        <button type="button" class="button load-more" disabled={mine.loading} onClick={() => loadPage(userId, mine.nextPage)}>
          {mine.loading ? 'Loading…' : 'Load more stories'}
        </button>
      )}
    </section>
  );
}

function StoryItem({ shown }: { shown: ShownStory }) {
  const { story } = shown;
  const day = storyDay(story);
  // Until the story is reviewed, flagged words show as "[name]", "[date]"… (the API sends no warnings once reviewed).
  const masked = maskedStory(story);
  const line = summaryLine(masked);
  return (
    <li class={`story${shown.op ? ' has-change' : ''}`}>
      <a class="story-link" href={storyPath(shown.key)}>
        <h2 class="story-title">{masked.title}</h2>
        <p class="story-meta">
          {day && <time dateTime={day}>{formatDay(day)}</time>}
          {story.kind && <span> · {KIND_LABELS[story.kind]}</span>}
        </p>
        {line && <p class="story-summary">{line}</p>}
        <ChangeBadge shown={shown} withDetail={!!shown.blocked} />
        <PhiBadge story={story} />
      </a>
    </li>
  );
}

function EmptyState() {
  return (
    <div class="empty">
      <p>
        <strong>No stories yet.</strong>
      </p>
      <p>
        A story is a moment an attending could mention in your letter: a case you worked up, a talk you gave, feedback you acted
        on. Right after rounds, write a sentence or two. Details can wait.
      </p>
      <a class="button primary" href={paths.newStory}>
        Log your first story
      </a>
    </div>
  );
}
