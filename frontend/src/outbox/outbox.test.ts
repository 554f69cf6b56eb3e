// The outbox on real IndexedDB code (idb-keyval over fake-indexeddb) against a
// fake story API: the promises made to an applicant on bad hospital Wi-Fi.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackInput, StoryInput } from '../api/types';
import { idbKeyValue, type KeyValue } from '../offline/keyValue';
import { FakeFeedbackApi } from './fakeFeedbackApi';
import { FakeStoryApi } from './fakeStoryApi';
import { createOutbox, isLocalId, type Outbox } from './outbox';
import type { StoryEntry, StoryRef } from './types';

const ANA = 'user-ana';
const BEN = 'user-ben';

let api: FakeStoryApi;
let feedbackApi: FakeFeedbackApi;
let kv: KeyValue;
let clock: number;
let keys: number;
let outbox: Outbox;

/** Another outbox on the same database: what a reload or a new tab sees. */
function reopen(): Outbox {
  return createOutbox({
    kv,
    sender: api,
    feedbackSender: feedbackApi,
    newKey: () => `key-${++keys}`,
    now: () => clock,
    random: () => 1,
  });
}

let db = 0;
beforeEach(() => {
  api = new FakeStoryApi();
  feedbackApi = new FakeFeedbackApi();
  kv = idbKeyValue(`lorkit-test-${++db}`);
  clock = Date.UTC(2025, 2, 1, 7, 0);
  keys = 0;
  outbox = reopen();
});

const story = (summary: string): StoryInput => ({ summary, kind: 'CASE', includeInPacket: true });
const refOf = (id: string, version = 0): StoryRef => ({ storyKey: id, storyId: id, etag: `"${version}"` });

async function storedStory(summary: string) {
  await outbox.queueCreate(ANA, story(summary));
  await outbox.sync(ANA);
  const [only] = [...api.stories.values()].filter((s) => s.summary === summary);
  return only!;
}

describe('outbox: a deleted account', () => {
  it("drops all of that applicant's waiting changes, and no one else's", async () => {
    api.offline = true;
    await outbox.queueCreate(ANA, story('Never sent.'));
    await outbox.queueCreate(ANA, story('Nor this.'));
    await outbox.queueCreate(BEN, story("Ben's story."));
    await outbox.forget(ANA);
    expect(await reopen().entries(ANA)).toEqual([]);
    expect(await outbox.entries(BEN)).toHaveLength(1);
  });
});

