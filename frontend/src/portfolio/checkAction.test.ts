import { describe, expect, it } from 'vitest';
import type { PortfolioCheck } from '../api/types';
import { routeOf } from '../app/router';
import { checkAction } from './checkAction';

const LETTER = '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const PROGRAM = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const OTHER_PROGRAM = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const letterLink = { kind: 'LETTER' as const, id: LETTER, href: `/api/v1/letters/${LETTER}` };
const programLink = (id: string) => ({ kind: 'PROGRAM' as const, id, href: `/api/v1/programs/${id}` });

/** The screen a check leads to, as a route. */
const where = (check: PortfolioCheck) => {
  const action = checkAction(check);
  return action && routeOf(action.href);
};

describe('where a portfolio check is acted on', () => {
  it('gives a met check no link', () => {
    expect(checkAction({ code: 'CORE_IN_SPECIALTY', status: 'OK', message: '1 letter…', links: [letterLink] })).toBeNull();
    expect(checkAction({ code: 'BACKUP_NEEDED', status: 'OK', message: 'No writer is silent…', links: [] })).toBeNull();
  });

  it('opens the ranked attendings to find a backup writer for a silent one', () => {
    const check: PortfolioCheck = { code: 'BACKUP_NEEDED', status: 'WARNING', message: 'Backup needed: …', links: [letterLink] };
    expect(where(check)).toEqual({ name: 'attendings' });
    expect(checkAction(check)?.label).toBe('Find a backup writer');
  });

  it('opens the attendings for a kind of writer still missing, or a plain yes', () => {
    for (const code of ['CORE_IN_SPECIALTY', 'OTHER_US_SPECIALTY', 'RESEARCH_MENTOR', 'STRENGTH_OF_COMMITMENTS'] as const) {
      expect(where({ code, status: code === 'RESEARCH_MENTOR' ? 'INFO' : 'MISSING', message: '…', links: [] }), code).toEqual({
        name: 'attendings',
      });
    }
  });

  it('opens the letters board when there are too few letters', () => {
    expect(where({ code: 'LETTER_COUNT', status: 'MISSING', message: '1 letter secured so far…', links: [letterLink] })).toEqual({
      name: 'letters',
    });
  });

  it('opens the one program short of letters, the programs for several, and asks to add them when there are none', () => {
    expect(where({ code: 'PROGRAMS_MISSING_LETTERS', status: 'WARNING', message: '…', links: [programLink(PROGRAM)] })).toEqual({
      name: 'program',
      id: PROGRAM,
    });
    expect(
      where({
        code: 'PROGRAMS_MISSING_LETTERS',
        status: 'WARNING',
        message: '…',
        links: [programLink(PROGRAM), programLink(OTHER_PROGRAM)],
      }),
    ).toEqual({ name: 'programs' });
    const none = checkAction({ code: 'PROGRAMS_MISSING_LETTERS', status: 'INFO', message: 'No programs added yet…', links: [] });
    expect(none).toEqual({ href: '#/programs', label: 'Add your programs' });
  });

  it('opens the programs, where letters are assigned, for a received letter no program gets', () => {
    expect(where({ code: 'RECEIVED_NOT_ASSIGNED', status: 'WARNING', message: '…', links: [letterLink] })).toEqual({
      name: 'programs',
    });
  });

  it('follows the first link of a check it does not know yet, or gives none', () => {
    const unknown = {
      code: 'SOMETHING_NEW',
      status: 'WARNING',
      message: '…',
      links: [programLink(PROGRAM)],
    } as unknown as PortfolioCheck;
    expect(where(unknown)).toEqual({ name: 'program', id: PROGRAM });
    expect(checkAction({ ...unknown, links: [] })).toBeNull();
  });
});
