import { describe, expect, it } from 'vitest';
import type { PhiWarning } from '../api/types';
import { maskedStory, replaceSpan } from './phiMarks';
import { summaryLine } from './summaryLine';

const summary = 'pt john smith in bed 12 came in 11/29 w/ dka, mrn 4471902. Caught the gap on the BMP.';
const at = (text: string, kind: PhiWarning['kind'], field = 'summary'): PhiWarning => {
  const start = summary.indexOf(text);
  return { field, kind, start, end: start + text.length, text, reason: 'test' };
};
const name = at('john smith', 'NAME');
const warnings = [name, at('11/29', 'DATE'), at('4471902', 'RECORD_NUMBER')];

describe('masking flagged words until a story is reviewed', () => {
  it('hides the name, the date and the number in the auto-title and the line under it', () => {
    const title = 'pt john smith in bed 12 came in 11/29 w/ dka, mrn 4471902';
    const masked = maskedStory({ title, summary, phiWarnings: warnings });
    expect(masked.title).toBe('pt [name] in bed 12 came in [date] w/ dka, mrn [number]');
    expect(masked.title).not.toContain('john');
    expect(summaryLine(masked)).toBe('Caught the gap on the BMP.');
  });

  it('leaves a reviewed story (no warnings) as written', () => {
    expect(maskedStory({ title: 'pt john smith', summary: 'pt john smith', phiWarnings: [] }).title).toBe('pt john smith');
  });

  it('one tap replaces just that span, and a stale warning changes nothing', () => {
    expect(replaceSpan(summary, name)).toBe(summary.replace('john smith', '[name]'));
    expect(replaceSpan('pt jon smith', name)).toBe('pt jon smith');
  });
});
