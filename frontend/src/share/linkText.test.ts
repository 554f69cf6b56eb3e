// A shared link in the applicant's words: whether it works and until when, how often it was opened,
// and what an adviser sees through it (no story or feedback text unless ticked in).
import { describe, expect, it } from 'vitest';
import { expiryLine, isoDayAfter, linkTitle, showsLine, viewsLine } from './linkText';

describe('a shared link in plain words', () => {
  it('names who it is for', () => {
    expect(linkTitle({ kind: 'WRITER', writerName: 'Sarah Mitchell', label: null })).toBe("Writer's page for Sarah Mitchell");
    expect(linkTitle({ kind: 'ADVISER', writerName: null, label: 'Dr Rao, school adviser' })).toBe(
      'Adviser view for Dr Rao, school adviser',
    );
  });

  it('says until when it works, and why and when it stopped', () => {
    expect(expiryLine({ kind: 'WRITER', state: 'ACTIVE', expiresOn: null, revokedAt: null })).toBe(
      'Until the letter is received.',
    );
    expect(expiryLine({ kind: 'ADVISER', state: 'ACTIVE', expiresOn: '2027-01-01', revokedAt: null })).toBe(
      'Until Friday, January 1, 2027.',
    );
    expect(expiryLine({ kind: 'ADVISER', state: 'REVOKED', expiresOn: '2027-01-01', revokedAt: '2026-12-02T18:00:00Z' })).toBe(
      'You ended it on Dec 2.',
    );
    expect(expiryLine({ kind: 'ADVISER', state: 'EXPIRED', expiresOn: '2026-11-30', revokedAt: null })).toBe(
      'It expired on Nov 30.',
    );
    expect(expiryLine({ kind: 'WRITER', state: 'ENDED', expiresOn: null, revokedAt: null })).toContain('a newer link');
  });

  it('counts the opens', () => {
    expect(viewsLine({ viewCount: 0, lastViewedAt: null })).toBe('Not opened yet.');
    expect(viewsLine({ viewCount: 1, lastViewedAt: '2026-12-02T08:15:00Z' })).toBe('Opened once, last on Dec 2.');
    expect(viewsLine({ viewCount: 7, lastViewedAt: '2026-12-03T08:15:00Z' })).toBe('Opened 7 times, last on Dec 3.');
  });

  it('says an adviser sees no story or feedback texts unless they were ticked in', () => {
    expect(showsLine({ kind: 'ADVISER', showStories: false, showFeedback: false })).toBe(
      'Shows your letters, portfolio check, plan and dates, no story or feedback texts.',
    );
    expect(showsLine({ kind: 'ADVISER', showStories: true, showFeedback: false })).toBe(
      'Shows your letters, portfolio check, plan and dates, and your story texts.',
    );
    expect(showsLine({ kind: 'ADVISER', showStories: true, showFeedback: true })).toContain(
      'your story texts and feedback texts',
    );
  });

  it("gives the adviser link's default day 30 days on, across a month and a year", () => {
    expect(isoDayAfter(30, new Date(2026, 11, 2, 23, 30))).toBe('2027-01-01');
    expect(isoDayAfter(180, new Date(2026, 11, 2))).toBe('2027-05-31');
  });
});
