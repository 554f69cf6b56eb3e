// @vitest-environment happy-dom
// The next-step form offers what the API allows (the new end states included, in words) and, for
// a letter imported from a prior season, asks for the date the letter carries before anything is sent.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Letter } from '../api/types';
import { offlinePhone } from '../testing/phone';
import { LetterMoveForm } from './LetterMoveForm';

function letter(allowedNext: Letter['allowedNext'], status: Letter['status'] = 'CANDIDATE'): Letter {
  return {
    id: 'letter-okafor',
    attendingId: 'okafor',
    attendingName: 'Dr James Okafor',
    status,
    allowedNext,
    canCorrectLast: false,
    history: [],
    remindersSent: [],
    thankYouNotes: [],
    programIds: [],
    version: 0,
  } as Letter;
}

beforeEach(() => offlinePhone({ rotations: [], attendings: [] }));
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the next step of a letter', () => {
  it('names the new end states the API allows, and nothing it does not', () => {
    render(<LetterMoveForm letter={letter(['AGREED', 'DECLINED', 'BOUNCED', 'WITHDRAWN'], 'ASKED')} onMoved={() => {}} />);
    expect(screen.getByRole('radio', { name: 'The request email bounced' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'I withdrew the request' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: 'I imported it from a prior season' })).toBeNull();
  });

  it('asks for the date on an imported letter before recording the import', async () => {
    const user = userEvent.setup();
    render(<LetterMoveForm letter={letter(['SIGNALED', 'ASKED', 'IMPORTED'])} onMoved={() => {}} />);
    expect(screen.queryByLabelText(/The date on the letter/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'I imported it from a prior season' }));
    expect(screen.getByLabelText(/The date on the letter/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record this step' }));
    expect(await screen.findByText('Give the date the letter carries (its watermark).')).toBeTruthy();
  });
});
