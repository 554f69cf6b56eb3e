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

export function validateCredentials(input: Credentials, mode: 'login' | 'register'): Record<string, string> {
  const errors: Record<string, string> = {};
  if (mode === 'register' && !input.displayName?.trim()) errors.displayName = 'Please tell us your name.';
  if (!input.email.trim()) errors.email = 'Please enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(input.email.trim())) {
    errors.email = 'Please enter an email address like name@example.com.';
  }
  if (!input.password) errors.password = 'Please enter your password.';
  else if (mode === 'register') {
    if ([...input.password].length < PASSWORD_MIN_CHARS) {
      errors.password = `Please use at least ${PASSWORD_MIN_CHARS} characters.`;
    } else if (new TextEncoder().encode(input.password).length > PASSWORD_MAX_BYTES) {
      errors.password = 'That password is too long. Please keep it under 72 letters (accents and emoji count as more than one).';
    }
  }
  return errors;
}
