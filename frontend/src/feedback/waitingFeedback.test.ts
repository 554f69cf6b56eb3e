// A delivered feedback showed twice in FeedbackList (a reverted attempt at the query helper): the
// list was read again after the API answered the outbox's create, while the outbox entry was still
// on screen. These hold the list and the waiting cards to showing each piece of feedback once.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackInput } from '../api/types';
import { idbKeyValue } from '../offline/keyValue';
import { createDelivered, type Delivered } from '../outbox/delivered';
import { FakeFeedbackApi } from '../outbox/fakeFeedbackApi';
import { FakeStoryApi } from '../outbox/fakeStoryApi';
import { createOutbox, type Outbox } from '../outbox/outbox';
import { isFeedbackEntry, type FeedbackEntry } from '../outbox/types';
import { stillWaiting } from './waitingFeedback';

const ANA = 'user-ana';
const input = (wentWell: string): FeedbackInput => ({
  attendingId: 'att-1',
  kind: 'FORMATIVE',
  wentWell,
  toImprove: 'Speak up.',
});

let feedbackApi: FakeFeedbackApi;
let delivered: Delivered;
let outbox: Outbox;
let db = 0;
let keys = 0;

beforeEach(() => {
  feedbackApi = new FakeFeedbackApi();
  delivered = createDelivered();
  outbox = createOutbox({
    kv: idbKeyValue(`waiting-feedback-${++db}`),
    sender: new FakeStoryApi(),
    feedbackSender: delivered.feedback(feedbackApi),
    newKey: () => `key-${++keys}`,
  });
});

const listed = () => [...feedbackApi.stored.values()];
const onScreen = async () => (await outbox.entries(ANA)).filter(isFeedbackEntry);

describe('feedback waiting on the phone, beside the list read from the API', () => {
  it('a delivered feedback shows once when the list is read before the outbox entry leaves the screen', async () => {
    feedbackApi.offline = true;
    await outbox.queueFeedback(ANA, input('Clear handover.'));
    const shownBeforeSending = await onScreen();
    feedbackApi.offline = false;
    // The list is read the moment the API answered the create: the entry is still shown.
    let listedAtAnswer: ReturnType<typeof listed> = [];
    await outbox.sync(ANA, { feedbackStored: () => void (listedAtAnswer = listed()) });
    expect(listedAtAnswer).toHaveLength(1);
    expect(stillWaiting(shownBeforeSending, listedAtAnswer, delivered.idOf)).toEqual([]);
  });

  it('a feedback the API has not answered yet stays a waiting card, even beside a list with others', async () => {
    await outbox.queueFeedback(ANA, input('Sent first.'));
    await outbox.sync(ANA);
    feedbackApi.offline = true;
    await outbox.queueFeedback(ANA, input('Logged in the lift.'));
    await outbox.sync(ANA);
    const waiting = await onScreen();
    expect(stillWaiting(waiting, listed(), delivered.idOf).map((e) => e.input.wentWell)).toEqual(['Logged in the lift.']);
  });

  it('a feedback the API refused stays on screen to be fixed', async () => {
    await outbox.queueFeedback(ANA, { ...input('Summative.'), kind: 'SUMMATIVE' });
    await outbox.sync(ANA);
    const waiting: FeedbackEntry[] = await onScreen();
    expect(waiting[0]?.state).toBe('invalid');
    expect(stillWaiting(waiting, listed(), delivered.idOf)).toHaveLength(1);
  });
});
