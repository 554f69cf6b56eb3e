// The 10 recovery codes, shown this once: the only way in if the phone with
// the authenticator app is lost. Copy, then confirm they are saved.
import { useEffect, useRef, useState } from 'preact/hooks';

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The screen changed under the applicant's finger: take them to the news.
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section class="panel recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title" ref={heading} tabIndex={-1}>
        Authenticator app on: save your recovery codes now
      </h2>
      <p>
        <strong>This is the only time you'll see them.</strong> If you lose your phone, each code lets you log in once instead of
        the app. Keep them somewhere safe, away from your phone: a password manager, or on paper.
      </p>
      <ul class="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p role="status">{copied === 'yes' ? 'Copied.' : copied === 'failed' ? "Couldn't copy: please write them down." : ''}</p>
      <div class="form-actions">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy the codes
        </button>
        <button type="button" class="button primary" onClick={onDone}>
          I saved them
        </button>
      </div>
    </section>
  );
}
