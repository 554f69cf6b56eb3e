// Who is signed in, and the four things that change it: resume, log in,
// register, log out. Screens read it with useSession().
import { api, clientOf, refresh, tokens } from '../api/client';
import { isTokenPair } from '../api/tokens';
import { offlineErrors, problemToFormErrors, type FormErrors } from '../api/problem';
import type { RegisterInput, User } from '../api/types';
import { lastLoaded } from '../offline/appStorage';
import { pushApiOf } from '../settings/notificationsApi';
import { forgetPushOnLogOut, realPushBrowser } from '../settings/pushSubscription';
import { browserStorage } from '../shared/browserStorage';
import { onReconnect } from '../shared/connection';
import { createStore, useStore } from '../shared/store';

export type Session =
  | { status: 'starting' }
  /** `ended`: the API refused the saved login (expired, or logged out elsewhere) while in use. */
  | { status: 'signedOut'; ended?: boolean }
  /** There is a saved login, but the API can't be reached to confirm it. */
  | { status: 'unreachable' }
  | { status: 'signedIn'; user: User };

const session = createStore<Session>({ status: 'starting' });

export function useSession(): Session {
  return useStore(session);
}

/** The signed-in applicant, if any. */
export function currentUser(): User | null {
  const now = session.get();
  return now.status === 'signedIn' ? now.user : null;
}

/** Calls `listener` with each new session; returns the unsubscribe function. */
export function onSessionChange(listener: (session: Session) => void): () => void {
  return session.subscribe(listener);
}

// Tokens are cleared when a refresh is refused (e.g. logged out elsewhere):
// leave the signed-in screens at once instead of failing call after call, and
// take the copy of their data off the phone.
tokens.subscribe(() => {
  const was = session.get().status;
  if (tokens.refreshToken() || was === 'signedOut') return;
  void lastLoaded.forget(currentUser()?.id);
  session.set({ status: 'signedOut', ended: was === 'signedIn' && !loggingOut });
});

// Back online after opening the app offline: get a fresh access token and
// profile now, rather than on the first call that needs them.
onReconnect(() => {
  const now = session.get().status;
  if (now === 'unreachable' || (now === 'signedIn' && !tokens.accessToken())) void resumeSession();
});

/**
 * On start: a saved refresh token keeps the applicant logged in across reloads.
 * Offline first: when the phone has a copy of who they are, the app opens on
 * it at once, with no network at all, and confirms the login in the background.
 */
export async function resumeSession(): Promise<void> {
  if (!tokens.refreshToken()) return session.set({ status: 'signedOut' });
  if (session.get().status !== 'signedIn') {
    const saved = await lastLoaded.user();
    session.set(saved ? { status: 'signedIn', user: saved } : { status: 'starting' });
  }
  // Another call may have refreshed already (the outbox, on reconnect): one refresh is enough.
  const result = tokens.accessToken() ? 'refreshed' : await refresh();
  if (result === 'refreshed') return loadUser();
  // 'rejected' has cleared the tokens, which signed out (above).
  if (result === 'unreachable' && session.get().status !== 'signedIn') session.set({ status: 'unreachable' });
}

/** Reads the signed-in account again (e.g. after its address was confirmed). */
export const reloadUser = (): Promise<void> => loadUser();

async function loadUser(): Promise<void> {
  try {
    const { data } = await api.GET('/api/v1/me');
    // A 401 here has already cleared the tokens (and so signed out) via the client.
    if (data) {
      session.set({ status: 'signedIn', user: data });
      await lastLoaded.saveUser(data);
    } else if (tokens.refreshToken() && session.get().status !== 'signedIn') session.set({ status: 'unreachable' });
  } catch {
    if (session.get().status !== 'signedIn') session.set({ status: 'unreachable' });
  }
}

const LOGIN_INPUTS = ['email', 'password', 'totpCode', 'recoveryCode'] as const;
const REGISTER_INPUTS = ['email', 'password', 'displayName'] as const;

/** The API's answer when the password was right but the account has a second factor. */
const SECOND_FACTOR_REQUIRED = 'urn:lorkit:problem:second-factor-required';

/** One of the two ways to prove the second factor. */
export type SecondFactor = { totpCode: string } | { recoveryCode: string };

/** What the login form shows; `secondFactor`: the password was right, ask for the code now. */
export interface LoginProblem extends FormErrors {
  secondFactor?: true;
}

/** Returns null on success, or what to show the applicant. */
export async function logIn(email: string, password: string, secondFactor?: SecondFactor): Promise<LoginProblem | null> {
  try {
    const { data, error, response } = await api.POST('/api/v1/auth/login', { body: { email, password, ...secondFactor } });
    if (!isTokenPair(data)) {
      if (isSecondFactorProblem(error)) return secondFactorProblem(secondFactor);
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

function isSecondFactorProblem(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === SECOND_FACTOR_REQUIRED;
}

/** The first time only asks for the code; after a code was sent, it was wrong (or used already). */
function secondFactorProblem(sent: SecondFactor | undefined): LoginProblem {
  if (!sent) return { fields: {}, form: [], secondFactor: true };
  if ('recoveryCode' in sent) {
    return {
      fields: { recoveryCode: "That recovery code isn't right, or was already used. Check it and try again." },
      form: [],
      secondFactor: true,
    };
  }
  return {
    fields: { totpCode: "That code isn't right, or was already used. Enter the code your app shows now." },
    form: [],
    secondFactor: true,
  };
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

/** Forgets the tokens and the copy of the applicant's data first, so logging
 *  out works even offline; then asks the API to revoke the refresh token (best
 *  effort). Changes still in the outbox stay: they go after the next login.
 *  This phone's notifications stop too (see forgetPushOnLogOut), in the
 *  background: the log out never waits for them.
 *  `revoke: false` when there is nothing left to revoke (the account was deleted,
 *  or a password reset ended every session). */
let loggingOut = false;

export async function logOut({ revoke = true } = {}): Promise<void> {
  const refreshToken = tokens.refreshToken();
  const leaving = refreshToken && revoke ? clientOf({ accessToken: tokens.accessToken(), refreshToken }) : null;
  await lastLoaded.forget(currentUser()?.id);
  loggingOut = true;
  tokens.clear();
  loggingOut = false;
  void forgetPushOnLogOut(realPushBrowser(), leaving && pushApiOf(leaving), browserStorage());
  if (!refreshToken || !revoke) return;
  try {
    await api.POST('/api/v1/auth/logout', { body: { refreshToken } });
  } catch {
    // Offline: the token stays valid on the server until it expires.
  }
}
