// Rotations, attendings and letters: read online (these are planned at a desk,
// not in the corridor), and every answer turned into data or sentences for the form.
import { api } from '../api/client';
import { callApi, ifMatch, type Result } from '../api/result';
import type { Attending, AttendingInput, Letter, LetterInput, LetterStatus, Rotation, RotationInput } from '../api/types';
import { newIdempotencyKey } from '../api/idempotencyKey';

export type { Result };

export const ROTATION_INPUTS = ['institution', 'location', 'specialty', 'kind', 'startsOn', 'endsOn'] as const;
export const ATTENDING_INPUTS = [
  'name',
  'degree',
  'role',
  'specialty',
  'institution',
  'email',
  'coordinatorEmail',
  'addressAs',
  'notes',
  'rotations',
] as const;

export function listRotations(): Promise<Result<Rotation[]>> {
  return callApi(async () => {
    const answer = await api.GET('/api/v1/rotations', { params: { query: { size: 100, sort: 'startsOn,desc' } } });
    return { ...answer, data: answer.data?.items };
  }, []);
}

export function getRotation(id: string): Promise<Result<Rotation>> {
  return callApi(() => api.GET('/api/v1/rotations/{id}', { params: { path: { id } } }), []);
}

export function saveRotation(input: RotationInput, existing?: Rotation): Promise<Result<Rotation>> {
  return callApi(
    () =>
      existing?.id
        ? api.PUT('/api/v1/rotations/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body: input,
          })
        : api.POST('/api/v1/rotations', { params: { header: { 'Idempotency-Key': newIdempotencyKey() } }, body: input }),
    ROTATION_INPUTS,
  );
}

export function listAttendings(rank: boolean): Promise<Result<Attending[]>> {
  return callApi(async () => {
    const answer = await api.GET('/api/v1/attendings', { params: { query: { size: 100, sort: rank ? 'rank' : 'name,asc' } } });
    return { ...answer, data: answer.data?.items };
  }, []);
}

export function getAttending(id: string): Promise<Result<Attending>> {
  return callApi(() => api.GET('/api/v1/attendings/{id}', { params: { path: { id } } }), []);
}

export function saveAttending(input: AttendingInput, existing?: Attending): Promise<Result<Attending>> {
  return callApi(
    () =>
      existing?.id
        ? api.PUT('/api/v1/attendings/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body: input,
          })
        : api.POST('/api/v1/attendings', { params: { header: { 'Idempotency-Key': newIdempotencyKey() } }, body: input }),
    ATTENDING_INPUTS,
  );
}

export function listLetters(): Promise<Result<Letter[]>> {
  return callApi(async () => {
    const answer = await api.GET('/api/v1/letters', { params: { query: { size: 100 } } });
    return { ...answer, data: answer.data?.items };
  }, []);
}

export function createLetter(attendingId: string): Promise<Result<Letter>> {
  return callApi(
    () => api.POST('/api/v1/letters', { params: { header: { 'Idempotency-Key': newIdempotencyKey() } }, body: { attendingId } }),
    ['attendingId'],
  );
}

export function getLetter(id: string): Promise<Result<Letter>> {
  return callApi(() => api.GET('/api/v1/letters/{id}', { params: { path: { id } } }), []);
}

/** A move of the letter, dated the day it happened (see letterDates.momentOf), with the applicant's note. */
export interface LetterMove {
  to: LetterStatus;
  at: string;
  note: string;
}

const MOVE_INPUTS = ['to', 'at', 'note'] as const;
const moveBody = ({ to, at, note }: LetterMove) => ({ to, at, note: note.trim() || null });

export function moveLetter(letter: Letter, move: LetterMove): Promise<Result<Letter>> {
  return callApi(
    () =>
      api.POST('/api/v1/letters/{id}/transitions', {
        params: { path: { id: letter.id! }, header: { ...ifMatch(letter.version), 'Idempotency-Key': newIdempotencyKey() } },
        body: moveBody(move),
      }),
    MOVE_INPUTS,
  );
}

/** Corrects the last move (an undo, or "I meant this instead"); the history keeps both. */
export function correctLetter(letter: Letter, move: LetterMove): Promise<Result<Letter>> {
  return callApi(
    () =>
      api.POST('/api/v1/letters/{id}/corrections', {
        params: { path: { id: letter.id! }, header: ifMatch(letter.version) as { 'If-Match': string } },
        body: moveBody(move),
      }),
    MOVE_INPUTS,
  );
}

export const LETTER_INPUTS = [
  'letterType',
  'forSpecialty',
  'commitment',
  'erasLetterId',
  'waivedRightToSee',
  'softDeadline',
  'remindersSent',
  'receivedOn',
] as const;

/** PUT replaces every writable field: the letter's own values are sent back, with `changes` on top. */
export function updateLetter(letter: Letter, changes: Partial<LetterInput>): Promise<Result<Letter>> {
  const input: LetterInput = {
    attendingId: letter.attendingId!,
    letterType: letter.letterType ?? null,
    commitment: letter.commitment ?? null,
    erasLetterId: letter.erasLetterId ?? null,
    waivedRightToSee: letter.waivedRightToSee ?? null,
    softDeadline: letter.softDeadline ?? null,
    remindersSent: letter.remindersSent ?? [],
    receivedOn: letter.receivedOn ?? null,
    thankYouNotes: letter.thankYouNotes ?? [],
    letterDatedOn: letter.letterDatedOn ?? null,
    standardized: letter.standardized ?? null,
    forSpecialty: letter.forSpecialty ?? null,
    ...changes,
  };
  return callApi(
    () => api.PUT('/api/v1/letters/{id}', { params: { path: { id: letter.id! }, header: ifMatch(letter.version) }, body: input }),
    LETTER_INPUTS,
  );
}
