// @vitest-environment happy-dom
// The rotation form: what the phone checks before anything is sent, and what a lost connection
// does to what was typed.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offlineErrors } from '../api/problem';
import type { Rotation } from '../api/types';
import { offlinePhone } from '../testing/phone';
import { RotationFields } from './RotationForm';

beforeEach(() => offlinePhone({ rotations: [], attendings: [] }));
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save rotation' }));

describe('the rotation form', () => {
  it('names the hospital and both days that are missing, each at its input', async () => {
    render(<RotationFields rotation={null} />);
    await save();
    expect(await screen.findByText('Please name the hospital or clinic.')).toBeTruthy();
    expect(screen.getByText('Please give the first day.')).toBeTruthy();
    expect(screen.getByText('Please give the last day.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Hospital or clinic/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a last day before the first day, on the phone', async () => {
    const user = userEvent.setup();
    render(<RotationFields rotation={null} />);
    await user.type(screen.getByRole('textbox', { name: /Hospital or clinic/ }), 'Mercy General');
    await user.type(screen.getByLabelText(/First day/), '2027-07-12');
    await user.type(screen.getByLabelText(/Last day/), '2027-07-01');
    await save();
    expect(await screen.findByText('The last day must be on or after the first day.')).toBeTruthy();
    expect(screen.queryByText(offlineErrors().form[0]!)).toBeNull();
  });

  it('with no connection, says so and keeps what was typed, with Save ready for another try', async () => {
    const user = userEvent.setup();
    render(<RotationFields rotation={null} />);
    await user.type(screen.getByRole('textbox', { name: /Hospital or clinic/ }), '  Mercy General ');
    await user.type(screen.getByLabelText(/First day/), '2027-07-01');
    await user.type(screen.getByLabelText(/Last day/), '2027-07-28');
    await user.click(screen.getByRole('checkbox', { name: 'I can present patients' }));
    await save();
    expect(await screen.findByText(offlineErrors().form[0]!)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Hospital or clinic/ }) as HTMLInputElement).value).toBe('  Mercy General ');
    expect((screen.getByRole('checkbox', { name: 'I can present patients' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('button', { name: 'Save rotation' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('opens a stored rotation with its own checklist ticked, and nothing else', () => {
    const stored = {
      id: 'rot-1',
      institution: 'St. Luke',
      kind: 'SUB_INTERNSHIP',
      startsOn: '2027-07-01',
      endsOn: '2027-07-28',
      canPresentPatients: true,
      worksWithResidents: true,
      version: 2,
    } as Rotation;
    render(<RotationFields rotation={stored} />);
    const ticked = screen.getAllByRole('checkbox', { checked: true }).map((box) => box.closest('label')?.textContent);
    expect(ticked).toEqual(['I can present patients', 'I work with residents or fellows']);
    expect((screen.getByRole('textbox', { name: /Hospital or clinic/ }) as HTMLInputElement).value).toBe('St. Luke');
  });
});
