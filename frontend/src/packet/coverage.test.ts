import { describe, expect, it } from 'vitest';
import type { PacketData } from '../api/types';
import { coverageRows, emptyFieldsSentence } from './coverage';

type Section = PacketData['sections'][number];

const field = (key: string, label: string, writersCall = false) => ({ key, label, hint: '', writersCall });
const story = (title: string) => ({ kind: 'STORY' as const, id: title, title, text: '', occurredOn: null, tagged: false });
const feedback = (title: string) => ({ ...story(title), kind: 'FEEDBACK' as const });

const sections: Section[] = [
  { field: field('ESLOE_2.PART_A', 'Part A: core emergency skills'), evidence: [story('septic pt'), story('shoulder')] },
  { field: field('ESLOE_2.PART_B', 'Part B: professionalism and working with others'), evidence: [] },
  { field: field('ESLOE_2.PART_C', 'Part C: expected guidance and rank-list placement', true), evidence: [] },
];

describe('the packet by the writer’s form', () => {
  it('says what each field cites, marks the empty ones and leaves the writer’s call to them', () => {
    expect(coverageRows({ sections }).map((r) => [r.label, r.state, r.line])).toEqual([
      ['Part A: core emergency skills', 'evidence', '2 stories'],
      ['Part B: professionalism and working with others', 'empty', 'No evidence yet'],
      ['Part C: expected guidance and rank-list placement', 'writers-call', "The writer's own judgement"],
    ]);
  });

  it('counts feedback beside stories', () => {
    const areas: Section = {
      field: field('OBGYN_SLOE.AREAS_FOR_IMPROVEMENT', 'Areas for improvement'),
      evidence: [feedback('sign-out'), story('pph counselling')],
    };
    expect(coverageRows({ sections: [areas] })[0]!.line).toBe('1 story, 1 feedback');
  });

  it('says how many fillable fields are still empty, not the labels the list already shows', () => {
    const part = (key: string) => sections.find((s) => s.field.key === key)!.field;
    expect(emptyFieldsSentence({ sections, fieldsWithoutEvidence: [part('ESLOE_2.PART_B')] })).toBe(
      '1 of 2 fields has no evidence yet: tag a story this writer saw with the fields it shows, or log a new one.',
    );
    const untouched = sections.map((s) => ({ ...s, evidence: [] }));
    expect(
      emptyFieldsSentence({ sections: untouched, fieldsWithoutEvidence: [part('ESLOE_2.PART_A'), part('ESLOE_2.PART_B')] }),
    ).toMatch(/^None of these fields has evidence yet/);
    expect(emptyFieldsSentence({ sections, fieldsWithoutEvidence: [] })).toBeNull();
  });
});
