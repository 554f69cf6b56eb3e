import { describe, expect, it } from 'vitest';
import { sortAnswer } from './storySender';

const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) => ({
  ...(status < 400 ? { data: body } : { error: body }),
  response: new Response(null, { status, headers }),
});

const story = { id: 's1', title: 'T', version: 4 };

describe('sortAnswer', () => {
  it('takes the ETag from the answer, or the version when a proxy dropped the header', () => {
    expect(sortAnswer(answer(201, story, { ETag: '"4"' }), false)).toMatchObject({ kind: 'stored', etag: '"4"' });
    expect(sortAnswer(answer(200, story), false)).toMatchObject({ kind: 'stored', etag: '"4"' });
    expect(sortAnswer(answer(204), false)).toEqual({ kind: 'deleted' });
  });

  it('keeps a refused content (4xx) apart from what is worth retrying (5xx, 429, 408)', () => {
    const validation = {
      status: 400,
      title: 'Invalid input',
      errors: [{ field: 'title', message: 'must not be longer than 200 characters' }],
    };
    expect(sortAnswer(answer(400, validation), false)).toEqual({
      kind: 'refused',
      errors: { fields: { title: 'Must not be longer than 200 characters.' }, form: [] },
    });
    expect(sortAnswer(answer(413, { status: 413 }), false)).toMatchObject({ kind: 'refused' });
    expect(sortAnswer(answer(503, { status: 503 }), false)).toMatchObject({
      kind: 'busy',
      message: expect.stringMatching(/our side/),
    });
    expect(sortAnswer(answer(429, { status: 429 }, { 'Retry-After': '30' }), false)).toMatchObject({
      kind: 'busy',
      retryAfterMs: 30_000,
    });
  });

  it('412 is stale, 404 not found; 401 ends the session only when the login was refused', () => {
    expect(sortAnswer(answer(412, {}), false)).toEqual({ kind: 'stale' });
    expect(sortAnswer(answer(404, {}), false)).toEqual({ kind: 'notFound' });
    expect(sortAnswer(answer(401, {}), true)).toEqual({ kind: 'signedOut' });
    // The refresh itself got no answer: that is being offline, not logged out.
    expect(sortAnswer(answer(401, {}), false)).toEqual({ kind: 'noAnswer' });
  });

  it('a 404 naming a field refuses the content (the attending was deleted), with the message next to that input', () => {
    const gone = {
      status: 404,
      title: 'Not found',
      errors: [{ field: 'attendingId', message: 'no attending with this id exists in your account' }],
    };
    expect(sortAnswer(answer(404, gone), false, ['attendingId'])).toEqual({
      kind: 'refused',
      errors: { fields: { attendingId: 'No attending with this id exists in your account.' }, form: [] },
    });
  });
});
