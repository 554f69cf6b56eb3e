// Restore a downloaded file into this account, which must still be empty (a
// new account): checked here for being an export at all, then by the API,
// all or nothing. Its refusals are shown as sentences under the file input.
import { useRef, useState } from 'preact/hooks';
import { Field } from '../shared/Field';
import { focusFirstProblem } from '../shared/focus';
import { importAccount } from './dataRightsApi';
import { importedSummary, importProblem, parseExportFile } from './importFile';

export function ImportPanel() {
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<{ summary: string; details: string[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function failed(summary: string, details: string[] = []) {
    setProblem({ summary, details });
    requestAnimationFrame(() => focusFirstProblem(form.current));
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    const file = input.current?.files?.[0];
    if (!file) return failed('Choose the file to import first.');
    setBusy(true);
    try {
      const parsed = parseExportFile(await file.text());
      if (!parsed.ok) return failed(parsed.message);
      const result = await importAccount(parsed.document);
      if (result.ok) {
        setProblem(null);
        setDone(importedSummary(result.value));
        return;
      }
      if (result.status === undefined) return failed(result.errors.form.join(' ')); // no answer: say so as the API client does
      const { summary, details } = importProblem(result.problem, result.status);
      failed(summary, details);
    } catch {
      failed("This file couldn't be read. Choose it again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">Import a file</h2>
      <p>
        Moves a downloaded file into this account. It works only while the account is new and empty, so nothing you have is
        overwritten.
      </p>
      <form ref={form} onSubmit={submit} noValidate aria-busy={busy}>
        <Field label="File from “Download my data”" name="file" error={problem?.summary}>
          {(a11y) => (
            <input {...a11y} ref={input} type="file" accept=".json,application/json" onChange={() => setProblem(null)} />
          )}
        </Field>
        {problem && problem.details.length > 0 && (
          <div class="form-errors">
            <ul>
              {problem.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <p role="status" class={done ? 'notice' : ''}>
          {done}
        </p>
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
    </section>
  );
}
