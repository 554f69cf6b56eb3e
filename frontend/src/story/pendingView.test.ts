import { describe, expect, it } from 'vitest';
import type { Story } from '../api/types';
import type { StoryEntry } from '../outbox/types';
import { changeLabel } from './changeLabel';
import { findStory, shownStories } from './pendingView';

const stored = (id: string, title: string): Story => ({
  id,
  title,
  summary: null,
  whatIDid: null,
  whatItShows: null,
  occurredOn: null,
  rotationId: null,
  witnessAttendingIds: [],
  competencies: [],
  formFields: [],
  kind: 'CASE',
  includeInPacket: true,
  createdAt: '2025-03-01T08:00:00Z',
  updatedAt: '2025-03-01T08:00:00Z',
  version: 0,
  phiWarnings: [],
  phiReviewed: false,
});

let seq = 0;
const entry = (fields: Partial<StoryEntry> & Pick<StoryEntry, 'op' | 'storyKey'>): StoryEntry => ({
  seq: ++seq,
  userId: 'ana',
  storyId: null,
  ifMatch: null,
  queuedAt: '2025-03-02T07:00:00Z',
  attempts: 0,
  notBefore: 0,
  state: 'pending',
  ...fields,
});

describe('shownStories', () => {
  it('puts stories not created yet on top, newest first, marked pending', () => {
    const list = shownStories(
      [stored('s1', 'On the server')],
      [
        entry({ op: 'create', storyKey: 'local-a', input: { summary: 'First offline. More.' } }),
        entry({ op: 'create', storyKey: 'local-b', input: { title: 'Second offline' } }),
      ],
    );
    expect(list.map((s) => [s.key, s.story.title, s.op])).toEqual([
      ['local-b', 'Second offline', 'create'],
      ['local-a', 'First offline', 'create'],
      ['s1', 'On the server', null],
    ]);
    expect(changeLabel(list[0]!)).toMatchObject({ tone: 'pending', text: 'Pending: not sent yet' });
    expect(changeLabel(list[2]!)).toBeNull();
  });

  it('shows an edit waiting to be sent as made, and a delete as pending', () => {
    const list = shownStories(
      [stored('s1', 'Old title'), stored('s2', 'Doomed')],
      [
        entry({ op: 'update', storyKey: 's1', storyId: 's1', input: { title: 'New title' } }),
        entry({ op: 'delete', storyKey: 's2', storyId: 's2' }),
      ],
    );
    expect(list.map((s) => [s.story.title, changeLabel(s)?.text])).toEqual([
      ['New title', 'Pending: edit not sent yet'],
      ['Doomed', 'Pending: will be deleted'],
    ]);
  });

  it('names a refused change and a clash, with what to do', () => {
    const [refused, clash] = shownStories(
      [stored('s1', 'A'), stored('s2', 'B')],
      [
        entry({
          op: 'update',
          storyKey: 's1',
          storyId: 's1',
          state: 'invalid',
          errors: { fields: { title: 'Please keep this under 200 characters.' }, form: [] },
        }),
        entry({
          op: 'update',
          storyKey: 's2',
          storyId: 's2',
          state: 'conflict',
          theirs: { story: stored('s2', 'B2'), etag: '"1"' },
        }),
      ],
    );
    expect(changeLabel(refused!)).toEqual({
      tone: 'problem',
      text: 'Not saved: needs a fix',
      detail: 'Please keep this under 200 characters.',
    });
    expect(changeLabel(clash!)).toMatchObject({ tone: 'problem', text: 'Changed on another device' });
  });
});

describe('findStory', () => {
  it('finds a story by its local id while it waits, and by its API id after', () => {
    const waiting = [entry({ op: 'create', storyKey: 'local-a', input: { summary: 'Waiting.' } })];
    expect(findStory('local-a', [], waiting)?.story.title).toBe('Waiting');
    // Created; an edit queued behind the create still names it by the local id.
    const follower = [entry({ op: 'update', storyKey: 'local-a', storyId: 's9', input: { summary: 'Edited.' } })];
    const found = findStory('s9', [stored('s9', 'Waiting')], follower);
    expect(found).toMatchObject({ key: 's9', op: 'update', story: { title: 'Edited' } });
    expect(findStory('missing', [], [])).toBeNull();
  });
});

describe('a story logged offline, once the API has created it', () => {
  const created = entry({ op: 'create', storyKey: 'local-1', idempotencyKey: 'key-1', input: { summary: 'Night float save.' } });
  const delivered = (e: Pick<StoryEntry, 'storyId' | 'idempotencyKey'>) =>
    e.storyId ?? (e.idempotencyKey === 'key-1' ? 's9' : undefined);

  it('shows once when the list is read again before its outbox entry leaves the screen', () => {
    const shown = shownStories([stored('s9', 'Night float save.')], [created], delivered);
    expect(shown.map((s) => s.key)).toEqual(['s9']);
  });

  it('is found by its local id and by its API id, as one story', () => {
    expect(findStory('local-1', [stored('s9', 'Night float save.')], [created], delivered)?.key).toBe('s9');
    expect(findStory('s9', [stored('s9', 'Night float save.')], [created], delivered)?.changes).toEqual([created]);
  });

  it('without the API answer, it is still the waiting story on top', () => {
    const shown = shownStories([stored('s1', 'Older.')], [created]);
    expect(shown.map((s) => s.key)).toEqual(['local-1', 's1']);
  });
});
