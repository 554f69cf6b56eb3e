import { describe, expect, it } from 'vitest';
import type { TodayAction } from '../api/types';
import { routeOf } from '../app/router';
import { actionTarget, checkpointTarget, linkTarget, quickAnswer, reminderTarget, SETUP_TARGETS } from './actionTarget';

const LETTER = '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const ATTENDING = '6a1f4c9e-2b7d-4f0a-9c3e-1d2b3c4d5e6f';
const ROTATION = '11111111-2222-4333-8444-555555555555';

describe('where a Today action is done', () => {
  it('opens the message to send, with its kind', () => {
    const action: TodayAction = {
      id: `FIRST_REMINDER:${LETTER}`,
      kind: 'REMINDER',
      link: { kind: 'MESSAGE', id: LETTER, href: `/api/v1/messages?kind=REMINDER&letterId=${LETTER}` },
    };
    expect(routeOf(actionTarget(action))).toEqual({ name: 'messages', letterId: LETTER, kind: 'REMINDER' });
  });

  it('opens the packet email of the writer for a packet owed', () => {
    const action: TodayAction = {
      id: `letter-${LETTER}-packet`,
      kind: 'CHECKPOINT',
      link: { kind: 'PACKET', id: ATTENDING, href: `/api/v1/attendings/${ATTENDING}/packet` },
    };
    expect(routeOf(actionTarget(action))).toEqual({ name: 'messages', attendingId: ATTENDING, kind: 'PACKET_EMAIL' });
    expect(quickAnswer(action)).toBeNull();
  });

  it('opens the plan at a rotation step, where it is ticked', () => {
    const id = `rotation-${ROTATION}-expectations`;
    const action: TodayAction = {
      id,
      kind: 'CHECKPOINT',
      link: { kind: 'ROTATION', id: ROTATION, href: `/api/v1/rotations/${ROTATION}` },
    };
    expect(routeOf(actionTarget(action))).toEqual({ name: 'plan', at: id });
    expect(quickAnswer(action)).toBe('tick');
  });

  it('opens the log form for the step of writing down stories', () => {
    const action: TodayAction = {
      id: `rotation-${ROTATION}-stories`,
      kind: 'CHECKPOINT',
      link: { kind: 'ROTATION', id: ROTATION, href: '' },
    };
    expect(routeOf(actionTarget(action))).toEqual({ name: 'newStory' });
  });

  it('opens the target sheet for a step the target sheet completes', () => {
    const action: TodayAction = {
      id: 'prep-cv',
      kind: 'CHECKPOINT',
      link: { kind: 'PROFILE', id: null, href: '/api/v1/profile' },
    };
    expect(routeOf(actionTarget(action))).toEqual({ name: 'targetSheet' });
  });

  it('opens the ranked attendings to line up a backup writer', () => {
    const action: TodayAction = {
      id: `BACKUP_WRITER:${LETTER}`,
      kind: 'BACKUP',
      link: { kind: 'ATTENDING', id: null, href: '/api/v1/attendings?sort=rank' },
    };
    expect(routeOf(actionTarget(action))).toEqual({ name: 'attendings' });
    expect(quickAnswer(action)).toBeNull();
  });

  it('opens the habits for a habit or a red flag, and checks a habit in from Today', () => {
    const habit: TodayAction = {
      id: 'habit:GOOD_QUESTION',
      kind: 'HABIT',
      link: { kind: 'HABITS', id: null, href: '/api/v1/habits' },
    };
    const flag: TodayAction = {
      id: `red-flags:${ROTATION}`,
      kind: 'RED_FLAG',
      link: { kind: 'ROTATION', id: ROTATION, href: `/api/v1/rotations/${ROTATION}` },
    };
    expect(routeOf(actionTarget(habit))).toEqual({ name: 'habits' });
    expect(routeOf(actionTarget(flag))).toEqual({ name: 'habits' });
    expect(quickAnswer(habit)).toBe('checkIn');
    expect(quickAnswer(flag)).toBeNull();
  });

  it('opens the plan for a step ticked by hand, and the board for a letter step', () => {
    expect(
      routeOf(
        actionTarget({
          id: 'submit-eras',
          kind: 'CHECKPOINT',
          link: { kind: 'CHECKPOINT', id: 'submit-eras', href: '/api/v1/plan/submit-eras/done' },
        }),
      ),
    ).toEqual({
      name: 'plan',
      at: 'submit-eras',
    });
    expect(
      routeOf(
        actionTarget({ id: 'eras-entries', kind: 'CHECKPOINT', link: { kind: 'LETTER', id: null, href: '/api/v1/letters' } }),
      ),
    ).toEqual({ name: 'letters' });
  });
});

