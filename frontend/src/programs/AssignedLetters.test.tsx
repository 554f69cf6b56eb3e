// @vitest-environment happy-dom
// A program's list of letters going to it names where each was requested: an EM program's letter in
// ResidencyCAS, an Internal Medicine one in ERAS (the services come from the API's letters, not from a rule here).
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Letter, Program } from '../api/types';
import { AssignedLetters } from './ProgramDetail';

afterEach(cleanup);

const program = {
  id: 'program-em',
  name: 'County EM Residency',
  specialty: 'Emergency Medicine',
  assignedLetters: [
    { letterId: 'letter-okafor', attendingName: 'Dr. Chidi Okafor', status: 'REQUESTED_IN_ERAS', flags: [] },
    { letterId: 'letter-nguyen', attendingName: 'Dr. Lan Nguyen', status: 'REQUESTED_IN_ERAS', flags: [] },
    { letterId: 'letter-ruiz', attendingName: 'Dr. Ana Ruiz', status: 'AGREED', flags: [] },
  ],
} as unknown as Program;

const letters = [
  { id: 'letter-okafor', attendingName: 'Dr. Chidi Okafor', status: 'REQUESTED_IN_ERAS', services: ['RESIDENCYCAS'] },
  { id: 'letter-nguyen', attendingName: 'Dr. Lan Nguyen', status: 'REQUESTED_IN_ERAS', services: ['ERAS', 'RESIDENCYCAS'] },
  { id: 'letter-ruiz', attendingName: 'Dr. Ana Ruiz', status: 'AGREED', services: ['RESIDENCYCAS'] },
] as unknown as Letter[];

describe('the letters going to a program', () => {
  it('name the service each letter was requested in, never ERAS for a ResidencyCAS letter', () => {
    render(<AssignedLetters program={program} letters={letters} />);
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toBe('Dr. Chidi Okafor (Requested in ResidencyCAS)');
    expect(lines[1]).toMatch(/^Dr\. Lan Nguyen \(Requested in ERAS and ResidencyCAS\)$/);
    expect(lines[2]).toBe('Dr. Ana Ruiz (Agreed)');
  });
});