describe('outbox: creating', () => {
  it('keeps a new story on the phone and sends it once, with its Idempotency-Key', async () => {
    const entry = await outbox.queueCreate(ANA, story('Presented DKA at morning report.'));
    expect(isLocalId(entry.storyKey)).toBe(true);
    expect(await outbox.entries(ANA)).toHaveLength(1);

    const stored: string[] = [];
    const report = await outbox.sync(ANA, { stored: (_e, s) => void stored.push(s.id) });

    expect(report).toEqual({ sent: 1, stopped: 'done', retryAt: null });
    expect(api.calls).toEqual([{ method: 'POST', key: entry.idempotencyKey }]);
    expect(stored).toEqual(['s1']);
    expect(await outbox.entries(ANA)).toEqual([]);
  });

  it('offline: nothing is lost, and the next try waits a backoff', async () => {
    api.offline = true;
    await outbox.queueCreate(ANA, story('Ran the code on night float.'));

    const report = await outbox.sync(ANA);
    expect(report).toMatchObject({ sent: 0, stopped: 'noAnswer', retryAt: clock + 2_000 });
    const [waiting] = await outbox.entries(ANA);
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1, notBefore: clock + 2_000 });

    // Too early: nothing is sent.
    api.offline = false;
    expect(await outbox.sync(ANA)).toMatchObject({ sent: 0, stopped: 'done', retryAt: clock + 2_000 });
    // Back online (the `online` event): sent at once, backoff or not.
    expect(await outbox.sync(ANA, {}, { skipWaits: true })).toMatchObject({ sent: 1, stopped: 'done' });
    expect(api.stories.size).toBe(1);
  });

  it('backs off longer after each failure', async () => {
    api.offline = true;
    await outbox.queueCreate(ANA, story('Taught the students about ABGs.'));
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { retryAt } = await outbox.sync(ANA);
      waits.push(retryAt! - clock);
      clock = retryAt!;
    }
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000]);
  });

  it('survives a reload: another outbox on the same database finds and sends the story', async () => {
    api.offline = true;
    await outbox.queueCreate(ANA, story('Family meeting, translated for the team.'));
    await outbox.sync(ANA);

    const afterReload = reopen();
    expect(await afterReload.entries(ANA)).toHaveLength(1);
    api.offline = false;
    await afterReload.sync(ANA, {}, { skipWaits: true });
    expect([...api.stories.values()].map((s) => s.summary)).toEqual(['Family meeting, translated for the team.']);
  });

  it('a lost answer is replayed with the same key: the story is stored exactly once', async () => {
    api.loseAnswers = 1;
    const entry = await outbox.queueCreate(ANA, story('Caught a missed hypokalemia.'));
    expect((await outbox.sync(ANA)).stopped).toBe('noAnswer');
    expect(api.stories.size).toBe(1); // it did get there

    await outbox.sync(ANA, {}, { skipWaits: true });
    expect(api.calls.map((c) => c.key)).toEqual([entry.idempotencyKey, entry.idempotencyKey]);
    expect(api.stories.size).toBe(1);
    expect(await outbox.entries(ANA)).toEqual([]);
  });

  it('sends in the order the stories were logged', async () => {
    for (const n of [1, 2, 3]) await outbox.queueCreate(ANA, story(`Story ${n}.`));
    await outbox.sync(ANA);
    expect([...api.stories.values()].map((s) => s.summary)).toEqual(['Story 1.', 'Story 2.', 'Story 3.']);
  });

  it("keeps each applicant's changes apart on a shared phone", async () => {
    await outbox.queueCreate(ANA, story('Ana: presented at noon conference.'));
    await outbox.queueCreate(BEN, story('Ben: led sign-out.'));
    expect(await outbox.sync(BEN)).toMatchObject({ sent: 1 });
    expect([...api.stories.values()].map((s) => s.summary)).toEqual(['Ben: led sign-out.']);
    expect(await outbox.entries(ANA)).toHaveLength(1);
  });
});

