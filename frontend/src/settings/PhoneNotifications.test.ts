// What the phone-notifications panel says before any tap: which phones are on, whether this one is, and
// what this browser allows (no push at all, blocked), so nobody taps a button that cannot work.
import { describe, expect, it } from 'vitest';
import type { NotificationSettings } from '../api/types';
import { phoneState, PUSH_SAID } from './PhoneNotifications';

const settings = (pushEnabled: boolean, phones: number): NotificationSettings => ({
  digest: 'WEEKLY',
  digestWeekday: 'FRIDAY',
  digestAt: '18:00',
  quietFrom: null,
  quietUntil: null,
  urgentNotes: true,
  emailEnabled: true,
  pushEnabled,
  timeZone: 'America/Chicago',
  phones,
  nextDigestAt: null,
  version: 4,
});
const phone = { supported: true, permission: () => 'default' as NotificationPermission };

describe('the phone notifications panel', () => {
  it('on for this phone only: says so, and offers to turn it off here', () => {
    expect(phoneState(settings(true, 1), true, phone)).toEqual({
      summary: 'On for this phone.',
      browserSays: null,
      button: { label: 'Turn off on this phone', turnOn: false },
    });
    expect(phoneState(settings(true, 3), true, phone).summary).toBe('On for this phone and 2 more phones or browsers.');
  });

  it('on for another phone, not this one (logged out here since, or set up elsewhere): offers this one too', () => {
    expect(phoneState(settings(true, 1), false, phone)).toEqual({
      summary: 'On for 1 phone or browser, not this one.',
      browserSays: null,
      button: { label: 'Turn on for this phone too', turnOn: true },
    });
  });

  it('switched on, but no phone left subscribed, reads as off', () => {
    expect(phoneState(settings(true, 0), true, phone).summary).toMatch(/^Off\./);
    expect(phoneState(settings(false, 2), true, phone).button).toEqual({ label: 'Turn on phone notifications', turnOn: true });
  });

  it('a browser without push says so up front, with no button', () => {
    expect(phoneState(settings(false, 0), false, { supported: false, permission: () => 'denied' })).toMatchObject({
      browserSays: PUSH_SAID.unsupported,
      button: null,
    });
  });

  it('blocked notifications are said before the tap; the button stays for after the applicant allows them', () => {
    const blocked = { supported: true, permission: () => 'denied' as NotificationPermission };
    expect(phoneState(settings(false, 0), false, blocked)).toMatchObject({
      browserSays: PUSH_SAID.denied,
      button: { label: 'Turn on phone notifications', turnOn: true },
    });
  });
});
