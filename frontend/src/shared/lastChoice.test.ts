import { describe, expect, it } from 'vitest';
import { memoryStorage } from './browserStorage';
import { createLastChoice } from './lastChoice';

describe('last choice', () => {
  it('is kept per applicant and per form', () => {
    const storage = memoryStorage();
    const feedback = createLastChoice<{ attendingId: string }>('lastFeedback', storage);
    const stories = createLastChoice<{ rotationId: string }>('lastLinks', storage);
    feedback.remember('ana', { attendingId: 'a1' });
    expect(feedback.load('ana')).toEqual({ attendingId: 'a1' });
    expect(feedback.load('ben')).toEqual({});
    expect(stories.load('ana')).toEqual({});
  });

  it('keeps only well-formed values of an older or damaged copy', () => {
    const storage = memoryStorage();
    storage.setItem('lorkit.lastLinks.ana', JSON.stringify({ rotationId: 'r1', witnessAttendingIds: ['a1', 7], stray: 3 }));
    expect(createLastChoice('lastLinks', storage).load('ana')).toEqual({ rotationId: 'r1' });
    storage.setItem('lorkit.lastLinks.ana', '{not json');
    expect(createLastChoice('lastLinks', storage).load('ana')).toEqual({});
  });
});
