import { describe, expect, it } from 'vitest';
import { packetFileName, storiesWithheld, withheldSentence } from './withheld';

const headers = (value?: string) => new Headers(value === undefined ? {} : { 'LORkit-Stories-Withheld': value });

describe('storiesWithheld', () => {
  it('reads the count, whatever the case of the header name', () => {
    expect(storiesWithheld(headers('2'))).toBe(2);
    expect(storiesWithheld(new Headers({ 'lorkit-stories-withheld': ' 1 ' }))).toBe(1);
    expect(storiesWithheld(headers('0'))).toBe(0);
  });

  it('counts nothing when the header is missing or not a count', () => {
    expect(storiesWithheld(headers())).toBe(0);
    expect(storiesWithheld(headers('-1'))).toBe(0);
    expect(storiesWithheld(headers('two'))).toBe(0);
    expect(storiesWithheld(headers('1.5'))).toBe(0);
  });
});

describe('withheldSentence', () => {
  it('says how many stories wait for a review', () => {
    expect(withheldSentence(1)).toBe('1 story withheld until you review its PHI warnings.');
    expect(withheldSentence(3)).toBe('3 stories withheld until you review their PHI warnings.');
  });
});

describe('packetFileName', () => {
  it('names the file after the writer, without titles or accents', () => {
    expect(packetFileName('Dr. Maya Lindqvist')).toBe('talking-points-maya-lindqvist.pdf');
    expect(packetFileName('José Núñez, MD')).toBe('talking-points-jose-nunez-md.pdf');
    expect(packetFileName(undefined)).toBe('talking-points.pdf');
    expect(packetFileName('李')).toBe('talking-points.pdf');
  });
});
