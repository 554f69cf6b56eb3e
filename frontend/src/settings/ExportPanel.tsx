// Download everything as one JSON file (the API's export, unchanged).
import { useState } from 'preact/hooks';
import { allMessages } from '../api/result';
import { downloadText } from '../shared/download';
import { FormErrorList } from '../shared/Field';
import { useCall } from '../shared/useCall';
import { exportAccount } from './dataRightsApi';
import { exportFileName } from './importFile';

export function ExportPanel() {
  const { busy, errors, run } = useCall();
  const [done, setDone] = useState<string | null>(null);
  async function download() {
    const result = await run(exportAccount);
    if (!result?.ok) return;
    const name = exportFileName();
    downloadText(result.value, name);
    setDone(name);
  }
  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">Download my data</h2>
      <p>
        One file with your target sheet, rotations, attendings, stories, feedback, letters, programs and plan. Keep it somewhere
        safe: it holds your notes.
      </p>
      <FormErrorList messages={allMessages(errors)} />
      <p role="status" class={done ? 'notice' : ''}>
        {done && `Saved as ${done}.`}
      </p>
      <button type="button" class="button primary" disabled={busy} onClick={() => void download()}>
        {busy ? 'Preparing…' : 'Download my data'}
      </button>
    </section>
  );
}
