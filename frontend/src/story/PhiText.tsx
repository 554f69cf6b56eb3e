// A story field's text with the words the PHI guard flagged marked in place.
import type { PhiWarning } from '../api/types';
import { phiPieces } from './phiMarks';

export function PhiText({ text, warnings }: { text: string; warnings: readonly PhiWarning[] }) {
  if (warnings.length === 0) return <>{text}</>;
  return (
    <>
      {phiPieces(text, warnings).map((piece, index) =>
        piece.warning ? (
          <mark key={index} class="phi-mark" title={piece.warning.reason}>
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
