// What the applicant sees: the stories the API has, with the changes still in
// the outbox laid over them, so a story logged offline is in the list at once
// and an edit shows as made, each marked until the API has it.
import type { Story } from '../api/types';
import type { DeliveredId } from '../outbox/delivered';
import { isStoryEntry, type OutboxEntry, type OutboxOp, type StoryEntry } from '../outbox/types';
import { withInput } from './storyFields';

export interface ShownStory {
  /** What the screens call it (route id): the API's id, or the local one of a story not created yet. */
  key: string;
  /** The API's version, if it has one. */
  stored: Story | null;
  /** The story as it will be once its waiting changes are through. */
  story: Story;
  /** Its changes still in the outbox, oldest first (empty: nothing waiting). */
  changes: StoryEntry[];
  /** The change that needs the applicant (refused or in conflict), if any. */
  blocked: StoryEntry | null;
  /** The latest kind of change waiting, if any. */
  op: OutboxOp | null;
}

/** Which story an outbox entry is about, as the list knows it: a create the API has answered is
 *  the story it created, though the entry may still be on screen when the list is read again. */
const storyOf = (e: StoryEntry, deliveredId: DeliveredId) => deliveredId(e) ?? e.storyKey;
const notDelivered: DeliveredId = (e) => e.storyId ?? undefined;

export function showStory(stored: Story | null, key: string, changes: StoryEntry[]): ShownStory {
  let story = stored;
  for (const change of changes) {
    if (change.input) story = withInput(story, change.input, key, change.queuedAt);
  }
  return {
    key,
    stored,
    story: story ?? withInput(null, {}, key, new Date(0).toISOString()),
    changes,
    blocked: changes.find((e) => e.state !== 'pending') ?? null,
    op: changes.at(-1)?.op ?? null,
  };
}

/** Stories created on the phone first (newest on top), then the API's list in its order. */
export function shownStories(stored: Story[], outbox: OutboxEntry[], deliveredId = notDelivered): ShownStory[] {
  const byStory = new Map<string, StoryEntry[]>();
  for (const e of outbox.filter(isStoryEntry)) {
    const key = storyOf(e, deliveredId);
    byStory.set(key, [...(byStory.get(key) ?? []), e]);
  }

  const storedIds = new Set(stored.map((s) => s.id));
  const notCreatedYet = [...byStory.entries()]
    .filter(([key, changes]) => !storedIds.has(key) && changes[0]?.op === 'create')
    .map(([key, changes]) => showStory(null, key, changes))
    .reverse();
  return [...notCreatedYet, ...stored.map((s) => showStory(s, s.id, byStory.get(s.id) ?? []))];
}

/** One story by the id in the address: stored, queued, or both. */
export function findStory(key: string, stored: Story[], outbox: OutboxEntry[], deliveredId = notDelivered): ShownStory | null {
  const changes = outbox.filter(isStoryEntry).filter((e) => storyOf(e, deliveredId) === key || e.storyKey === key);
  const createdAs = changes[0] && deliveredId(changes[0]);
  const found = stored.find((s) => s.id === key || s.id === createdAs) ?? null;
  if (!found && changes[0]?.op !== 'create') return null;
  return showStory(found, found?.id ?? key, changes);
}
