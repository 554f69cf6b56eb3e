// "Copy" for a message or a link: says "Copied" for a moment, or asks the
// applicant to select the text by hand when the browser refuses.
import { useEffect, useState } from 'preact/hooks';
import { copyText } from './copyText';

export function CopyButton({ text, label = 'Copy', what = 'the text' }: { text: string; label?: string; what?: string }) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);
  return (
    <>
      <button type="button" class="button small" onClick={async () => setOutcome((await copyText(text)) ? 'copied' : 'failed')}>
        {outcome === 'copied' ? 'Copied' : label}
      </button>
      {/* Always there, so screen readers hear the outcome; seen only when it asks for something. */}
      <span class={outcome === 'failed' ? 'copy-outcome' : 'visually-hidden'} role="status">
        {outcome === 'copied' && `Copied ${what}.`}
        {outcome === 'failed' && `This browser would not copy. Select ${what} and copy it by hand.`}
      </span>
    </>
  );
}
