// The writer's word as the applicant reads it: on the board with what to do next, in the letter's
// history beside her own steps in date order, and the page's thanks once the writer answered.
import { describe, expect, it } from 'vitest';
import type { Letter, LetterStatus, WriterWord } from '../api/types';
import { boardLine, historyLines, historyWord, recordedSentence, saidLine } from './writerWords';

type LetterService = NonNullable<Letter['services']>[number];

const uploaded = { answer: 'UPLOADED' as const, note: null, saidAt: '2026-12-02T15:40:00Z' };
const mitchell = (status: LetterStatus, writerWord: WriterWord | null, services: LetterService[] = ['ERAS']) => ({
  attendingName: 'Dr Mitchell',
  status,
  writerWord,
  services,
});

describe("the writer's word", () => {
  it("on the board: an upload is their word, so the applicant checks the letter's own service and marks it received", () => {
    expect(boardLine(mitchell('REQUESTED_IN_ERAS', uploaded))).toBe(
      'Dr Mitchell says it is uploaded (Dec 2). Check ERAS, then mark it received.',
    );
    // An OB/GYN or EM letter arrives in ResidencyCAS; a General letter of an applicant in both, in both.
    expect(boardLine(mitchell('AGREED', uploaded, ['RESIDENCYCAS']))).toBe(
      'Dr Mitchell says it is uploaded (Dec 2). Check ResidencyCAS, then mark it received.',
    );
    expect(boardLine(mitchell('PACKET_SENT', uploaded, ['ERAS', 'RESIDENCYCAS']))).toBe(
      'Dr Mitchell says it is uploaded (Dec 2). Check ERAS and ResidencyCAS, then mark it received.',
    );
    // Once she marked it received, nothing is left to do.
    expect(boardLine(mitchell('RECEIVED', uploaded))).toBe('Dr Mitchell says it is uploaded (Dec 2).');
  });

  it("says a no with the way forward, a yes plainly, the writer's own note in quotes, and nothing when they said nothing", () => {
    expect(
      boardLine({
        attendingName: 'Dr James Okafor',
        status: 'ASKED',
        writerWord: { answer: 'CANNOT_WRITE', note: ' away until jan ', saidAt: '2026-11-28T09:00:00Z' },
        services: ['RESIDENCYCAS'],
      }),
    ).toBe(
      "Dr James Okafor says they can't write it this time (Nov 28). Thank them, and think about asking another writer. “away until jan”",
    );
    expect(boardLine(mitchell('AGREED', { answer: 'WILL_WRITE', note: '', saidAt: '2026-11-30T23:30:00Z' }))).toBe(
      'Dr Mitchell says they will write it (Nov 30).',
    );
    expect(boardLine(mitchell('AGREED', null))).toBeNull();
    expect(saidLine('Dr Mitchell', 'AGREED', uploaded)).toBe(
      'Dr Mitchell says it is uploaded (Dec 2). Not confirmed as received yet.',
    );
    expect(saidLine('Dr Mitchell', 'RECEIVED', uploaded)).toBe('Dr Mitchell says it is uploaded (Dec 2).');
  });

  it('in the history: her steps and their words in date order, a step first when both fall on the same moment', () => {
    const lines = historyLines({
      history: [
        { from: 'CANDIDATE', to: 'ASKED', at: '2026-11-25T14:00:00Z', correction: false },
        { from: 'AGREED', to: 'REQUESTED_IN_ERAS', at: '2026-12-01T10:00:00Z', correction: false },
        { from: 'ASKED', to: 'AGREED', at: '2026-11-27T10:00:00Z', correction: false },
      ],
      writerWords: [uploaded, { answer: 'WILL_WRITE', note: null, saidAt: '2026-11-27T10:00:00Z' }],
    });
    expect(lines.map((line) => (line.kind === 'move' ? `move ${line.entry.to}` : `word ${line.word.answer}`))).toEqual([
      'move ASKED',
      'move AGREED',
      'word WILL_WRITE',
      'move REQUESTED_IN_ERAS',
      'word UPLOADED',
    ]);
    expect(historyWord('Dr Mitchell', { ...uploaded, note: 'done from the portal' })).toBe(
      "Dr Mitchell said on the writer's page: “I have uploaded it”, and wrote “done from the portal”",
    );
  });

  it('thanks the writer and says the applicant marks it received, with no guess at her or his gender', () => {
    expect(recordedSentence('UPLOADED', 'Amara Nwosu')).toBe(
      'Recorded: you have uploaded it. Thank you! Amara Nwosu will check that it arrived and mark it received: there is nothing more for you to do.',
    );
    expect(recordedSentence('CANNOT_WRITE', 'Amara Nwosu')).toContain('can now ask someone else');
  });
});
