// Home: the applicant's stories, newest first, a page at a time.
import { useEffect, useState } from 'preact/hooks';
import type { Story } from '../api/types';
import { paths } from '../app/router';
import { PageHeading } from '../shared/PageHeading';
import { formatDay, storyDay } from './dates';
import { KIND_LABELS } from './kinds';
import { lastSaved } from './lastSaved';
import { listStories } from './storiesApi';
import { summaryLine } from './summaryLine';

interface ListState {
  stories: Story[];
  total: number;
  nextPage: number;
  loading: boolean;
  error: string | null;
}

export function StoryList() {
  // Taken once: the "Saved" note belongs to this visit of the list only.
  const [justSaved] = useState(() => {
    const story = lastSaved.get();
    lastSaved.set(null);
    return story;
  });
  const [state, setState] = useState<ListState>({
    stories: justSaved ? [justSaved] : [],
    total: justSaved ? 1 : 0,
    nextPage: 0,
    loading: true,
    error: null,
  });

  async function loadPage(page: number) {
    setState((s) => ({ ...s, loading: true, error: null }));
    const result = await listStories(page);
    setState((s) => {
      if (!result.ok) return { ...s, loading: false, error: result.errors.form.join(' ') };
      const earlier = page === 0 ? (justSaved ? [justSaved] : []) : s.stories;
      return {
        // Stories logged meanwhile shift the pages: drop the repeats.
        stories: mergeById(earlier, result.value.items ?? []),
        total: Number(result.value.total ?? 0),
        nextPage: page + 1,
        loading: false,
        error: null,
      };
    });
  }

  useEffect(() => {
    void loadPage(0);
  }, []);

  const { stories, total, nextPage, loading, error } = state;
  const firstLoad = loading && nextPage === 0 && stories.length === 0;
  return (
    <section>
      <PageHeading title="My stories" />
      {justSaved && (
        <p class="notice" role="status">
          Story saved. You can add details any time.
        </p>
      )}
      {firstLoad && (
        <p class="muted" role="status">
          Loading your stories…
        </p>
      )}
      {!loading && !error && stories.length === 0 && <EmptyState />}
      {stories.length > 0 && (
        <ul class="story-list">
          {stories.map((story) => (
            <StoryItem key={story.id} story={story} />
          ))}
        </ul>
      )}
      {error && (
        <div class="form-errors" role="alert">
          <p>{error}</p>
          <button type="button" class="button" onClick={() => loadPage(nextPage)}>
            Try again
          </button>
        </div>
      )}
      {!error && nextPage > 0 && stories.length < total && (
        <button type="button" class="button load-more" disabled={loading} onClick={() => loadPage(nextPage)}>
          {loading ? 'Loading…' : 'Load more stories'}
        </button>
      )}
    </section>
  );
}

function StoryItem({ story }: { story: Story }) {
  const day = storyDay(story);
  const line = summaryLine(story);
  return (
    <li class="story">
      <h2 class="story-title">{story.title ?? ''}</h2>
      <p class="story-meta">
        {day && <time dateTime={day}>{formatDay(day)}</time>}
        {story.kind && <span> · {KIND_LABELS[story.kind]}</span>}
      </p>
      {line && <p class="story-summary">{line}</p>}
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
        A story is a moment an attending could mention in your letter: a case you worked up, a talk you gave, feedback
        you acted on. Right after rounds, write a sentence or two. Details can wait.
      </p>
      <a class="button primary" href={paths.newStory}>
        Log your first story
      </a>
    </div>
  );
}

function mergeById(first: Story[], more: Story[]): Story[] {
  const seen = new Set(first.map((s) => s.id));
  return [...first, ...more.filter((s) => !seen.has(s.id))];
}
