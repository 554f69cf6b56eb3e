// Words for the security screen: event kinds in plain English, and the
// secret in groups of four, easier to copy by hand into an authenticator app.
import type { SecurityEvent, SecurityEventKind } from '../api/types';

export const EVENT_LABELS: Record<SecurityEventKind, string> = {
  ACCOUNT_CREATED: 'Account created',
  LOGIN_SUCCEEDED: 'Logged in',
  LOGIN_FAILED: 'Failed login (wrong email or password)',
  LOGIN_THROTTLED: 'Logins paused after too many tries',
  SECOND_FACTOR_FAILED: 'Wrong authenticator or recovery code',
  REFRESH_TOKEN_REUSED: 'A copied login was refused; that session was ended',
  LOGGED_OUT: 'Logged out',
  LOGGED_OUT_EVERYWHERE: 'Logged out everywhere',
  PASSWORD_CHANGED: 'Password changed',
  SECOND_FACTOR_ENABLED: 'Authenticator app turned on',
  SECOND_FACTOR_DISABLED: 'Authenticator app turned off',
  RECOVERY_CODE_USED: 'Recovery code used',
  PASSWORD_RESET_REQUESTED: 'Password reset link mailed',
  PASSWORD_RESET: 'Password reset with a mailed link; every session ended',
  EMAIL_VERIFIED: 'Email address confirmed',
  ADMIN_ACTION: 'Changed by an administrator',
};

/** "JBSW Y3DP EHPK …": a long base32 secret is easier to type in fours. */
export function groupInFours(secret: string): string {
  return secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** Whether the second factor is on, from the newest event that turned it on or off (events come newest first).
 *  `null` when none is in the list: then it was never turned on, or not recently enough to tell. */
export function secondFactorOn(events: SecurityEvent[]): boolean | null {
  const latest = events.find((e) => e.kind === 'SECOND_FACTOR_ENABLED' || e.kind === 'SECOND_FACTOR_DISABLED');
  return latest ? latest.kind === 'SECOND_FACTOR_ENABLED' : null;
}
