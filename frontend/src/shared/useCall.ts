// One button's call to the API: busy while it runs (so a double tap sends
// once), and the sentences to show when it fails.
import { useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { Result } from '../api/result';

export function useCall() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  async function run<T>(call: () => Promise<Result<T>>): Promise<Result<T> | null> {
    if (busy) return null;
    setBusy(true);
    const result = await call();
    setBusy(false);
    setErrors(result.ok ? NO_ERRORS : result.errors);
    return result;
  }
  return { busy, errors, setErrors, run };
}
