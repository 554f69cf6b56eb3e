// One call to the API for a screen that works online: the answer as data, or
// as sentences a form can show next to its inputs (see problem.ts).
import { offlineErrors, problemToFormErrors, type FormErrors } from './problem';

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FormErrors; problem?: unknown; status?: number };

/** @param inputs the names of the inputs the form shows: errors about them go next to them. */
export async function run<T>(call: () => Promise<{ data?: T; error?: unknown; response: Response }>, inputs: readonly string[]): Promise<Result<T>> {
  try {
    const { data, error, response } = await call();
    // A DELETE answers 204 with no body: that is a success too.
    if (response.ok && (data !== undefined || response.status === 204)) return { ok: true, value: data as T };
    return { ok: false, errors: problemToFormErrors(error, response.status, inputs), problem: error, status: response.status };
  } catch {
    return { ok: false, errors: offlineErrors() };
  }
}

/** The ETag of a stored item is its quoted version. */
export const ifMatch = (version: number | undefined) => (version === undefined ? {} : { 'If-Match': `"${version}"` });

/** All of a form's messages in one line, for a place with no inputs (a card, a list). */
export function oneLine(errors: FormErrors): string {
  return [...errors.form, ...Object.values(errors.fields)].join(' ');
}
