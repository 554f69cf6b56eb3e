import { describe, expect, it } from 'vitest';
import { buildMailto, mailtoHref } from './mailto';

const email = {
  inPerson: false,
  to: 'mlindqvist@example.org',
  cc: null,
  subject: 'Thank you',
  body: 'Dear Dr Lindqvist',
  mailto: null,
};

describe('mailtoHref', () => {
  it("uses the API's own mailto: link", () => {
    const mailto = 'mailto:mlindqvist@example.org?subject=Thank%20you&body=Dear%20Dr%20Lindqvist';
    expect(mailtoHref({ ...email, mailto })).toBe(mailto);
  });

  it('never uses an address that is not a mailto: link', () => {
    expect(mailtoHref({ ...email, mailto: 'javascript:alert(1)' })).toBe(
      'mailto:mlindqvist@example.org?subject=Thank%20you&body=Dear%20Dr%20Lindqvist',
    );
  });

  it('has none for a script said in person', () => {
    expect(mailtoHref({ ...email, inPerson: true, mailto: 'mailto:x@example.org' })).toBeNull();
    expect(mailtoHref({ ...email, to: null, subject: null })).toBeNull();
  });

  it('opens an email without an address when none is known yet', () => {
    expect(mailtoHref({ ...email, to: null })).toBe('mailto:?subject=Thank%20you&body=Dear%20Dr%20Lindqvist');
  });
});

describe('buildMailto', () => {
  it('encodes subject and body, with line breaks as CRLF', () => {
    const href = buildMailto({
      to: 'mlindqvist@example.org',
      cc: '',
      subject: 'Letter for Ana Pérez & co: 100% ready?',
      body: 'Dear Dr Lindqvist,\n\nThank you!\nAna',
    });
    expect(href).toBe(
      'mailto:mlindqvist@example.org?subject=Letter%20for%20Ana%20P%C3%A9rez%20%26%20co%3A%20100%25%20ready%3F&body=Dear%20Dr%20Lindqvist%2C%0D%0A%0D%0AThank%20you!%0D%0AAna',
    );
    // The mail app gets back exactly what was written.
    const url = new URL(href);
    expect(decodeURIComponent(url.search.split('body=')[1]!)).toBe('Dear Dr Lindqvist,\r\n\r\nThank you!\r\nAna');
  });

  it('keeps several addresses and the cc readable, and encodes what could break the address', () => {
    expect(buildMailto({ to: 'a@example.org, b@example.org', cc: 'coordinator@example.org', subject: '', body: '' })).toBe(
      'mailto:a@example.org,b@example.org?cc=coordinator@example.org',
    );
    expect(buildMailto({ to: 'odd?name@example.org', cc: '', subject: 'x', body: '' })).toBe(
      'mailto:odd%3Fname@example.org?subject=x',
    );
  });
});
