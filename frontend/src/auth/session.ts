// Who is signed in, and the four things that change it: resume, log in,
// register, log out. Screens read it with useSession().
import { api, refresh, tokens } from '../api/client';
import { isTokenPair } from '../api/tokens';
import { offlineErrors, problemToFormErrors, type FormErrors } from '../api/problem';
import type { RegisterInput, User } from '../api/types';
import { createStore, useStore } from '../shared/store';

export type Session =
  | { status: 'starting' }
  | { status: 'signedOut' }
  /** There is a saved login, but the API can't be reached to confirm it. */
  | { status: 'unreachable' }
  | { status: 'signedIn'; user: User };

const session = createStore<Session>({ status: 'starting' });

export function useSession(): Session {
  return useStore(session);
}

// Tokens are cleared when a refresh is refused (e.g. logged out elsewhere):
// leave the signed-in screens at once instead of failing call after call.
tokens.subscribe(() => {
  if (!tokens.refreshToken() && session.get().status !== 'signedOut') session.set({ status: 'signedOut' });
});

/** On start: a saved refresh token keeps the applicant logged in across reloads. */
export async function resumeSession(): Promise<void> {
  if (!tokens.refreshToken()) return session.set({ status: 'signedOut' });
  session.set({ status: 'starting' });
  const result = await refresh();
  if (result === 'refreshed') return loadUser();
  session.set({ status: result === 'rejected' ? 'signedOut' : 'unreachable' });
}

async function loadUser(): Promise<void> {
  try {
    const { data } = await api.GET('/api/v1/me');
    // A 401 here has already cleared the tokens (and so signed out) via the client.
    if (data) session.set({ status: 'signedIn', user: data });
    else if (tokens.refreshToken()) session.set({ status: 'unreachable' });
  } catch {
    session.set({ status: 'unreachable' });
  }
}

const LOGIN_INPUTS = ['email', 'password'] as const;
const REGISTER_INPUTS = ['email', 'password', 'displayName'] as const;

/** Returns null on success, or what to show the applicant. */
export async function logIn(email: string, password: string): Promise<FormErrors | null> {
  try {
    const { data, error, response } = await api.POST('/api/v1/auth/login', { body: { email, password } });
    if (!isTokenPair(data)) {
      return problemToFormErrors(error, response.status, LOGIN_INPUTS, {
        401: "That email and password don't match an account. Check them and try again.",
      });
    }
    tokens.save(data);
  } catch {
    return offlineErrors();
  }
  await loadUser();
  return null;
}

/** Creates the account, then logs in with it so the applicant lands on their stories. */
export async function register(input: RegisterInput): Promise<FormErrors | null> {
  try {
    const { error, response } = await api.POST('/api/v1/auth/register', { body: input });
    if (!response.ok) {
      return problemToFormErrors(error, response.status, REGISTER_INPUTS, {
        409: { field: 'email', message: 'There is already an account with this email. Try logging in instead.' },
      });
    }
  } catch {
    return offlineErrors();
  }
  return logIn(input.email, input.password);
}

/** Forgets the tokens first, so logging out works even offline; then asks the
 *  API to revoke the refresh token (best effort). */
export async function logOut(): Promise<void> {
  const refreshToken = tokens.refreshToken();
  tokens.clear();
  if (!refreshToken) return;
  try {
    await api.POST('/api/v1/auth/logout', { body: { refreshToken } });
  } catch {
    // Offline: the token stays valid on the server until it expires.
  }
}
