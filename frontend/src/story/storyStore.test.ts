import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../api/types';
import type { Result } from './storiesApi';

// The list call is the only thing faked: each test answers it when it wants.
let answer: (result: Result<{ items: Story[]; page: number; size: number; total: number }>) => void;
vi.mock('./storiesApi', () => ({
  listStories: () => new Promise((resolve) => (answer = resolve)),
}));

const { clearStories, loadPage, stories, storyDeleted, storyStored } = await import('./storyStore');
const { lastLoaded } = await import('../offline/appStorage');

const story = (id: string, version = 0, title = id): Story =>
  ({ id, version, title, summary: null, kind: 'CASE', includeInPacket: true, createdAt: '', updatedAt: '' }) as unknown as Story;
const page = (items: Story[]) => ({ ok: true as const, value: { items, page: 0, size: 20, total: items.length } });

describe('story store', () => {
  beforeEach(() => clearStories());

  it('a list read before the outbox got changes through does not undo them', async () => {
    const loading = loadPage('ana', 0);
    // While the list is on its way: a story is created, one edited, one deleted.
    await storyStored(story('new', 0));
    await storyStored(story('edited', 1, 'After'));
    await storyDeleted('gone');
    answer(page([story('edited', 0, 'Before'), story('gone'), story('old')]));
    await loading;
    expect(stories.get().items.map((s) => `${s.id}:${s.title}`)).toEqual(['new:new', 'edited:After', 'old:old']);
  });

  it('offline, keeps showing what it has and says it is the copy', async () => {
    await storyStored(story('kept'));
    const loading = loadPage('ana', 0);
    answer({ ok: false, offline: true, errors: { fields: {}, form: ['offline'] } });
    await loading;
    expect(stories.get()).toMatchObject({ fromCopy: true, loading: false, error: null });
  });

  it("opens on the phone's copy while the API is asked, then shows and keeps the answer", async () => {
    await lastLoaded.saveStories('ben', { items: [story('kept')], total: 1, loadedAt: '2027-07-01T07:00:00.000Z' });
    const loading = loadPage('ben', 0);
    await vi.waitFor(() => expect(stories.get().items.map((s) => s.id)).toEqual(['kept']));
    expect(stories.get()).toMatchObject({ loading: true, loadedAt: '2027-07-01T07:00:00.000Z' });
    answer(page([story('fresh'), story('kept')]));
    await loading;
    expect(stories.get()).toMatchObject({ loading: false, fromCopy: false, total: 2 });
    expect((await lastLoaded.stories('ben'))?.items.map((s) => s.id)).toEqual(['fresh', 'kept']);
  });
});
