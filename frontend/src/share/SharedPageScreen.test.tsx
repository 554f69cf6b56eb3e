// @vitest-environment happy-dom
// The page a shared link opens, with no login: the writer's page greets the writer, says the soft
// deadline plainly, quotes the stories the packet chose for them, and records one of three answers
// with a thank-you that says the applicant marks it received. The adviser's view shows no
// story text unless the link was made with it. A dead link gets one kind sentence; a burst of opens
// is asked to wait. Search engines are told to stay away while the page shows.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SharedPage } from '../api/types';
import { answerSharedPage, getSharedPage, GONE_MESSAGE, TOO_MANY_MESSAGE } from './sharedPageApi';
import { SharedPageScreen } from './SharedPageScreen';

vi.mock('./sharedPageApi', async (original) => ({
  ...(await original<object>()),
  getSharedPage: vi.fn(),
  answerSharedPage: vi.fn(),
}));
const open = vi.mocked(getSharedPage);
const answer = vi.mocked(answerSharedPage);

const TOKEN = 'Zk3_q-9xWb0aT7uLmN2pQr5sVy8cD1eF4gH6jK0oPiU';

const story = (id: string, title: string, text: string, occurredOn: string) => ({
  kind: 'STORY' as const,
  id,
  title,
  text,
  occurredOn,
  tagged: false,
});

const WRITER_PAGE: SharedPage = {
  kind: 'WRITER',
  applicantName: 'Amara Nwosu',
  expiresOn: null,
  adviser: null,
  writer: {
    writerName: 'Sarah Mitchell',
    greeting: 'Dr. Mitchell',
    letterType: 'TARGET_SPECIALTY',
    forSpecialty: 'Internal Medicine',
    service: 'ERAS',
    softDeadline: '2027-08-20',
    uploadSteps: [
      'Open the ERAS Letter Writer Portal with the guest link from my request email, or your own account.',
      'Upload a PDF, at most 1 MB, yourself or through your assistant; never through me.',
    ],
    standardizedForm: null,
    cvReady: true,
    personalStatementReady: null,
    writerWord: null,
    answers: ['WILL_WRITE', 'CANNOT_WRITE', 'UPLOADED'],
    packet: {
      attendingId: 'a-1',
      title: 'Talking points for Dr. Mitchell',
      form: { key: 'ACGME_NARRATIVE', name: 'a narrative letter', unverified: false, note: null },
      service: 'ERAS',
      sections: [
        {
          field: { key: 'MK', label: 'Medical knowledge', hint: '', writersCall: false },
          evidence: [
            story(
              's1',
              'Walked the team through the anion gap',
              'pt w/ DKA on admission, walked the team through the anion gap before the senior asked',
              '2026-11-17',
            ),
          ],
        },
        { field: { key: 'RANK', label: 'Overall rank', hint: '', writersCall: true }, evidence: [] },
      ],
      fieldsWithoutEvidence: [],
      otherEvidence: [story('s2', 'flagged a missed sepsis bundle at 2am', '(November 19, 2026)', '2026-11-19')],
      upload: { heading: 'Uploading to ERAS', rules: [] },
      storiesWithheld: 0,
      storiesOwn: 2,
      storiesShort: true,
      applicantNote: 'ask her about the ICU month',
    },
  },
};

const ADVISER_PAGE: SharedPage = {
  kind: 'ADVISER',
  applicantName: 'Amara Nwosu',
  expiresOn: '2027-01-01',
  writer: null,
  adviser: {
    letters: [
      {
        writerName: 'Sarah Mitchell',
        letterType: 'TARGET_SPECIALTY',
        status: 'REQUESTED_IN_ERAS',
        services: ['RESIDENCYCAS'],
        softDeadline: '2027-08-20',
        receivedOn: null,
        writerWord: { answer: 'UPLOADED', note: null, saidAt: '2026-12-02T15:40:00Z' },
      },
      {
        writerName: 'Dr James Okafor',
        letterType: 'OTHER_US_SPECIALTY',
        status: 'ASKED',
        services: ['RESIDENCYCAS'],
        softDeadline: null,
        receivedOn: null,
        writerWord: null,
      },
    ],
    portfolio: {
      secured: 1,
      received: 0,
      checks: [
        { code: 'LETTER_COUNT', status: 'MISSING', message: '1 letter secured; aim for 2 to 4.', links: [] },
        {
          code: 'CORE_IN_SPECIALTY',
          status: 'MISSING',
          message:
            "No letter yet from core or academic faculty in Amara's target specialty: that is the one programs look for first.",
          links: [],
        },
        {
          code: 'RECEIVED_NOT_ASSIGNED',
          status: 'WARNING',
          message:
            'Received but assigned to no program: Dr James Okafor. ResidencyCAS sends a letter only to the programs Amara assigns it to by hand.',
          links: [],
        },
      ],
    },
    plan: { done: 4, total: 19, next: ['Send the packet to Dr. Mitchell', "Submit Amara's ERAS application"] },
    deadlines: [{ on: '2027-06-02', what: 'ERAS opens' }],
    stories: null,
    feedback: null,
  },
};

