// Under a story input: the words the live check flagged, marked in their
// sentence, with the reason, and two one-tap fixes for each: replace it with a
// placeholder ("[name]", "[date]", "[place]", "[number]") in the field, or keep
// it ("it's not a patient's") for this text. A kept word stays kept on this
// phone while the same text is in the field; the saved story still shows the
// warning, where "I checked" vouches for the whole story. Announced politely, so
// typing is not interrupted.
import { useState } from 'preact/hooks';
import type { PhiWarning } from '../api/types';
import { PhiText } from './PhiText';
import { placeholderFor, replaceSpan } from './phiMarks';

const AROUND = 30;

interface PhiLiveProps {
  text: string;
  warnings: PhiWarning[] | undefined;
  /** Rewrites the field; without it only the warnings are shown. */
  onChange?: (text: string) => void;
}

export function PhiLive({ text, warnings, onChange }: PhiLiveProps) {
  const [kept, setKept] = useState<Set<string>>(() => new Set());
  const current = (warnings ?? []).filter((w) => w.end <= text.length && text.slice(w.start, w.end) === w.text);
  const shown = current.filter((w) => !kept.has(keepKey(text, w)));
  const keptCount = current.length - shown.length;
  return (
    <div aria-live="polite">
      {shown.length > 0 && (
        <div class="phi-live">
          <p class="phi-live-title">May identify a patient — please reword:</p>
          <ul>
            {shown.map((w) => {
              const { from, to } = around(text, w);
              const excerpt = text.slice(from, to);
              return (
                <li key={`${w.start}-${w.end}`}>
                  <p class="phi-live-excerpt">
                    {from > 0 && '…'}
                    <PhiText text={excerpt} warnings={[{ ...w, start: w.start - from, end: w.end - from }]} />
                    {to < text.length && '…'} <span class="phi-reason">({w.reason.replace(/\.$/, '')})</span>
                  </p>
                  {onChange && (
                    <p class="phi-fixes">
                      <button type="button" class="button small" onClick={() => onChange(replaceSpan(text, w))}>
                        Replace <span class="visually-hidden">“{w.text}” </span>with {placeholderFor(w.kind)}
                      </button>
                      <button
                        type="button"
                        class="button small quiet"
                        onClick={() => setKept((k) => new Set(k).add(keepKey(text, w)))}
                      >
                        Not a patient's <span class="visually-hidden">“{w.text}”</span>(keep)
                      </button>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {keptCount > 0 && (
        <p class="phi-kept">
          {keptCount === 1 ? '1 word' : `${keptCount} words`} kept as not a patient's. When you save, tap “I checked” on the story
          if the guard still flags them.
        </p>
      )}
    </div>
  );
}

/** About {@link AROUND} characters either side of the span, cut at spaces so no word is split. */
function around(text: string, w: PhiWarning): { from: number; to: number } {
  let from = Math.max(0, w.start - AROUND);
  let to = Math.min(text.length, w.end + AROUND);
  while (from > 0 && from > w.start - AROUND - 12 && !/\s/.test(text[from - 1] ?? '')) from--;
  while (to < text.length && to < w.end + AROUND + 12 && !/\s/.test(text[to] ?? '')) to++;
  return { from, to };
}

/** A keep holds for this word in this very text: an edit elsewhere in the field asks again. */
function keepKey(text: string, w: PhiWarning): string {
  return `${w.start}:${w.text}:${text.length}:${text}`;
}
