// A letter's status names the service its request went to: an OB/GYN or EM letter is requested in
// ResidencyCAS, not in ERAS; a General letter of an applicant in both, in both.
import { describe, expect, it } from 'vitest';
import { moveOf, statusOf } from './labels';

describe("a letter's status in words", () => {
  it('names the letter’s own service for a request made in it', () => {
    expect(statusOf('REQUESTED_IN_ERAS', ['RESIDENCYCAS'])).toBe('Requested in ResidencyCAS');
    expect(statusOf('REQUESTED_IN_ERAS', ['ERAS', 'RESIDENCYCAS'])).toBe('Requested in ERAS and ResidencyCAS');
    expect(statusOf('REQUESTED_IN_ERAS', ['ERAS'])).toBe('Requested in ERAS');
  });

  it('keeps the plain words when the API named no service, and for every other status', () => {
    expect(statusOf('REQUESTED_IN_ERAS', undefined)).toBe('Requested in ERAS');
    expect(statusOf('PACKET_SENT', ['RESIDENCYCAS'])).toBe('Packet sent');
    expect(statusOf(undefined, ['ERAS'])).toBe('');
  });
});

describe("a letter's next step in words", () => {
  it('says where the applicant requested the letter: its own service', () => {
    expect(moveOf('REQUESTED_IN_ERAS', ['RESIDENCYCAS'])).toBe('I requested it in ResidencyCAS');
    expect(moveOf('REQUESTED_IN_ERAS', ['ERAS', 'RESIDENCYCAS'])).toBe('I requested it in ERAS and ResidencyCAS');
    expect(moveOf('AGREED', ['RESIDENCYCAS'])).toBe('They agreed');
  });
});
