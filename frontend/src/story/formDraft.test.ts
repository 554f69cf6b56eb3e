import { describe, expect, it } from 'vitest';
import { memoryStorage, removeEverythingOf } from '../shared/browserStorage';
import { createDraftStore as createStore } from '../shared/draftStore';
import { createLastChoice } from '../shared/lastChoice';
import { EMPTY_DRAFT, draftProblems } from './draft';
import { createDraftStore } from './formDraft';

describe('form drafts', () => {
  it('keeps what was typed per applicant and per story until cleared', () => {
    const drafts = createDraftStore(memoryStorage());
    drafts.save('ana', 'new', { ...EMPTY_DRAFT, summary: 'Half a thought' });
    expect(drafts.load('ana', 'new')?.summary).toBe('Half a thought');
    expect(drafts.load('ben', 'new')).toBeNull();
    expect(drafts.load('ana', 's1')).toBeNull();
    drafts.clear('ana', 'new');
    expect(drafts.load('ana', 'new')).toBeNull();
  });

  it('forgets everything of one applicant kept on the phone, and only theirs (a deleted account)', () => {
    const storage = memoryStorage();
    const drafts = createDraftStore(storage);
    const feedbackDrafts = createStore('lorkit.feedbackDraft.', { note: '' }, storage);
    const lastFeedback = createLastChoice<{ attendingId: string }>('lastFeedback', storage);
    drafts.save('ana', 'new', { ...EMPTY_DRAFT, summary: 'New one' });
    drafts.save('ana', 's1', { ...EMPTY_DRAFT, summary: 'An edit' });
    feedbackDrafts.save('ana', 'new', { note: 'Feedback half typed' });
    lastFeedback.remember('ana', { attendingId: 'a1' });
    drafts.save('anabel', 'new', { ...EMPTY_DRAFT, summary: 'Someone else' });
    lastFeedback.remember('anabel', { attendingId: 'a2' });
    storage.setItem('lorkit.refreshToken', 'kept');
    removeEverythingOf(storage, 'ana');
    expect(drafts.load('ana', 'new')).toBeNull();
    expect(drafts.load('ana', 's1')).toBeNull();
    expect(feedbackDrafts.load('ana', 'new')).toBeNull();
    expect(lastFeedback.load('ana')).toEqual({});
    expect(drafts.load('anabel', 'new')?.summary).toBe('Someone else');
    expect(lastFeedback.load('anabel')).toEqual({ attendingId: 'a2' });
    expect(storage.getItem('lorkit.refreshToken')).toBe('kept');
  });

  it('survives an unreadable entry', () => {
    const storage = memoryStorage();
    storage.setItem('lorkit.draft.ana.new', '{not json');
    expect(createDraftStore(storage).load('ana', 'new')).toBeNull();
  });
});

describe('draftProblems', () => {
  it("checks the contract's limits before the story is queued, since offline the API can't", () => {
    expect(draftProblems({ ...EMPTY_DRAFT, summary: 'Fine.' })).toBeNull();
    expect(draftProblems({ ...EMPTY_DRAFT, summary: 'Fine.', title: 'x'.repeat(201) })).toEqual({
      title: 'Please keep this under 200 characters (now 201).',
    });
    expect(draftProblems(EMPTY_DRAFT)).toHaveProperty('summary');
  });
});
