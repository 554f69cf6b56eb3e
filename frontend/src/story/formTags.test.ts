import { describe, expect, it } from 'vitest';
import type { WriterForm } from '../api/types';
import { tagCount, tagGroups } from './formTags';

const field = (key: string, label: string, writersCall = false) => ({ key, label, hint: `what fits ${label}`, writersCall });

const FORMS: WriterForm[] = [
  {
    key: 'ESLOE_2',
    name: 'eSLOE 2.0 (Emergency Medicine)',
    unverified: false,
    note: null,
    yours: true,
    writers: [{ attendingId: 'a-ramos', name: 'Dr. Elena Ramos' }],
    fields: [
      field('ESLOE_2.PART_A', 'Part A: core emergency skills'),
      field('ESLOE_2.PART_B', 'Part B: professionalism and working with others'),
      field('ESLOE_2.PART_C', 'Part C: expected guidance and rank-list placement', true),
    ],
  },
  {
    key: 'ORTHO_SLOR',
    name: 'Orthopaedic surgery standardized letter',
    unverified: true,
    note: "Field list not confirmed: the writer's form may name its fields differently.",
    yours: false,
    writers: [],
    fields: [field('ORTHO_SLOR.PATIENT_CARE', 'Patient care')],
  },
  {
    key: 'PORTAL_FORM',
    name: 'Standardized form in the AAMC Letter Writer Portal',
    unverified: true,
    note: "Field list not confirmed: the writer's form may name its fields differently.",
    yours: true,
    writers: [],
    fields: [field('ACGME.PATIENT_CARE', 'Patient care')],
  },
];

describe('the form-field tags a story offers', () => {
  it('offers the forms that matter to the applicant, without the writer’s own calls', () => {
    const groups = tagGroups(FORMS);
    expect(groups.map((g) => g.key)).toEqual(['ESLOE_2', 'PORTAL_FORM']);
    expect(groups[0]!.options.map((o) => o.label)).toEqual([
      'Part A: core emergency skills',
      'Part B: professionalism and working with others',
    ]);
    expect(groups[0]!.writers).toEqual(['Dr. Elena Ramos']);
  });

  it('carries the API’s “not confirmed” note only for unverified forms', () => {
    const groups = tagGroups(FORMS);
    expect(groups[0]!.note).toBeNull();
    expect(groups[1]!.note).toBe("Field list not confirmed: the writer's form may name its fields differently.");
  });

  it('counts the chosen tags for the closed summary', () => {
    expect(tagCount([])).toBe('');
    expect(tagCount(['ESLOE_2.PART_A'])).toBe('1 tag');
    expect(tagCount(['ESLOE_2.PART_A', 'ACGME.PATIENT_CARE'])).toBe('2 tags');
  });
});
