// @vitest-environment happy-dom
// "Log out everywhere" asks whether the shared pages end too: unticked, the links given to writers and
// advisers keep working (a lost phone is no reason to cut off a writer mid-letter); ticked, they end.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logOut } from '../auth/session';
import { LogOutEverywhere } from './LogOutEverywhere';
import { logOutEverywhereCall } from './securityApi';

vi.mock('./securityApi', () => ({ logOutEverywhereCall: vi.fn() }));
vi.mock('../auth/session', () => ({ logOut: vi.fn() }));
const call = vi.mocked(logOutEverywhereCall);

afterEach(() => {
  cleanup();
  call.mockReset();
  vi.mocked(logOut).mockReset();
});

async function openDialog() {
  render(<LogOutEverywhere />);
  await userEvent.click(screen.getByRole('button', { name: 'Log out everywhere' }));
  return screen.getByRole('checkbox', { name: "Also end the pages I shared (writer's pages and adviser views)", hidden: true });
}

describe('log out everywhere', () => {
  it('leaves the shared pages working unless asked', async () => {
    call.mockResolvedValue({ ok: true, value: undefined });
    const box = (await openDialog()) as HTMLInputElement;
    expect(box.checked).toBe(false);
    const buttons = screen.getAllByRole('button', { name: 'Log out everywhere', hidden: true });
    await userEvent.click(buttons.at(-1)!);
    expect(call).toHaveBeenCalledExactlyOnceWith(false);
    expect(logOut).toHaveBeenCalledOnce();
  });

  it('ends them too when the box is ticked', async () => {
    call.mockResolvedValue({ ok: true, value: undefined });
    await userEvent.click(await openDialog());
    await userEvent.click(screen.getAllByRole('button', { name: 'Log out everywhere', hidden: true }).at(-1)!);
    expect(call).toHaveBeenCalledExactlyOnceWith(true);
  });
});
