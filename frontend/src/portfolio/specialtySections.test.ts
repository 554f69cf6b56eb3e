import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../api/types';
import { specialtySections } from './specialtySections';

const count = (message: string) => ({ code: 'LETTER_COUNT', status: 'OK', message, links: [] }) as const;

describe('portfolio check lists', () => {
  it('shows one untitled list for one specialty', () => {
    const one = {
      checks: [count('2 letters secured')],
      specialties: [{ specialty: 'internal medicine', service: 'ERAS', checks: [count('2 letters secured')] }],
    } as unknown as Portfolio;
    expect(specialtySections(one)).toEqual([{ heading: null, checks: [count('2 letters secured')] }]);
  });
  it('shows one list per specialty, named with its service', () => {
    const two = {
      checks: [count('2 letters secured')],
      specialties: [
        { specialty: 'internal medicine', service: 'ERAS', checks: [count('2 letters secured')] },
        { specialty: 'emergency med', service: 'RESIDENCYCAS', checks: [count('1 letter secured so far')] },
      ],
    } as unknown as Portfolio;
    expect(specialtySections(two).map((s) => s.heading)).toEqual(['internal medicine · ERAS', 'emergency med · ResidencyCAS']);
    expect(specialtySections(two)[1]?.checks[0]?.message).toBe('1 letter secured so far');
  });
  it('reads an older answer without specialties', () => {
    const old = { checks: [count('no letters')] } as unknown as Portfolio;
    expect(specialtySections(old)).toHaveLength(1);
  });
});