describe('where a plan step is done', () => {
  it('is the plan itself for rotation steps and hand ticks', () => {
    expect(checkpointTarget(`rotation-${ROTATION}-formative`, { kind: 'ROTATION', id: ROTATION, href: '' })).toBeNull();
    expect(checkpointTarget('submit-eras', { kind: 'CHECKPOINT', id: 'submit-eras', href: '' })).toBeNull();
    expect(checkpointTarget('x', undefined)).toBeNull();
  });

  it('is the screen its link names otherwise', () => {
    expect(checkpointTarget('prep-cv', { kind: 'PROFILE', id: null, href: '/api/v1/profile' })).toBe('#/settings/target');
    expect(checkpointTarget(`rotation-${ROTATION}-stories`, { kind: 'ROTATION', id: ROTATION, href: '' })).toBe('#/stories/new');
  });
});

describe('links of the plan and deadlines', () => {
  it('opens the record named', () => {
    expect(routeOf(linkTarget({ kind: 'ATTENDING', id: ATTENDING, href: '' })!)).toEqual({
      name: 'attendingForm',
      id: ATTENDING,
    });
    expect(routeOf(linkTarget({ kind: 'ROTATION', id: ROTATION, href: '' })!)).toEqual({ name: 'rotationForm', id: ROTATION });
  });

  it('reads a message link by attending when there is no letter yet', () => {
    expect(
      routeOf(
        linkTarget({ kind: 'MESSAGE', id: ATTENDING, href: `/api/v1/messages?kind=SOFT_SIGNAL&attendingId=${ATTENDING}` })!,
      ),
    ).toEqual({
      name: 'messages',
      attendingId: ATTENDING,
      kind: 'SOFT_SIGNAL',
    });
  });

  it('opens the program a link names, and the portfolio (programs short of letters) without one', () => {
    const PROGRAM = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
    expect(routeOf(linkTarget({ kind: 'PROGRAM', id: PROGRAM, href: `/api/v1/programs/${PROGRAM}` })!)).toEqual({
      name: 'program',
      id: PROGRAM,
    });
    expect(routeOf(linkTarget({ kind: 'PROGRAM', id: null, href: '/api/v1/programs' })!)).toEqual({ name: 'portfolio' });
  });

  it('opens the portfolio for a PORTFOLIO link (picking the top writers is about their mix)', () => {
    expect(routeOf(linkTarget({ kind: 'PORTFOLIO', id: null, href: '/api/v1/portfolio' })!)).toEqual({ name: 'portfolio' });
    expect(routeOf(linkTarget({ kind: 'LETTER', id: null, href: '/api/v1/letters' })!)).toEqual({ name: 'letters' });
  });

  it('has no target without a link', () => {
    expect(linkTarget(undefined)).toBeNull();
    expect(linkTarget({ href: '/x' })).toBeNull();
  });
});

describe('where a reminder is answered', () => {
  it('opens the message of its kind for the letter', () => {
    expect(routeOf(reminderTarget({ rule: 'FIRST_REMINDER', letterId: LETTER, messageKind: 'REMINDER' }))).toEqual({
      name: 'messages',
      letterId: LETTER,
      kind: 'REMINDER',
    });
  });

  it('opens the ranked attendings when a backup writer is needed', () => {
    expect(routeOf(reminderTarget({ rule: 'BACKUP_WRITER', letterId: LETTER, messageKind: 'DIRECT_ASK' }))).toEqual({
      name: 'attendings',
    });
  });
});

describe('the set-up steps of a new account', () => {
  it('each open the screen where that step is done: target sheet, a new rotation, a new attending, the log form', () => {
    expect(routeOf(SETUP_TARGETS.TARGET_SHEET)).toEqual({ name: 'targetSheet' });
    expect(routeOf(SETUP_TARGETS.ROTATION)).toEqual({ name: 'rotationForm' });
    expect(routeOf(SETUP_TARGETS.ATTENDING)).toEqual({ name: 'attendingForm' });
    expect(routeOf(SETUP_TARGETS.FIRST_STORY)).toEqual({ name: 'newStory' });
  });

  it('a story link opens the log form, or the story it names', () => {
    expect(routeOf(linkTarget({ kind: 'STORY', id: null, href: '/api/v1/stories' })!)).toEqual({ name: 'newStory' });
    expect(routeOf(linkTarget({ kind: 'STORY', id: 's-1', href: '/api/v1/stories/s-1' })!)).toEqual({ name: 'story', id: 's-1' });
  });

  it("a letter's link opens that letter's screen, not only the board", () => {
    expect(routeOf(linkTarget({ kind: 'LETTER', id: LETTER, href: `/api/v1/letters/${LETTER}` })!)).toEqual({
      name: 'letter',
      id: LETTER,
    });
  });
});
