// Today on bad hospital Wi-Fi (shared/query with a kept copy): the last answer is kept on the phone (IndexedDB,
// here through fake-indexeddb) and shown when the API can't be reached.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { offlineErrors } from '../api/problem';
import type { Result } from '../api/result';
import type { Portfolio, Today } from '../api/types';
import { runQuery, type CopyPlace, type Loading } from '../shared/query';
import { idbKeyValue } from './keyValue';
import { createLastLoaded } from './lastLoaded';

const ANA = 'user-ana';
const BEN = 'user-ben';
const MORNING = '2027-07-01T07:00:00.000Z';
const NOON = '2027-07-01T12:00:00.000Z';

const today = (title: string): Today => ({
  today: '2027-07-01',
  actions: [{ id: 'habit:GOOD_QUESTION', kind: 'HABIT', title, reason: 'Daily.' }],
  nextDeadlines: [],
});
const answer = (value: Today): Result<Today> => ({ ok: true, value });
const noAnswer: Result<Today> = { ok: false, errors: offlineErrors(), offline: true };
const errorAnswer: Result<Today> = {
  ok: false,
  errors: { fields: {}, form: ['LORkit had a problem. Try again in a minute.'] },
  status: 503,
};

let db = 0;
function phone() {
  const lastLoaded = createLastLoaded(idbKeyValue(`kept-test-${++db}`));
  const placeOf = (userId: string): CopyPlace<Today> => ({
    read: () => lastLoaded.today(userId),
    keep: (copy) => lastLoaded.saveToday(userId, copy),
  });
  return { lastLoaded, placeOf };
}

async function shownBy(place: CopyPlace<Today>, result: Result<Today> | Promise<Result<Today>>, now = NOON) {
  const states: Loading<Today>[] = [];
  await runQuery(
    () => Promise.resolve(result),
    (state) => states.push(state),
    { keptIn: place, now: () => now },
  );
  return states;
}

describe("Today's answer kept on the phone", () => {
  it('shows the fresh answer and keeps it, with when it was loaded', async () => {
    const { lastLoaded, placeOf } = phone();
    const states = await shownBy(placeOf(ANA), answer(today('Ask one good question')), MORNING);
    expect(states.at(-1)).toEqual({
      status: 'loaded',
      value: today('Ask one good question'),
      loadedAt: MORNING,
      fromCopy: false,
      checking: false,
    });
    expect(await lastLoaded.today(ANA)).toEqual({ value: today('Ask one good question'), loadedAt: MORNING });
  });

  it('opens on the last answer, marked as a copy, when the API cannot be reached', async () => {
    const { placeOf } = phone();
    await shownBy(placeOf(ANA), answer(today('Ask one good question')), MORNING);
    const states = await shownBy(placeOf(ANA), noAnswer);
    expect(states.at(-1)).toEqual({
      status: 'loaded',
      value: today('Ask one good question'),
      loadedAt: MORNING,
      fromCopy: true,
      checking: false,
    });
  });

  it('shows the copy at once while the API is still being asked, then the answer', async () => {
    const { placeOf } = phone();
    await shownBy(placeOf(ANA), answer(today('Old')), MORNING);
    let reply!: (result: Result<Today>) => void;
    const states: Loading<Today>[] = [];
    const done = runQuery<Today>(
      () => new Promise((resolve) => (reply = resolve)),
      (state) => states.push(state),
      { keptIn: placeOf(ANA), now: () => NOON },
    );
    await expect.poll(() => states.length).toBe(1);
    expect(states[0]).toMatchObject({ status: 'loaded', value: today('Old'), fromCopy: true, checking: true });
    reply(answer(today('New')));
    await done;
    expect(states.at(-1)).toMatchObject({ status: 'loaded', value: today('New'), loadedAt: NOON, fromCopy: false });
  });

  it('does not flash the older copy over what is shown when loading again', async () => {
    const { placeOf } = phone();
    await shownBy(placeOf(ANA), answer(today('Old')), MORNING);
    const states: Loading<Today>[] = [];
    await runQuery(
      () => Promise.resolve(answer(today('New'))),
      (state) => states.push(state),
      { keptIn: placeOf(ANA), copyFirst: false },
    );
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ value: today('New') });
  });

  it('never shows a copy read after the fresh answer came', async () => {
    const { placeOf } = phone();
    await shownBy(placeOf(ANA), answer(today('Old')), MORNING);
    const place = placeOf(ANA);
    let readDone!: () => void;
    const slowPlace: CopyPlace<Today> = {
      read: () => new Promise((resolve) => (readDone = () => void place.read().then(resolve))),
      keep: place.keep,
    };
    const states: Loading<Today>[] = [];
    const done = runQuery(
      () => Promise.resolve(answer(today('New'))),
      (state) => states.push(state),
      { keptIn: slowPlace },
    );
    await expect.poll(() => states.length).toBe(1);
    readDone();
    await done;
    expect(states.map((s) => s.status === 'loaded' && s.value.actions?.[0]?.title)).toEqual(['New']);
  });

  it('says it cannot reach LORkit when there is no answer and no copy yet', async () => {
    const { placeOf } = phone();
    const states = await shownBy(placeOf(ANA), noAnswer);
    expect(states).toEqual([{ status: 'failed', message: offlineErrors().form[0], offline: true }]);
  });

  it("says the API's error instead of hiding it behind the copy", async () => {
    const { placeOf } = phone();
    await shownBy(placeOf(ANA), answer(today('Old')), MORNING);
    const states = await shownBy(placeOf(ANA), errorAnswer);
    expect(states.at(-1)).toEqual({ status: 'failed', message: 'LORkit had a problem. Try again in a minute.' });
  });

  it("keeps each applicant's Today apart, and forgets it on log out", async () => {
    const { lastLoaded, placeOf } = phone();
    await shownBy(placeOf(ANA), answer(today("Ana's step")), MORNING);
    expect(await shownBy(placeOf(BEN), noAnswer)).toEqual([
      { status: 'failed', message: offlineErrors().form[0], offline: true },
    ]);
    await lastLoaded.forget(ANA);
    expect(await lastLoaded.today(ANA)).toBeUndefined();
    expect(await shownBy(placeOf(ANA), noAnswer)).toEqual([
      { status: 'failed', message: offlineErrors().form[0], offline: true },
    ]);
  });

  it("keeps the portfolio's last answer apart from Today's, and forgets it on log out too", async () => {
    const { lastLoaded } = phone();
    const portfolio: Portfolio = {
      today: '2027-07-01',
      secured: 1,
      received: 0,
      byStatus: { AGREED: 1 },
      byCommitment: { NONE: 1 },
      checks: [],
    };
    await lastLoaded.saveToday(ANA, { value: today('Old'), loadedAt: MORNING });
    await lastLoaded.savePortfolio(ANA, { value: portfolio, loadedAt: NOON });
    expect(await lastLoaded.portfolio(ANA)).toEqual({ value: portfolio, loadedAt: NOON });
    expect(await lastLoaded.today(ANA)).toMatchObject({ loadedAt: MORNING });
    expect(await lastLoaded.portfolio(BEN)).toBeUndefined();
    await lastLoaded.forget(ANA);
    expect(await lastLoaded.portfolio(ANA)).toBeUndefined();
  });
});
