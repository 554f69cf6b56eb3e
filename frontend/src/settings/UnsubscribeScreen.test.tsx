// @vitest-environment happy-dom
// The page behind a digest mail's "Stop these emails" link: opening it stops nothing (mail scanners open
// every link), the button does, and then it says how to get the emails back. A link the API does not know
// shows the API's own sentence.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_MESSAGE } from '../api/problem';
import { stopEmails } from './notificationsApi';
import { UnsubscribeScreen } from './UnsubscribeScreen';

vi.mock('./notificationsApi', () => ({ stopEmails: vi.fn() }));
const stop = vi.mocked(stopEmails);

const TOKEN = 'Zk3_q-9xWb0aT7uLmN2pQr5sVy8cD1eF4gH6jK0oPiU';

afterEach(() => {
  cleanup();
  stop.mockReset();
});

describe('stop LORkit emails', () => {
  it('says which emails stop, and sends nothing until the button is pressed', () => {
    render(<UnsubscribeScreen token={TOKEN} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Stop LORkit emails');
    expect(screen.getByText(/the digest of Today, and the note when a letter is at risk/)).toBeTruthy();
    expect(screen.getByText(/Phone notifications stay as they are/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stop these emails' })).toBeTruthy();
    expect(stop).not.toHaveBeenCalled();
  });

  it("stops them with the mail's token, then says it is done and how to turn them on again", async () => {
    stop.mockResolvedValue({ ok: true, value: undefined });
    render(<UnsubscribeScreen token={TOKEN} />);
    await userEvent.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(stop).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(screen.getByRole('status').textContent).toBe('Done: LORkit sends you no more emails about your next steps.');
    expect(screen.getByText(/open Settings › Notifications and tick “Send them by email”/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Settings › Notifications' }).getAttribute('href')).toBe(
      '#/settings/notifications',
    );
    expect(screen.queryByRole('button', { name: 'Stop these emails' })).toBeNull();
  });

  it("shows the API's sentence for a link it does not know, and the way to Settings instead of the button", async () => {
    const sentence = 'This unsubscribe link is not known: open Settings, Notifications to turn the emails off.';
    stop.mockResolvedValue({ ok: false, status: 400, errors: { fields: { token: sentence }, form: [] } });
    render(<UnsubscribeScreen token="no-such-token" />);
    await userEvent.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(screen.getByRole('alert').textContent).toBe(sentence);
    expect(screen.queryByRole('button', { name: 'Stop these emails' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Open Settings › Notifications' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('with no connection, says so and keeps the button for another try', async () => {
    stop.mockResolvedValueOnce({ ok: false, offline: true, errors: { fields: {}, form: [OFFLINE_MESSAGE] } });
    stop.mockResolvedValueOnce({ ok: true, value: undefined });
    render(<UnsubscribeScreen token={TOKEN} />);
    await userEvent.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(screen.getByRole('alert').textContent).toBe(OFFLINE_MESSAGE);
    await userEvent.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(stop).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status').textContent).toContain('Done');
  });
});