describe('outbox: editing', () => {
  it('folds an edit into a story not sent yet: one request with the latest text', async () => {
    api.offline = true;
    const entry = await outbox.queueCreate(ANA, story('First draft.'));
    await outbox.queueUpdate(ANA, { storyKey: entry.storyKey, storyId: null, etag: null }, story('Better words.'), null);
    // Not sent yet because never tried: still one entry.
    expect(await outbox.entries(ANA)).toHaveLength(1);
    api.offline = false;
    await outbox.sync(ANA);
    expect(api.calls.map((c) => c.method)).toEqual(['POST']);
    expect([...api.stories.values()][0]?.summary).toBe('Better words.');
  });

  it('an edit saved while the sync is about to send the story goes out with it, not lost', async () => {
    const entry = await outbox.queueCreate(ANA, story('First draft.'));
    // The sync reads the outbox, and just then the applicant saves an edit.
    const realGet = kv.get.bind(kv);
    let editedMeanwhile = false;
    kv.get = async <T>(key: string) => {
      const snapshot = await realGet<T>(key);
      if (!editedMeanwhile) {
        editedMeanwhile = true;
        await outbox.queueUpdate(ANA, { storyKey: entry.storyKey, storyId: null, etag: null }, story('Better words.'), null);
      }
      return snapshot;
    };
    await outbox.sync(ANA);
    kv.get = realGet;
    await outbox.sync(ANA);
    expect([...api.stories.values()].map((s) => s.summary)).toEqual(['Better words.']);
    expect(await outbox.entries(ANA)).toEqual([]);
  });

  it('sends an edit with If-Match, and folds two offline edits into one PUT', async () => {
    const stored = await storedStory('Night float.');
    api.offline = true;
    await outbox.queueUpdate(ANA, refOf(stored.id), story('Night float: 30 patients.'), stored);
    await outbox.queueUpdate(ANA, refOf(stored.id), story('Night float: 30 patients, one rapid response.'), stored);
    api.offline = false;
    await outbox.sync(ANA);
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([{ method: 'PUT', id: stored.id, ifMatch: '"0"' }]);
    expect(api.stories.get(stored.id)?.summary).toBe('Night float: 30 patients, one rapid response.');
  });

  it('an edit made after a create was tried waits for it, then uses its id and ETag', async () => {
    api.loseAnswers = 1;
    const entry = await outbox.queueCreate(ANA, story('Draft one.'));
    await outbox.sync(ANA); // answer lost: the create may or may not be stored
    await outbox.queueUpdate(ANA, { storyKey: entry.storyKey, storyId: null, etag: null }, story('Draft two.'), null);
    const queued = await outbox.entries(ANA);
    expect(queued.map((e) => [e.op, e.ifMatch])).toEqual([
      ['create', null],
      ['update', null],
    ]);

    await outbox.sync(ANA, {}, { skipWaits: true });
    expect(api.calls.map((c) => `${c.method} ${c.id ?? ''} ${c.ifMatch ?? ''}`.trim())).toEqual(['POST', 'POST', 'PUT s1 "0"']);
    expect(api.stories.get('s1')?.summary).toBe('Draft two.');
    expect(api.stories.size).toBe(1);
  });

  it('two edits in a row, the first one tried: the second follows the version the first produced', async () => {
    const stored = await storedStory('v0.');
    api.loseAnswers = 1;
    await outbox.queueUpdate(ANA, refOf(stored.id), story('v1.'), stored);
    await outbox.sync(ANA);
    await outbox.queueUpdate(ANA, refOf(stored.id), story('v2.'), stored);
    await outbox.sync(ANA, {}, { skipWaits: true });
    // The first PUT is retried: 412 (it had got through), recognised as ours, then the second goes on top.
    expect(api.stories.get(stored.id)).toMatchObject({ summary: 'v2.', version: 2 });
    expect(await outbox.entries(ANA)).toEqual([]);
  });

  it('a lost answer to an edit is not mistaken for a conflict', async () => {
    const stored = await storedStory('Before.');
    api.loseAnswers = 1;
    await outbox.queueUpdate(ANA, refOf(stored.id), story('After.'), stored);
    await outbox.sync(ANA);
    const report = await outbox.sync(ANA, {}, { skipWaits: true });
    expect(report.sent).toBe(1);
    expect(api.stories.get(stored.id)).toMatchObject({ summary: 'After.', version: 1 });
  });
});

