import { describe, expect, it } from 'vitest';
import { hasErrors, problemToFormErrors } from './problem';

const validation = (errors: { field: string; message: string }[]) => ({
  type: 'urn:lorkit:problem:validation',
  title: 'Invalid input',
  status: 400,
  detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
  errors,
});

describe('problemToFormErrors', () => {
  it('puts each field error next to the input of the same name, as a sentence', () => {
    const problem = validation([
      { field: 'title', message: 'must not be longer than 200 characters' },
      { field: 'summary', message: 'must not be blank' },
    ]);
    expect(problemToFormErrors(problem, 400, ['title', 'summary'])).toEqual({
      fields: { title: 'Must not be longer than 200 characters.', summary: 'Please fill this in.' },
      form: [],
    });
  });

  it('reads the input name from the end of a JSON path', () => {
    const problem = validation([
      { field: 'body.email', message: 'must be a well-formed email address' },
      { field: 'items[0]', message: 'is wrong' },
    ]);
    const result = problemToFormErrors(problem, 400, ['email', 'items']);
    expect(result.fields).toEqual({
      email: 'Please enter an email address like name@example.com.',
      items: 'Is wrong.',
    });
  });

  it('keeps the first message when one input has several', () => {
    const problem = validation([
      { field: 'password', message: 'must be at least 8 characters' },
      { field: 'password', message: 'must not be blank' },
    ]);
    expect(problemToFormErrors(problem, 400, ['password']).fields.password).toBe('Must be at least 8 characters.');
  });

  it('sends errors about inputs the form does not show to the form-level list', () => {
    const problem = validation([{ field: 'rotationId', message: 'is not a known field' }]);
    expect(problemToFormErrors(problem, 400, ['title'])).toEqual({ fields: {}, form: ['Is not a known field.'] });
  });

  it('uses the detail when there are no field errors', () => {
    const problem = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'this story was changed elsewhere' };
    expect(problemToFormErrors(problem, 409, [])).toEqual({ fields: {}, form: ['This story was changed elsewhere.'] });
  });

  it("prefers the screen's own wording for a status", () => {
    const problem = { type: 'x', title: 'Not signed in', status: 401, detail: 'A valid access token is required.' };
    expect(problemToFormErrors(problem, 401, ['email'], { 401: 'Wrong email or password.' })).toEqual({
      fields: {},
      form: ['Wrong email or password.'],
    });
    expect(problemToFormErrors({ status: 409 }, 409, ['email'], { 409: { field: 'email', message: 'Taken.' } })).toEqual({
      fields: { email: 'Taken.' },
      form: [],
    });
  });

  it('answers in plain words when the body is not a problem (proxy error page, empty body)', () => {
    expect(problemToFormErrors('<html>Bad gateway</html>', 502, []).form).toEqual([
      'Something went wrong on our side. Please try again in a moment.',
    ]);
    expect(problemToFormErrors(undefined, 429, []).form[0]).toBe('Too many tries in a row. Please wait a little and try again.');
    expect(problemToFormErrors(undefined, 400, []).form).toEqual(['Something went wrong. Please try again.']);
    expect(hasErrors(problemToFormErrors(null, 418, []))).toBe(true);
  });

  it('says the wait the API gives on 429, not a guess of its own', () => {
    const slowedDown = {
      type: 'urn:lorkit:problem:rate-limited',
      title: 'Too many attempts',
      status: 429,
      detail: 'Too many wrong passwords in a row. Try again in 4 minutes.',
    };
    expect(problemToFormErrors(slowedDown, 429, ['email', 'password']).form).toEqual([
      'Too many wrong passwords in a row. Try again in 4 minutes.',
    ]);
  });

  it('answers server failures with a plain sentence, not their technical detail', () => {
    const problem = { type: 'x', title: 'Database unavailable', status: 503, detail: 'The database is down.' };
    expect(problemToFormErrors(problem, 503, []).form[0]).toMatch(/on our side/);
  });
});
