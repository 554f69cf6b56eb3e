// Splits a text into plain and flagged pieces from the PHI guard's warnings
// (UTF-16 offsets, end exclusive, as JavaScript strings count), so the screen
// can mark the very words to fix.
import type { PhiWarning } from '../api/types';

export interface Piece {
  text: string;
  /** Set on a flagged piece: why it looks like a patient identifier. */
  warning?: PhiWarning;
}

export function phiPieces(text: string, warnings: readonly PhiWarning[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  // Overlapping or out-of-range spans (the text changed since the check) are skipped, never mis-marked.
  for (const warning of [...warnings].sort((a, b) => a.start - b.start)) {
    const { start, end } = warning;
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, end), warning });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** The warnings of one field. */
export function warningsFor(field: string, warnings: readonly PhiWarning[] | undefined): PhiWarning[] {
  return (warnings ?? []).filter((w) => w.field === field);
}

/** What a flagged span becomes when it is replaced or hidden: a placeholder that says what it was. */
export function placeholderFor(kind: PhiWarning['kind']): string {
  switch (kind) {
    case 'NAME':
      return '[name]';
    case 'DATE':
      return '[date]';
    case 'ADDRESS':
    case 'ZIP_CODE':
      return '[place]';
    case 'AGE_OVER_89':
      return '[age]';
    case 'EMAIL':
    case 'URL':
      return '[contact]';
    default:
      return '[number]';
  }
}

/** The text with one span replaced by its placeholder (the one-tap fix). */
export function replaceSpan(text: string, warning: PhiWarning): string {
  if (warning.end > text.length || text.slice(warning.start, warning.end) !== warning.text) return text;
  return text.slice(0, warning.start) + placeholderFor(warning.kind) + text.slice(warning.end);
}

/** The text with every flagged span hidden behind its placeholder, for lists and titles. */
export function maskPhi(text: string, warnings: readonly PhiWarning[]): string {
  return phiPieces(text, warnings)
    .map((piece) => (piece.warning ? placeholderFor(piece.warning.kind) : piece.text))
    .join('');
}

/**
 * A story's title and summary as a list shows them until the story is reviewed: flagged spans masked.
 * An auto-title is the summary's first sentence, so the summary's warnings mask it too (the title alone
 * may lack the context that made a word a name).
 */
export function maskedStory(story: { title?: string; summary?: string | null; phiWarnings?: PhiWarning[] }): {
  title: string;
  summary: string;
} {
  const title = story.title ?? '';
  const summary = story.summary ?? '';
  const warnings = story.phiWarnings ?? [];
  const inSummary = warningsFor('summary', warnings);
  const titleWarnings = [...warningsFor('title', warnings)];
  if (title && summary.startsWith(title)) {
    for (const w of inSummary) if (w.end <= title.length) titleWarnings.push(w);
  }
  return { title: maskPhi(title, titleWarnings), summary: maskPhi(summary, inSummary) };
}
