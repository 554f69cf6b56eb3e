// One API call turned into what a screen needs: the data, or the sentences to
// show (next to the inputs named, or for the whole form). Kept in one place so
// every online screen reads answers and failures the same way (the outbox has
// its own, since it retries).
import { offlineErrors, problemToFormErrors, type FormErrors, type StatusMessages } from './problem';

/** `offline`: no answer at all (no connection, API down), as opposed to an answer that is an error. */
export type Result<T> =
  { ok: true; value: T } | { ok: false; errors: FormErrors; problem?: unknown; status?: number; offline?: true };

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Any 2xx is success: `value` is the body (undefined for 204). */
export async function callApi<T>(
  call: () => Promise<Answer<T>>,
  inputs: readonly string[] = [],
  byStatus: StatusMessages = {},
): Promise<Result<T>> {
  try {
    const { data, error, response } = await call();
    if (response.ok) return { ok: true, value: data as T };
    return {
      ok: false,
      errors: problemToFormErrors(error, response.status, inputs, byStatus),
      problem: error,
      status: response.status,
    };
  } catch {
    return { ok: false, errors: offlineErrors(), offline: true };
  }
}

/** Every sentence of a failure, for a screen without inputs. */
export function allMessages(errors: FormErrors): string[] {
  return [...errors.form, ...Object.values(errors.fields)];
}

/** The same in one line, for a card or a list. */
export const oneLine = (errors: FormErrors): string => allMessages(errors).join(' ');

/** The ETag of a stored item is its quoted version. */
export const ifMatch = (version: number | undefined) => (version === undefined ? {} : { 'If-Match': `"${version}"` });
