// The story a detail or edit screen is about: at once from the phone (list
// copy and outbox), then refreshed from the API for its current ETag.
import { useEffect, useState } from 'preact/hooks';
import type { Story } from '../api/types';
import { navigate, type Route } from '../app/router';
import { isLocalId } from '../outbox/outbox';
import { createdIdOf, deliveredIdOf, useOutbox } from '../outbox/appOutbox';
import type { StoryRef } from '../outbox/types';
import { findStory, type ShownStory } from './pendingView';
import { getStory } from './storiesApi';
import { storyRefreshed, useStories, wasDeleted } from './storyStore';

export type Lookup =
  | { status: 'loading' }
  | { status: 'notFound' }
  /** Not on the phone, and the API can't be reached (or answered an error). */
  | { status: 'unavailable'; message: string }
  | { status: 'found'; shown: ShownStory; ref: StoryRef };

export function useShownStory(id: string, screen: Route['name']): Lookup {
  const outbox = useOutbox();
  const { items } = useStories();
  const [fresh, setFresh] = useState<{ story: Story } | null>(null);
  const [fetchFailed, setFetchFailed] = useState<{ notFound: boolean; message: string } | null>(null);

  // Logged offline and created since: continue on the story's real address.
  const createdId = isLocalId(id) ? createdIdOf(id) : undefined;
  useEffect(() => {
    if (createdId)
      navigate(screen === 'editStory' ? { name: 'editStory', id: createdId } : { name: 'story', id: createdId }, {
        replace: true,
      });
  }, [createdId]);

  useEffect(() => {
    if (isLocalId(id)) return;
    let current = true;
    void getStory(id).then((result) => {
      if (!current) return;
      if (result.ok) {
        setFresh(result.value);
        void storyRefreshed(result.value.story);
      } else {
        setFetchFailed({ notFound: !!result.notFound, message: result.errors.form.join(' ') });
      }
    });
    return () => {
      current = false;
    };
  }, [id]);

  // The newest of the fetched copy and the list's (which the outbox updates as changes get through).
  const listed = fresh && items.find((s) => s.id === fresh.story.id);
  const newest = fresh && !wasDeleted(fresh.story.id) && (!listed || fresh.story.version >= listed.version) ? fresh.story : null;
  const stored = newest ? [newest, ...items.filter((s) => s.id !== newest.id)] : items;
  const shown = findStory(id, stored, outbox, deliveredIdOf);
  if (shown) {
    const lastChange = shown.changes.at(-1);
    return {
      status: 'found',
      shown,
      ref: {
        // Changes already queued name the story their way: queue behind them under the same name.
        storyKey: lastChange?.storyKey ?? shown.key,
        storyId: lastChange?.storyId ?? shown.stored?.id ?? null,
        // The API's ETag is the quoted version (see the contract).
        etag: shown.stored ? `"${shown.stored.version}"` : null,
      },
    };
  }
  if (createdId || (!fetchFailed && !isLocalId(id))) return { status: 'loading' };
  if (fetchFailed && !fetchFailed.notFound) return { status: 'unavailable', message: fetchFailed.message };
  return { status: 'notFound' };
}
