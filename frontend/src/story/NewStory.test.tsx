// @vitest-environment happy-dom
// The log form as an applicant uses it on the ward: offline, thumbs, half a sentence.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetOutboxOf, outboxEntries } from '../outbox/appOutbox';
import { isStoryEntry } from '../outbox/types';
import { ANA, attending, offlinePhone, rotation } from '../testing/phone';
import { NewStory } from './NewStory';

const RUNNING = rotation('rot-now', 'Mercy General', -3, 10);
const PAST = rotation('rot-past', 'St. Luke', -60, -30);
const OKAFOR = attending('att-okafor', 'Dr. Okafor', ['rot-now']);
const LINDQVIST = attending('att-lindqvist', 'Dr. Lindqvist', ['rot-past']);

const queuedStories = () => outboxEntries.get().filter(isStoryEntry);

beforeEach(async () => {
  await offlinePhone({ rotations: [PAST, RUNNING], attendings: [LINDQVIST, OKAFOR] });
});
afterEach(async () => {
  cleanup();
  localStorage.clear();
  await forgetOutboxOf(ANA.id!);
});

describe('logging a story on the phone', () => {
  it('offers the rotations and writers kept on the phone when there is no connection', async () => {
    render(<NewStory />);
    const picker = await screen.findByRole('combobox', { name: /Rotation/ });
    expect([...(picker as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Not on a rotation I logged',
      'St. Luke — Internal Medicine',
      'Mercy General — Internal Medicine',
    ]);
    expect(screen.getByText(/these lists are the ones last loaded on this phone/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Dr. Okafor' })).toBeTruthy();
  });

  it('chooses the rotation running today, in sight, and lists its attendings first', async () => {
    render(<NewStory />);
    const picker = (await screen.findByRole('combobox', { name: /Rotation/ })) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe('rot-now'));
    const witnesses = screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent?.trim());
    expect(witnesses.slice(0, 2)).toEqual(['Dr. Okafor', 'Dr. Lindqvist']);
  });

  it('ticks no witness for the applicant: who saw it is chosen every time', async () => {
    render(<NewStory />);
    const whoSawIt = await screen.findByRole('group', { name: /Who saw it/ });
    expect(within(whoSawIt).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(whoSawIt).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });

  it('refuses an empty story with a sentence at the text box, and queues nothing', async () => {
    const user = userEvent.setup();
    render(<NewStory />);
    await user.type(await screen.findByRole('textbox', { name: /What happened/ }), '   ');
    await user.click(screen.getByRole('button', { name: 'Save story' }));
    expect(await screen.findByText('Write a sentence about what happened, or give it a title.')).toBeTruthy();
    expect(queuedStories()).toHaveLength(0);
    // Nothing was kept: Save stays there for the next try.
    expect((screen.getByRole('button', { name: 'Save story' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('sends messy phone text trimmed, with the rotation and the writer ticked, and nothing else guessed', async () => {
    const user = userEvent.setup();
    render(<NewStory />);
    await screen.findByRole('combobox', { name: /Rotation/ });
    await user.type(
      screen.getByRole('textbox', { name: /What happened/ }),
      '  presented the 3am admit at rounds, attending said gr8 job!!  \n\n',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Dr. Okafor' }));
    await user.click(screen.getByRole('button', { name: 'Save story' }));
    await waitFor(() => expect(queuedStories()).toHaveLength(1));
    expect(queuedStories()[0]!.input).toMatchObject({
      summary: 'presented the 3am admit at rounds, attending said gr8 job!!',
      title: undefined,
      rotationId: 'rot-now',
      witnessAttendingIds: ['att-okafor'],
      competencies: [],
      includeInPacket: true,
    });
  });

  it('keeps Save from sending twice: it says "Saving…" and is disabled while the story is kept', async () => {
    const user = userEvent.setup();
    render(<NewStory />);
    await user.type(await screen.findByRole('textbox', { name: /What happened/ }), 'Ran the code.');
    const save = screen.getByRole('button', { name: 'Save story' });
    expect((save as HTMLButtonElement).disabled).toBe(false);
    await user.click(save);
    await waitFor(() => expect(queuedStories()).toHaveLength(1));
    const saving = screen.getByRole('button', { name: 'Saving…' });
    expect((saving as HTMLButtonElement).disabled).toBe(true);
    await user.click(saving);
    expect(queuedStories()).toHaveLength(1);
  });
});
