// @vitest-environment happy-dom
// Starting the next season asks first, saying what happens, and then shows the API's own sentences:
// what it did, or why it cannot yet (before Match Day).
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextSeasonPanel } from './NextSeasonPanel';
import { startNextSeason } from './nextSeasonApi';

vi.mock('./nextSeasonApi', () => ({ startNextSeason: vi.fn() }));
const start = vi.mocked(startNextSeason);

afterEach(() => {
  cleanup();
  start.mockReset();
});

describe('start the next season', () => {
  it('confirms first, then shows what the API did', async () => {
    start.mockResolvedValue({
      ok: true,
      value: {
        from: 'ERAS 2027 season',
        into: 'ERAS 2028 season',
        summary: ["dr priya raman's letter, dated August 20, 2026, is marked for import into the ERAS 2028 season."],
      },
    } as Awaited<ReturnType<typeof startNextSeason>>);
    const started = vi.fn();
    render(<NextSeasonPanel onStarted={started} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start the next season…' }));
    expect(screen.getByText(/keeps your stories, feedback/)).toBeTruthy();
    expect(screen.getByText(/leaves requests already made in ERAS for this year's application/)).toBeTruthy();
    expect(start).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, start the next season' }));
    expect(start).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toContain('ERAS 2028 season started.');
    expect(screen.getByText(/is marked for import into the ERAS 2028 season/)).toBeTruthy();
    expect(started).toHaveBeenCalledOnce();
  });

  it("shows the API's reason when it is too early", async () => {
    start.mockResolvedValue({
      ok: false,
      status: 409,
      errors: {
        fields: {},
        form: ['You follow the ERAS 2028 season. The next season can be started from its Match Day, March 17, 2028.'],
      },
    });
    render(<NextSeasonPanel onStarted={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start the next season…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, start the next season' }));
    expect(screen.getByText(/from its Match Day, March 17, 2028/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Not now' })).toBeTruthy();
  });
});