afterEach(() => {
  cleanup();
  open.mockReset();
  answer.mockReset();
});

const robots = () => document.head.querySelector('meta[name="robots"]')?.getAttribute('content');

describe("the writer's page", () => {
  it('greets the writer, says the soft deadline plainly, and quotes only the packet the API chose, never her own note', async () => {
    open.mockResolvedValue({ ok: true, value: WRITER_PAGE });
    render(<SharedPageScreen token={TOKEN} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Letter of recommendation for Amara Nwosu' })).toBeTruthy();
    expect(open).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(screen.getByText('Dear Dr. Mitchell,')).toBeTruthy();
    expect(document.body.textContent).toContain('please upload it by Friday, August 20, 2027');
    expect(document.body.textContent).toContain(
      'Upload a PDF, at most 1 MB, yourself or through your assistant; never through me.',
    );
    expect(document.body.textContent).toContain('walked the team through the anion gap before the senior asked');
    expect(document.body.textContent).toContain('flagged a missed sepsis bundle at 2am');
    expect(document.body.textContent).toContain('CV: ready');
    expect(document.body.textContent).toContain('Personal statement: not recorded');
    expect(document.body.textContent).not.toContain('ask her about the ICU month');
    expect(document.body.textContent).not.toContain('(November 19, 2026)'); // the day once, not twice
    expect(robots()).toBe('noindex, nofollow');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'I will write it',
      "I can't this time",
      'I have uploaded it',
    ]);
  });

  it('records "I have uploaded it" with the note, thanks the writer and says the applicant marks it received', async () => {
    open.mockResolvedValue({ ok: true, value: WRITER_PAGE });
    answer.mockResolvedValue({
      ok: true,
      value: { answer: 'UPLOADED', note: 'sent from the portal', saidAt: '2026-12-02T15:40:00Z' },
    });
    render(<SharedPageScreen token={TOKEN} />);
    await userEvent.type(await screen.findByLabelText('A note for Amara Nwosu (optional)'), 'sent from the portal');
    await userEvent.click(screen.getByRole('button', { name: 'I have uploaded it' }));
    expect(answer).toHaveBeenCalledExactlyOnceWith(TOKEN, 'UPLOADED', 'sent from the portal');
    expect(screen.getByRole('status').querySelector('p')?.textContent).toBe(
      'Recorded: you have uploaded it. Thank you! Amara Nwosu will check that it arrived and mark it received: there is nothing more for you to do.',
    );
    expect(open).toHaveBeenCalledTimes(1); // the answer is shown from the POST's reply: no second view counted
  });

  it('heads the moments "Other moments" only after moments filed under the fields of the form', async () => {
    open.mockResolvedValue({ ok: true, value: WRITER_PAGE });
    render(<SharedPageScreen token={TOKEN} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Other moments' })).toBeTruthy();
    cleanup();
    const packet = WRITER_PAGE.writer!.packet!;
    const noFields = { ...packet, sections: packet.sections.map((section) => ({ ...section, evidence: [] })) };
    open.mockResolvedValue({ ok: true, value: { ...WRITER_PAGE, writer: { ...WRITER_PAGE.writer!, packet: noFields } } });
    render(<SharedPageScreen token={TOKEN} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Moments you saw' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Other moments' })).toBeNull();
    expect(document.body.textContent).toContain('flagged a missed sepsis bundle at 2am');
  });

  it('heads the upload steps of a General letter through both services with both names', async () => {
    const general = {
      ...WRITER_PAGE,
      writer: { ...WRITER_PAGE.writer!, forSpecialty: null, services: ['ERAS', 'RESIDENCYCAS'] },
    } as SharedPage;
    open.mockResolvedValue({ ok: true, value: general });
    render(<SharedPageScreen token={TOKEN} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'How to upload it (ERAS and ResidencyCAS)' })).toBeTruthy();
  });

  it('shows what the writer said last time', async () => {
    open.mockResolvedValue({
      ok: true,
      value: {
        ...WRITER_PAGE,
        writer: { ...WRITER_PAGE.writer!, writerWord: { answer: 'WILL_WRITE', note: null, saidAt: '2026-11-30T10:00:00Z' } },
      },
    });
    render(<SharedPageScreen token={TOKEN} />);
    expect((await screen.findByText(/You told Amara Nwosu on/)).textContent).toBe(
      'You told Amara Nwosu on Nov 30: “I will write it”.',
    );
  });
});

