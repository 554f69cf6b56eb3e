import { describe, expect, it } from 'vitest';
import type { PhiWarning } from '../api/types';
import { phiPieces } from './phiMarks';

const warning = (start: number, end: number, text: string): PhiWarning => ({
  field: 'summary',
  kind: 'RECORD_NUMBER',
  start,
  end,
  text,
  reason: 'record number',
});

describe('phiPieces', () => {
  it('marks the flagged words and keeps the rest', () => {
    const text = 'Saw MRN 00482913 today';
    const pieces = phiPieces(text, [warning(4, 16, 'MRN 00482913')]);
    expect(pieces.map((p) => [p.text, !!p.warning])).toEqual([
      ['Saw ', false],
      ['MRN 00482913', true],
      [' today', false],
    ]);
  });

  it('skips spans that overlap or no longer fit the text', () => {
    const pieces = phiPieces('abcdef', [warning(0, 2, 'ab'), warning(1, 3, 'bc'), warning(4, 99, 'ef…')]);
    expect(pieces.map((p) => [p.text, !!p.warning])).toEqual([
      ['ab', true],
      ['cdef', false],
    ]);
  });

  it('leaves a clean text whole', () => {
    expect(phiPieces('no identifiers', [])).toEqual([{ text: 'no identifiers' }]);
  });
});
