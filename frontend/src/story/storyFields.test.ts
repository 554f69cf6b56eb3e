import { describe, expect, it } from 'vitest';
import type { Story } from '../api/types';
import { differences } from './differences';
import { inputOf, rebase, sameContent, storedForm, titleOf } from './storyFields';

describe('story fields', () => {
  it("follows the API's quick-capture title rule", () => {
    expect(titleOf(null, 'Caught a missed hypokalemia. The senior thanked me.')).toBe('Caught a missed hypokalemia');
    expect(titleOf('  Own title ', 'Whatever.')).toBe('Own title');
    expect(titleOf('', 'One line without a stop')).toBe('One line without a stop');
    expect(titleOf(undefined, `${'word '.repeat(60)}end.`).endsWith('…')).toBe(true);
  });

  it('stores blanks as null and applies the defaults', () => {
    expect(storedForm({ summary: 'Ran the code.', whatIDid: '   ' })).toEqual({
      title: 'Ran the code',
      summary: 'Ran the code.',
      whatIDid: null,
      whatItShows: null,
      occurredOn: null,
      kind: 'CASE',
      includeInPacket: true,
    });
  });

  it('tells our own change (lost answer) from someone else’s', () => {
    const story = { ...storedForm({ summary: 'Ran the code.' }), id: 's1', version: 2 } as unknown as Story;
    expect(sameContent(story, { summary: 'Ran the code.', kind: 'CASE' })).toBe(true);
    expect(sameContent(story, { summary: 'Ran the code twice.' })).toBe(false);
  });

  it('lists what differs in a clash, and who changed it', () => {
    const base = storedForm({ summary: 'Base.', whatIDid: null });
    const mine = storedForm({ summary: 'Base.', whatIDid: 'Mine.' });
    const theirs = storedForm({ summary: 'Theirs.', whatIDid: null });
    expect(differences(mine, theirs, base).map((d) => [d.key, d.changedBy])).toEqual([
      ['title', 'them'],
      ['summary', 'them'],
      ['whatIDid', 'me'],
    ]);
  });

  it('sends back every writable field on an edit, so a PUT wipes nothing the form does not show', () => {
    const story = {
      ...storedForm({ summary: 'Ran the code.' }),
      id: 's1',
      version: 3,
      createdAt: 'x',
      updatedAt: 'y',
      phiWarnings: [],
      phiReviewed: true,
      rotationId: 'r1',
      witnessAttendingIds: ['a1'],
      competencies: ['TEACHING'],
      formFields: ['ESLOE_2.PART_A'],
    } as Story;
    const input = inputOf(story);
    expect(input).toMatchObject({
      rotationId: 'r1',
      witnessAttendingIds: ['a1'],
      competencies: ['TEACHING'],
      formFields: ['ESLOE_2.PART_A'],
      summary: 'Ran the code.',
    });
    // Never re-sent: the API's own fields, and a PHI review that was for other words.
    for (const key of ['id', 'version', 'createdAt', 'updatedAt', 'phiWarnings', 'phiReviewed'])
      expect(input).not.toHaveProperty(key);
    // Rebased on their version: my form's fields, their others; a field I cleared stays cleared.
    const theirs = { ...story, competencies: ['RESEARCH'], summary: 'Theirs.' } as Story;
    const mine = rebase({ ...input, summary: 'Mine.', whatIDid: undefined }, theirs);
    expect(mine).toMatchObject({ summary: 'Mine.', competencies: ['RESEARCH'], rotationId: 'r1' });
    expect(JSON.parse(JSON.stringify(mine))).not.toHaveProperty('whatIDid');
  });
});