describe('outbox: conflicts (412)', () => {
  it('shows a clash with another device, with their version, and never sends it silently', async () => {
    const stored = await storedStory('Mine and theirs.');
    api.editElsewhere(stored.id, { summary: 'Changed on the laptop.' });
    await outbox.queueUpdate(ANA, refOf(stored.id), story('Changed on the phone.'), stored);

    const report = await outbox.sync(ANA);
    expect(report).toMatchObject({ sent: 0, stopped: 'done', retryAt: null });
    const [conflict] = await outbox.entries(ANA);
    expect(conflict).toMatchObject({ state: 'conflict', theirs: { etag: '"1"', story: { summary: 'Changed on the laptop.' } } });

    // Not retried behind the applicant's back.
    await outbox.sync(ANA, {}, { skipWaits: true });
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(api.stories.get(stored.id)?.summary).toBe('Changed on the laptop.');
  });

  it('"keep mine" sends my edit over their version', async () => {
    const stored = await storedStory('Original.');
    api.editElsewhere(stored.id, { summary: 'Theirs.' });
    await outbox.queueUpdate(ANA, refOf(stored.id), story('Mine.'), stored);
    await outbox.sync(ANA);
    const [conflict] = await outbox.entries(ANA);

    await outbox.keepMine(ANA, conflict!.seq);
    await outbox.sync(ANA);
    expect(api.calls.at(-1)).toEqual({ method: 'PUT', id: stored.id, ifMatch: '"1"' });
    expect(api.stories.get(stored.id)?.summary).toBe('Mine.');
  });

  it('"keep mine" keeps their changes to the fields my form does not show', async () => {
    const stored = await storedStory('Original.');
    api.editElsewhere(stored.id, { summary: 'Theirs.', competencies: ['TEACHING'] });
    await outbox.queueUpdate(ANA, refOf(stored.id), { ...story('Mine.'), competencies: [] }, stored);
    await outbox.sync(ANA);
    const [conflict] = await outbox.entries(ANA);

    await outbox.keepMine(ANA, conflict!.seq);
    await outbox.sync(ANA);
    expect(api.stories.get(stored.id)).toMatchObject({ summary: 'Mine.', competencies: ['TEACHING'] });
  });

  it('"take theirs" drops my edit and the ones made on top of it', async () => {
    const stored = await storedStory('Original.');
    api.editElsewhere(stored.id, { summary: 'Theirs.' });
    await outbox.queueUpdate(ANA, refOf(stored.id), story('Mine.'), stored);
    await outbox.sync(ANA);
    const [conflict] = await outbox.entries(ANA);

    const dropped = (await outbox.drop(ANA, conflict!.seq)) as StoryEntry | null;
    expect(dropped?.theirs?.story.summary).toBe('Theirs.');
    expect(await outbox.entries(ANA)).toEqual([]);
    expect(api.stories.get(stored.id)?.summary).toBe('Theirs.');
  });

  it('an edit to a story deleted elsewhere can come back as a new story', async () => {
    const stored = await storedStory('Soon gone.');
    api.stories.delete(stored.id);
    await outbox.queueUpdate(ANA, refOf(stored.id), story('Still worth keeping.'), stored);
    await outbox.sync(ANA);
    const [conflict] = await outbox.entries(ANA);
    expect(conflict).toMatchObject({ state: 'conflict', theirs: null });

    const movedTo = await outbox.keepMine(ANA, conflict!.seq);
    expect(isLocalId(movedTo!)).toBe(true);
    await outbox.sync(ANA);
    expect([...api.stories.values()].map((s) => s.summary)).toEqual(['Still worth keeping.']);
  });

  it('a clash holds back later changes to that story only', async () => {
    const clashing = await storedStory('Clashing.');
    api.editElsewhere(clashing.id, { summary: 'Theirs.' });
    await outbox.queueUpdate(ANA, refOf(clashing.id), story('Mine.'), clashing);
    await outbox.queueCreate(ANA, story('Unrelated, logged after.'));
    const report = await outbox.sync(ANA);
    expect(report.sent).toBe(1);
    expect([...api.stories.values()].map((s) => s.summary)).toContain('Unrelated, logged after.');
  });
});