describe("the adviser's view", () => {
  it("shows the board with each writer's word, the check, the plan and the dates, and no story section without stories", async () => {
    open.mockResolvedValue({ ok: true, value: ADVISER_PAGE });
    render(<SharedPageScreen token={TOKEN} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Amara Nwosu: letters of recommendation' })).toBeTruthy();
    const text = document.body.textContent!;
    expect(text).toContain('Sarah Mitchell says it is uploaded (Dec 2). Not confirmed as received yet.');
    expect(text).not.toContain('Check ERAS'); // advice is for the applicant, not the adviser
    expect(text).toContain('1 letter secured; aim for 2 to 4.');
    expect(text).toContain('4 of 19 steps done.');
    expect(text).toContain('Send the packet to Dr. Mitchell');
    expect(text).toContain('Jun 2, 2027: ERAS opens');
    expect(screen.queryByRole('heading', { name: 'Stories' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Feedback' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("reads about the applicant, by name: her findings, her next steps, her letters' own service", async () => {
    open.mockResolvedValue({ ok: true, value: ADVISER_PAGE });
    render(<SharedPageScreen token={TOKEN} />);
    await screen.findByRole('heading', { level: 1, name: 'Amara Nwosu: letters of recommendation' });
    const text = document.body.textContent!;
    expect(text).toContain(
      "Core faculty in the target specialty: No letter yet from core or academic faculty in Amara's target specialty",
    );
    expect(text).toContain('Needs attention soon');
    expect(text).toContain("Amara Nwosu's next steps:");
    expect(text).toContain("Submit Amara's ERAS application");
    expect(text).toContain('Requested in ResidencyCAS');
    // "you" is only ever the adviser ("shared this page with you"): nothing of hers is called theirs.
    for (const applicantsWords of ['your specialty', 'Needs you', 'Next:', 'Requested in ERAS', 'What I changed'])
      expect(text).not.toContain(applicantsWords);
    expect(text.match(/\byour\b/gi)).toBeNull();
  });

  it('shows story and feedback texts when the link was made with them', async () => {
    open.mockResolvedValue({
      ok: true,
      value: {
        ...ADVISER_PAGE,
        adviser: {
          ...ADVISER_PAGE.adviser!,
          stories: [
            {
              occurredOn: '2026-11-17',
              writerName: 'Sarah Mitchell',
              title: 'Anion gap',
              text: 'walked the team through the anion gap',
            },
          ],
          feedback: [
            {
              receivedOn: '2026-11-29',
              writerName: 'Sarah Mitchell',
              wentWell: 'clear presentations',
              toImprove: 'tighter plans',
              whatIChanged: 'lead with the assessment now',
            },
          ],
        },
      },
    });
    render(<SharedPageScreen token={TOKEN} />);
    expect(await screen.findByRole('heading', { name: 'Stories' })).toBeTruthy();
    expect(document.body.textContent).toContain('walked the team through the anion gap');
    expect(document.body.textContent).toContain('To improve: tighter plans');
    expect(document.body.textContent).toContain('What Amara Nwosu changed: lead with the assessment now');
  });
});

describe('a link that does not open', () => {
  it('says kindly that it does not work any more, with nothing to retry', async () => {
    open.mockResolvedValue({ ok: false, status: 404, errors: { fields: {}, form: [GONE_MESSAGE] } });
    render(<SharedPageScreen token="unknown" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, this link has ended' })).toBeTruthy();
    expect(document.body.textContent).toContain('This link does not work any more. Ask the applicant for a new one.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks to wait after too many opens in a minute, and tries again on a tap', async () => {
    open.mockResolvedValueOnce({ ok: false, status: 429, errors: { fields: {}, form: [TOO_MANY_MESSAGE] } });
    open.mockResolvedValueOnce({ ok: true, value: WRITER_PAGE });
    render(<SharedPageScreen token={TOKEN} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Too many opens in a minute; try again shortly.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Letter of recommendation for Amara Nwosu' })).toBeTruthy();
  });
});
