import { describe, expect, it } from 'vitest';
import { validateCredentials } from './validate';

describe('validateCredentials', () => {
  it('accepts a complete registration', () => {
    expect(
      validateCredentials({ email: 'ana@example.org', password: 'rounds at seven', displayName: 'Ana' }, 'register'),
    ).toEqual({});
  });

  it('names every missing input', () => {
    expect(Object.keys(validateCredentials({ email: '', password: '', displayName: ' ' }, 'register')).sort()).toEqual([
      'displayName',
      'email',
      'password',
    ]);
  });

  it('asks for an email that looks like one', () => {
    expect(validateCredentials({ email: 'ana.example.org', password: 'x' }, 'login').email).toMatch(/name@example.com/);
  });

  it('checks password length only when registering', () => {
    expect(validateCredentials({ email: 'a@b.c', password: 'short' }, 'login')).toEqual({});
    expect(validateCredentials({ email: 'a@b.c', password: 'short', displayName: 'A' }, 'register').password).toMatch(
      /at least 8/,
    );
  });

  it('counts the 72-byte limit in UTF-8 bytes, not characters', () => {
    const ascii72 = 'a'.repeat(72);
    const accented40 = 'é'.repeat(40); // 40 characters, 80 bytes
    expect(validateCredentials({ email: 'a@b.c', password: ascii72, displayName: 'A' }, 'register')).toEqual({});
    expect(validateCredentials({ email: 'a@b.c', password: accented40, displayName: 'A' }, 'register').password).toMatch(
      /too long/,
    );
  });
});
