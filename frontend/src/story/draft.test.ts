import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, missingContent, toStoryInput } from './draft';

describe('story draft', () => {
  it('sends only what was filled in, trimmed', () => {
    expect(JSON.parse(JSON.stringify(toStoryInput({ ...EMPTY_DRAFT, summary: '  Presented a case of DKA.  ' })))).toEqual({
      summary: 'Presented a case of DKA.',
      kind: 'CASE',
      includeInPacket: true,
      rotationId: null,
      witnessAttendingIds: [],
      competencies: [],
      formFields: [],
    });
  });

  it('sends every detail when given', () => {
    const draft = {
      summary: 'S',
      title: 'T',
      occurredOn: '2025-03-01',
      kind: 'TEACHING' as const,
      whatIDid: 'D',
      whatItShows: 'W',
      includeInPacket: true,
      rotationId: 'r1',
      witnessAttendingIds: ['a1'],
      competencies: ['TEACHING' as const],
      formFields: ['ACGME.MEDICAL_KNOWLEDGE'],
    };
    expect(toStoryInput(draft)).toEqual(draft);
  });

  it('needs a title or a sentence, nothing more', () => {
    expect(missingContent(EMPTY_DRAFT)).toEqual({ summary: expect.stringMatching(/sentence/) });
    expect(missingContent({ ...EMPTY_DRAFT, summary: '   ', title: ' ' })).not.toBeNull();
    expect(missingContent({ ...EMPTY_DRAFT, title: 'Night float code' })).toBeNull();
    expect(missingContent({ ...EMPTY_DRAFT, summary: 'Led the family meeting.' })).toBeNull();
  });
});