describe('outbox: refusals and failures', () => {
  it('a 4xx is shown on the story with its field errors and never retried as is', async () => {
    api.validate = (input) =>
      (input.title?.length ?? 0) > 200 ? { fields: { title: 'Must not be longer than 200 characters.' }, form: [] } : null;
    const entry = await outbox.queueCreate(ANA, { ...story('Fine.'), title: 'x'.repeat(201) });

    await outbox.sync(ANA);
    const [refused] = await outbox.entries(ANA);
    expect(refused).toMatchObject({ state: 'invalid', errors: { fields: { title: 'Must not be longer than 200 characters.' } } });
    await outbox.sync(ANA, {}, { skipWaits: true });
    expect(api.calls).toHaveLength(1);

    // The applicant fixes it: it goes again, under a fresh Idempotency-Key.
    await outbox.queueUpdate(
      ANA,
      { storyKey: entry.storyKey, storyId: null, etag: null },
      { ...story('Fine.'), title: 'Short' },
      null,
    );
    const [fixed] = await outbox.entries(ANA);
    expect(fixed).toMatchObject({ state: 'pending', op: 'create', attempts: 0 });
    expect(fixed!.idempotencyKey).not.toBe(entry.idempotencyKey);
    await outbox.sync(ANA);
    expect([...api.stories.values()].map((s) => s.title)).toEqual(['Short']);
  });

  it('a busy API (5xx) is retried with backoff; a 429 waits as long as it asks', async () => {
    api.busy = 1;
    await outbox.queueCreate(ANA, story('Retried.'));
    const first = await outbox.sync(ANA);
    expect(first).toMatchObject({ stopped: 'busy', retryAt: clock + 2_000 });
    expect((await outbox.entries(ANA))[0]?.lastError).toBe('Something went wrong on our side.');

    api.busy = 1;
    api.busyResult = { kind: 'busy', message: 'Too many tries in a row.', retryAfterMs: 60_000 };
    clock += 2_000;
    expect(await outbox.sync(ANA)).toMatchObject({ stopped: 'busy', retryAt: clock + 60_000 });

    clock += 60_000;
    expect(await outbox.sync(ANA)).toMatchObject({ sent: 1, stopped: 'done' });
  });

  it('a finished session stops sending and leaves the change as it was for the next login', async () => {
    api.signedOut = true;
    await outbox.queueCreate(ANA, story('Waits for login.'));
    expect(await outbox.sync(ANA)).toMatchObject({ stopped: 'signedOut' });
    expect((await outbox.entries(ANA))[0]).toMatchObject({ state: 'pending', attempts: 0, notBefore: 0 });
  });
});

describe('outbox: deleting', () => {
  it('deleting a story that never left the phone just forgets it', async () => {
    api.offline = true;
    const entry = await outbox.queueCreate(ANA, story('Typo story.'));
    expect(await outbox.queueDelete(ANA, { storyKey: entry.storyKey, storyId: null, etag: null }, null)).toBeNull();
    expect(await outbox.entries(ANA)).toEqual([]);
    api.offline = false;
    await outbox.sync(ANA);
    expect(api.calls).toEqual([]);
  });

  it('deletes with If-Match, dropping an edit that was never sent', async () => {
    const stored = await storedStory('To delete.');
    api.offline = true;
    await outbox.queueUpdate(ANA, refOf(stored.id), story('Edited first.'), stored);
    await outbox.queueDelete(ANA, refOf(stored.id), stored);
    expect((await outbox.entries(ANA)).map((e) => e.op)).toEqual(['delete']);
    api.offline = false;
    const deleted: string[] = [];
    await outbox.sync(ANA, { deleted: (e) => void deleted.push(e.storyId!) });
    expect(api.calls.at(-1)).toEqual({ method: 'DELETE', id: stored.id, ifMatch: '"0"' });
    expect(deleted).toEqual([stored.id]);
    expect(api.stories.size).toBe(0);
  });

  it('a delete whose answer was lost (404 on retry) counts as done', async () => {
    const stored = await storedStory('Gone twice.');
    api.loseAnswers = 1;
    await outbox.queueDelete(ANA, refOf(stored.id), stored);
    await outbox.sync(ANA);
    expect(await outbox.sync(ANA, {}, { skipWaits: true })).toMatchObject({ sent: 1 });
    expect(await outbox.entries(ANA)).toEqual([]);
  });
});

