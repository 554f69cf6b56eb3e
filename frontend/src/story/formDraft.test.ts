import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../shared/browserStorage';
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

  it("forgets every draft of one applicant, and only theirs (a deleted account)", () => {
    const storage = memoryStorage();
    const drafts = createDraftStore(storage);
    drafts.save('ana', 'new', { ...EMPTY_DRAFT, summary: 'New one' });
    drafts.save('ana', 's1', { ...EMPTY_DRAFT, summary: 'An edit' });
    drafts.save('anabel', 'new', { ...EMPTY_DRAFT, summary: 'Someone else' });
    storage.setItem('lorkit.refreshToken', 'kept');
    drafts.clearAll('ana');
    expect(drafts.load('ana', 'new')).toBeNull();
    expect(drafts.load('ana', 's1')).toBeNull();
    expect(drafts.load('anabel', 'new')?.summary).toBe('Someone else');
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
