// @vitest-environment happy-dom
// Logging feedback in the corridor, offline: the attending from the phone's list, what they said.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetOutboxOf, outboxEntries } from '../outbox/appOutbox';
import { isFeedbackEntry } from '../outbox/types';
import { ANA, attending, offlinePhone, rotation } from '../testing/phone';
import { NewFeedback } from './NewFeedback';

const MERCY = rotation('rot-mercy', 'Mercy General', -20, -5);
const STLUKE = rotation('rot-luke', 'St. Luke', -3, 10);
const OKAFOR = attending('att-okafor', 'Dr. Okafor', ['rot-luke']);

const queued = () => outboxEntries.get().filter(isFeedbackEntry);

beforeEach(async () => {
  await offlinePhone({ rotations: [MERCY, STLUKE], attendings: [OKAFOR] });
});
afterEach(async () => {
  cleanup();
  localStorage.clear();
  await forgetOutboxOf(ANA.id!);
});

describe('logging feedback on the phone', () => {
  it('needs the attending who gave it, and says so at the picker', async () => {
    const user = userEvent.setup();
    render(<NewFeedback />);
    await screen.findByRole('combobox', { name: /Who gave it/ });
    await user.type(screen.getByRole('textbox', { name: /What went well/ }), 'Good presentations.');
    await user.click(screen.getByRole('button', { name: 'Save feedback' }));
    expect(await screen.findByText('Choose who gave you this feedback.')).toBeTruthy();
    expect(queued()).toHaveLength(0);
  });

  it('lists the rotations the chosen attending worked on first', async () => {
    const user = userEvent.setup();
    render(<NewFeedback />);
    await user.selectOptions(await screen.findByRole('combobox', { name: /Who gave it/ }), 'att-okafor');
    const rotations = screen.getByRole('combobox', { name: /Rotation/ }) as HTMLSelectElement;
    expect([...rotations.options].slice(1).map((o) => o.value)).toEqual(['rot-luke', 'rot-mercy']);
  });

  it('asks how they sounded only for end-of-rotation feedback, and will not save without it', async () => {
    const user = userEvent.setup();
    render(<NewFeedback />);
    await user.selectOptions(await screen.findByRole('combobox', { name: /Who gave it/ }), 'att-okafor');
    expect(screen.queryByRole('group', { name: /How did they sound/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /End of rotation/ }));
    expect(screen.getByRole('group', { name: /How did they sound/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save feedback' }));
    expect(await screen.findByText(/Choose how they sounded/)).toBeTruthy();
    expect(queued()).toHaveLength(0);
  });

  it('queues what was said, trimmed, with the attending, rotation and verdict chosen', async () => {
    const user = userEvent.setup();
    render(<NewFeedback />);
    await user.selectOptions(await screen.findByRole('combobox', { name: /Who gave it/ }), 'att-okafor');
    await user.selectOptions(screen.getByRole('combobox', { name: /Rotation/ }), 'rot-luke');
    await user.click(screen.getByRole('radio', { name: /End of rotation/ }));
    await user.click(screen.getByRole('radio', { name: /Enthusiastic, with concrete examples/ }));
    await user.type(screen.getByRole('textbox', { name: /What went well/ }), '  "best sub-I this yr"  ');
    await user.click(screen.getByRole('button', { name: 'Save feedback' }));
    await waitFor(() => expect(queued()).toHaveLength(1));
    expect(queued()[0]!.input).toEqual({
      attendingId: 'att-okafor',
      rotationId: 'rot-luke',
      kind: 'SUMMATIVE',
      enthusiasm: 'ENTHUSIASTIC_WITH_SPECIFICS',
      receivedOn: null,
      wentWell: '"best sub-I this yr"',
      toImprove: null,
      myPlan: null,
      whatIChanged: null,
      checkedBackOn: null,
    });
  });
});
