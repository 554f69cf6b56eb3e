// Under a story input: the words the live check flagged, marked in their
// sentence, with the reason. Announced politely, so typing is not interrupted.
import type { PhiWarning } from '../api/types';
import { PhiText } from './PhiText';

const AROUND = 30;

export function PhiLive({ text, warnings }: { text: string; warnings: PhiWarning[] | undefined }) {
  const shown = (warnings ?? []).filter((w) => w.end <= text.length && text.slice(w.start, w.end) === w.text);
  return (
    <div aria-live="polite">
      {shown.length > 0 && (
        <div class="phi-live">
          <p class="phi-live-title">May identify a patient — please reword:</p>
          <ul>
            {shown.map((w) => {
              const from = Math.max(0, w.start - AROUND);
              const to = Math.min(text.length, w.end + AROUND);
              const excerpt = text.slice(from, to);
              return (
                <li key={`${w.start}-${w.end}`}>
                  {from > 0 && '…'}
                  <PhiText text={excerpt} warnings={[{ ...w, start: w.start - from, end: w.end - from }]} />
                  {to < text.length && '…'} <span class="phi-reason">({w.reason.replace(/\.$/, '')})</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
