// @vitest-environment happy-dom
// After "Mark as sent" the card says where the letter stands in the letter's own service: an OB/GYN
// letter's formal request was made in ResidencyCAS, a General letter of an IM + EM applicant in both.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../api/types';
import { MessageCard } from './MessageCard';

vi.mock('./messagesApi', () => ({
  markSent: vi.fn(async () => ({
    ok: true,
    value: {
      kind: 'FORMAL_REQUEST',
      letterId: 'letter-adeyemi',
      letterStatus: 'REQUESTED_IN_ERAS',
      effect: 'The letter is now at requested in ResidencyCAS.',
      replayed: false,
    },
  })),
}));

const formalRequest = {
  kind: 'FORMAL_REQUEST',
  inPerson: false,
  to: 'f.adeyemi@stmarys.example.org',
  subject: 'ResidencyCAS letter request - Priya Raman, Obstetrics & Gynecology',
  body: 'Dear Dr. Adeyemi,\n\nI have now added you as an evaluator in ResidencyCAS …',
  tip: 'Send it once the ResidencyCAS entry exists.',
  mailto: 'mailto:f.adeyemi@stmarys.example.org',
} as Message;

afterEach(cleanup);

/** Marks the formal request sent on a letter going through these services; the card's words after it. */
async function letterNowAfterMarking(services: string[]): Promise<string> {
  const user = userEvent.setup();
  render(
    <MessageCard message={formalRequest} writer={{ letterId: 'letter-adeyemi' }} open services={services} onSent={() => {}} />,
  );
  await user.click(screen.getByRole('button', { name: 'Mark as sent' }));
  return (await screen.findByText(/Letter now:/)).textContent ?? '';
}

describe('the letter after marking the formal request sent', () => {
  it('names ResidencyCAS for an OB/GYN letter, never ERAS', async () => {
    const said = await letterNowAfterMarking(['RESIDENCYCAS']);
    expect(said).toContain('Letter now: Requested in ResidencyCAS.');
    expect(said).not.toContain('in ERAS');
  });

  it('names both services for a General letter of an Internal Medicine and Emergency Medicine applicant', async () => {
    expect(await letterNowAfterMarking(['ERAS', 'RESIDENCYCAS'])).toContain('Letter now: Requested in ERAS and ResidencyCAS.');
  });
});
