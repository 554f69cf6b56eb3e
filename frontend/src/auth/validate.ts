// Checks done before calling the API, so common mistakes get an instant answer.
// The API checks again; these only mirror its rules.

export interface Credentials {
  email: string;
  password: string;
  displayName?: string;
}

/** bcrypt, which stores passwords, reads only the first 72 bytes. */
export const PASSWORD_MAX_BYTES = 72;
export const PASSWORD_MIN_CHARS = 8;

/** What is wrong with a typed address, or null when it looks like one. */
export function validateEmail(email: string): string | null {
  if (!email.trim()) return 'Please enter your email address.';
  if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return 'Please enter an email address like name@example.com.';
  return null;
}

/** The rules of a new password (register, reset), or null when it passes. */
export function validateNewPassword(password: string): string | null {
  if (!password) return 'Please enter a password.';
  if ([...password].length < PASSWORD_MIN_CHARS) return `Please use at least ${PASSWORD_MIN_CHARS} characters.`;
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) {
    return 'That password is too long. Please keep it under 72 letters (accents and emoji count as more than one).';
  }
  return null;
}

export function validateCredentials(input: Credentials, mode: 'login' | 'register'): Record<string, string> {
  const errors: Record<string, string> = {};
  if (mode === 'register' && !input.displayName?.trim()) errors.displayName = 'Please tell us your name.';
  const email = validateEmail(input.email);
  if (email) errors.email = email;
  if (!input.password) errors.password = 'Please enter your password.';
  else if (mode === 'register') {
    const password = validateNewPassword(input.password);
    if (password) errors.password = password;
  }
  return errors;
}
