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
