// The API's PHI guard flags likely patient identifiers on every save: show
// them right away, so the applicant fixes the text before moving on. (A story
// with warnings is kept, but stays out of packets until fixed or reviewed.)
import type { Story } from '../api/types';

const FIELD_LABELS: Record<string, string> = {
  title: 'the title',
  summary: 'What happened',
  whatIDid: 'What I did',
  whatItShows: 'What it shows about me',
};

/** The short mark on a list item. */
export function PhiBadge({ story }: { story: Story }) {
  if (!story.phiWarnings?.length) return null;
  return (
    <p class="change-badge problem">
      <span class="badge-text">May identify a patient:</span> open it to check.
    </p>
  );
}

/** The flagged words on the story's screen, each with the reason, and (for a
 *  story the API has) the applicant's word that they are not patient information. */
export function PhiWarnings({ story, onReviewed }: { story: Story; onReviewed?: () => void }) {
  const warnings = story.phiWarnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <section class="phi-warnings" aria-labelledby="phi-title">
      <h2 id="phi-title">Check for patient information</h2>
      <p>
        These words, <mark class="phi-mark">marked</mark> below, may identify a patient. Edit them out: until then, this story
        stays out of your packets.
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.field}-${w.start}`}>
            “<strong>{w.text}</strong>” in {FIELD_LABELS[w.field] ?? w.field}: {w.reason.replace(/\.?$/, '.')}
          </li>
        ))}
      </ul>
      {onReviewed && (
        <>
          <p class="review-hint">
            If none of them is about a patient (a drug name, your attending, a hospital), say so and the story can go in packets.
          </p>
          <button type="button" class="button" onClick={onReviewed}>
            I checked — no patient information
          </button>
        </>
      )}
    </section>
  );
}
