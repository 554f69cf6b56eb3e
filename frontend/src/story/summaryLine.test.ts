import { describe, expect, it } from 'vitest';
import { summaryLine } from './summaryLine';

describe('summaryLine', () => {
  it('skips the first sentence when it became the title', () => {
    expect(summaryLine({ title: 'Led the code.', summary: 'Led the code. The senior let me run it.' })).toBe(
      'The senior let me run it.',
    );
    expect(summaryLine({ title: 'Led the code.', summary: 'Led the code.' })).toBe('');
    expect(summaryLine({ title: 'Led the code', summary: 'Led the code. The senior let me run it.' })).toBe(
      'The senior let me run it.',
    );
  });

  it('shows the whole summary under a title of its own', () => {
    expect(summaryLine({ title: 'Night float', summary: 'Covered 30 patients.' })).toBe('Covered 30 patients.');
    expect(summaryLine({ title: 'Night float', summary: null })).toBe('');
    expect(summaryLine({ title: 'Night', summary: 'Night float was busy.' })).toBe('Night float was busy.');
  });
});