describe('outbox: feedback logged on the phone', () => {
  const feedback = (fields: Partial<FeedbackInput> = {}): FeedbackInput => ({
    attendingId: 'att-1',
    kind: 'FORMATIVE',
    toImprove: 'Shorter presentations.',
    ...fields,
  });

  it('is kept offline, then created once, with the same Idempotency-Key on every try', async () => {
    feedbackApi.offline = true;
    const entry = await outbox.queueFeedback(ANA, feedback());
    expect(entry).toMatchObject({ resource: 'feedback', op: 'create', state: 'pending' });
    expect(isLocalId(entry.storyKey)).toBe(true);
    expect(await outbox.sync(ANA)).toMatchObject({ sent: 0, stopped: 'noAnswer' });

    // Back online, but the first answer is lost on the way: the retry must not make a second one.
    feedbackApi.offline = false;
    feedbackApi.loseAnswers = 1;
    await outbox.sync(ANA, {}, { skipWaits: true });
    const created: string[] = [];
    await outbox.sync(ANA, { feedbackStored: (_e, f) => void created.push(f.id!) }, { skipWaits: true });

    expect(feedbackApi.keys).toEqual([entry.idempotencyKey, entry.idempotencyKey, entry.idempotencyKey]);
    expect(feedbackApi.stored.size).toBe(1);
    expect(created).toEqual(['f1']);
    expect(await outbox.entries(ANA)).toEqual([]);
  });

  it('never goes through the story API, and a story held back does not hold it back', async () => {
    const stored = await storedStory('Before.');
    api.editElsewhere(stored.id, { summary: 'Changed on the laptop.' });
    await outbox.queueUpdate(ANA, refOf(stored.id), story('Changed on the phone.'), stored);
    await outbox.queueFeedback(ANA, feedback());
    await outbox.sync(ANA);

    expect(feedbackApi.stored.size).toBe(1);
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1); // the story's own create only
    const left = await outbox.entries(ANA);
    expect(left.map((e) => [e.resource ?? 'stories', e.state])).toEqual([['stories', 'conflict']]);
  });

  it('a refusal is kept with its field errors; once fixed it goes again under a fresh key', async () => {
    const entry = await outbox.queueFeedback(ANA, feedback({ kind: 'SUMMATIVE' }));
    await outbox.sync(ANA);
    const [refused] = await outbox.entries(ANA);
    expect(refused).toMatchObject({ state: 'invalid', errors: { fields: { enthusiasm: 'Is required on SUMMATIVE feedback.' } } });

    await outbox.sync(ANA, {}, { skipWaits: true });
    expect(feedbackApi.keys).toHaveLength(1); // never retried as is

    expect(
      await outbox.refixFeedback(ANA, entry.storyKey, feedback({ kind: 'SUMMATIVE', enthusiasm: 'POSITIVE' })),
    ).toMatchObject({ state: 'pending' });
    const [fixed] = await outbox.entries(ANA);
    expect(fixed!.idempotencyKey).not.toBe(entry.idempotencyKey);
    await outbox.sync(ANA);
    expect([...feedbackApi.stored.values()].map((f) => f.enthusiasm)).toEqual(['POSITIVE']);
  });

  it('feedback already on its way (sent once, answer unknown) is not rewritten', async () => {
    feedbackApi.loseAnswers = 1;
    const entry = await outbox.queueFeedback(ANA, feedback());
    await outbox.sync(ANA);
    expect(await outbox.refixFeedback(ANA, entry.storyKey, feedback({ toImprove: 'Changed my mind.' }))).toBeNull();
  });

  it('story changes queued before feedback joined the outbox (no resource) still go as stories', async () => {
    await kv.update<StoryEntry[]>('outbox', () => [
      {
        seq: 1,
        userId: ANA,
        op: 'create',
        storyKey: 'local-old',
        storyId: null,
        idempotencyKey: 'old-key',
        ifMatch: null,
        input: story('Queued by the last version.'),
        queuedAt: new Date(clock).toISOString(),
        attempts: 0,
        notBefore: 0,
        state: 'pending',
      },
    ]);
    await outbox.sync(ANA);
    expect(api.calls).toEqual([{ method: 'POST', key: 'old-key' }]);
    expect(feedbackApi.keys).toEqual([]);
  });
});
