// Turns an API failure (application/problem+json, or no answer at all) into
// plain sentences a form can show: one per input, plus any for the whole form.

export interface FormErrors {
  /** Keyed by input name; shown under that input. */
  fields: Record<string, string>;
  /** Not tied to one input; shown above the form's button. */
  form: string[];
}

/** A screen's own wording for a status, e.g. 401 on login means a wrong password. */
export type StatusMessages = Partial<Record<number, string | { field: string; message: string }>>;

interface FieldProblem {
  field: string;
  message: string;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: [] };

export const OFFLINE_MESSAGE = "We couldn't reach LORkit. Check your connection and try again.";

export function offlineErrors(): FormErrors {
  return { fields: {}, form: [OFFLINE_MESSAGE] };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * @param problem     the parsed error body (anything: a proxy may answer HTML)
 * @param status      the HTTP status
 * @param inputNames  the inputs the form shows; errors for others go to `form`
 * @param byStatus    the screen's own message for some statuses
 */
export function problemToFormErrors(
  problem: unknown,
  status: number,
  inputNames: readonly string[],
  byStatus: StatusMessages = {},
): FormErrors {
  const own = byStatus[status];
  if (typeof own === 'string') return { fields: {}, form: [own] };
  if (own) return { fields: { [own.field]: own.message }, form: [] };

  const result: FormErrors = { fields: {}, form: [] };
  for (const { field, message } of fieldProblems(problem)) {
    const name = inputName(field);
    const sentence = friendly(message);
    if (inputNames.includes(name)) result.fields[name] ??= sentence;
    else result.form.push(sentence);
  }
  if (!hasErrors(result)) result.form.push(generalMessage(problem, status));
  return result;
}

function fieldProblems(problem: unknown): FieldProblem[] {
  if (!isObject(problem) || !Array.isArray(problem.errors)) return [];
  return problem.errors.filter(
    (e): e is FieldProblem => isObject(e) && typeof e.field === 'string' && typeof e.message === 'string',
  );
}

/** The API names fields as JSON paths ("summary", "body.summary", "items[0].title"):
 *  the input is the last property named. */
function inputName(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last.replace(/\[\d+\]$/, '');
}

/** Validation messages are written for developers ("must not be blank"); say them to a person. */
function friendly(message: string): string {
  const text = message.trim();
  if (/^must not be (blank|empty|null)$/i.test(text)) return 'Please fill this in.';
  if (/well-formed email/i.test(text)) return 'Please enter an email address like name@example.com.';
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function generalMessage(problem: unknown, status: number): string {
  if (status === 401) return 'Your session has ended. Please log in again.';
  if (status === 413) return 'That is too long to save. Please shorten it and try again.';
  // The API says the real wait ("Try again in 4 minutes."), which matches its Retry-After.
  if (status === 429 && isObject(problem) && typeof problem.detail === 'string' && problem.detail)
    return friendly(problem.detail);
  if (status === 429) return 'Too many tries in a row. Please wait a little and try again.';
  if (status >= 500) return 'Something went wrong on our side. Please try again in a moment.';
  if (isObject(problem) && typeof problem.detail === 'string' && problem.detail) return friendly(problem.detail);
  if (isObject(problem) && typeof problem.title === 'string' && problem.title) return friendly(problem.title);
  return 'Something went wrong. Please try again.';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
