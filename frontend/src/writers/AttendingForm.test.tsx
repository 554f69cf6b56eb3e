// @vitest-environment happy-dom
// The attending form: the name it needs, the rotations it links (the days together decide the
// letter-writer rules), the greeting emails will use, and what a lost connection does.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offlineErrors } from '../api/problem';
import { offlinePhone, rotation } from '../testing/phone';
import { AttendingFields, AttendingForm } from './AttendingForm';

const MERCY = { ...rotation('rot-mercy', 'Mercy General', 0, 0), startsOn: '2027-07-01', endsOn: '2027-07-28' };

beforeEach(() => offlinePhone({ rotations: [MERCY], attendings: [] }));
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the attending form', () => {
  it("needs the attending's name, and says so at the input", async () => {
    render(<AttendingFields attending={null} rotations={[MERCY]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save attending' }));
    expect(await screen.findByText("Please enter the attending's name.")).toBeTruthy();
    expect(screen.queryByText(offlineErrors().form[0]!)).toBeNull();
  });

  it('ticking a rotation links all of it: its first and last day are filled in, to narrow after', async () => {
    render(<AttendingFields attending={null} rotations={[MERCY]} />);
    expect(screen.queryByLabelText('From')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: /Mercy General/ }));
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2027-07-01');
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2027-07-28');
  });

  it('says how emails will greet them, from what is typed', async () => {
    render(<AttendingFields attending={null} rotations={[]} />);
    expect(screen.getByText(/Emails and scripts open with “Dear Dr. Surname,”/)).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: /How to greet them/ }), 'Prof. Okafor');
    expect(screen.getByText(/Emails and scripts open with “Dear Prof. Okafor,”/)).toBeTruthy();
  });

  it('with no connection, says so and keeps the name typed, with Save ready for another try', async () => {
    const user = userEvent.setup();
    render(<AttendingFields attending={null} rotations={[MERCY]} />);
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Adaeze Okafor');
    await user.click(screen.getByRole('button', { name: 'Save attending' }));
    expect(await screen.findByText(offlineErrors().form[0]!)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /^Name/ }) as HTMLInputElement).value).toBe('Adaeze Okafor');
    expect((screen.getByRole('button', { name: 'Save attending' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('opened with no connection (its lists are not kept on the phone), says so and offers Try again', async () => {
    render(<AttendingForm />);
    expect(await screen.findByText(offlineErrors().form[0]!)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save attending' })).toBeNull();
  });
});
