// The account's security calls. Each answers what the screen shows: the data,
// or the sentences to put next to the fields (FormErrors).
import { api, tokens } from '../api/client';
import { offlineErrors, problemToFormErrors, type FormErrors } from '../api/problem';
import { isTokenPair } from '../api/tokens';
import type { SecurityEvent, TotpEnrolment } from '../api/types';

type Result<T> = { ok: true; value: T } | { ok: false; errors: FormErrors; status?: number };

async function call<T>(
  run: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  inputs: readonly string[],
  ok: (data: T | undefined, response: Response) => boolean = (d) => d !== undefined,
): Promise<Result<T>> {
  try {
    const { data, error, response } = await run();
    if (response.ok && ok(data, response)) return { ok: true, value: data as T };
    return { ok: false, errors: problemToFormErrors(error, response.status, inputs), status: response.status };
  } catch {
    return { ok: false, errors: offlineErrors() };
  }
}

/** Enough events to find when the second factor was last turned on or off. */
export function recentEvents(): Promise<Result<SecurityEvent[]>> {
  return call(async () => {
    const answer = await api.GET('/api/v1/me/security-events', { params: { query: { size: 100 } } });
    return { ...answer, data: answer.data?.items };
  }, []);
}

/** Needs the password, so that a session left open on another phone cannot add its own authenticator. */
export function startTotp(password: string): Promise<Result<TotpEnrolment>> {
  return call(() => api.POST('/api/v1/me/totp', { body: { password } }), ['password']);
}

export function confirmTotp(code: string): Promise<Result<string[]>> {
  return call(async () => {
    const answer = await api.POST('/api/v1/me/totp/confirm', { body: { code } });
    return { ...answer, data: answer.data?.recoveryCodes };
  }, ['code']);
}

export function disableTotp(password: string): Promise<Result<void>> {
  return call(
    () => api.POST('/api/v1/me/totp/disable', { body: { password } }),
    ['password'],
    (_d, r) => r.status === 204,
  );
}

/** The API ends every other session and answers new tokens for this one: keep them, or the next call fails. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<Result<void>> {
  const result = await call(
    () => api.POST('/api/v1/me/password', { body: { currentPassword, newPassword } }),
    ['currentPassword', 'newPassword'],
  );
  if (!result.ok) return result;
  if (!isTokenPair(result.value)) return { ok: false, errors: { fields: {}, form: ['Something went wrong. Please try again.'] } };
  tokens.save(result.value);
  return { ok: true, value: undefined };
}

/** `endShareLinks`: also end every writer's page and adviser view (a password change never does). */
export function logOutEverywhereCall(endShareLinks = false): Promise<Result<void>> {
  return call(
    () => api.POST('/api/v1/auth/logout-everywhere', endShareLinks ? { params: { query: { endShareLinks: true } } } : {}),
    [],
    (_d, r) => r.status === 204,
  );
}
