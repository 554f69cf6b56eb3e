// Programs applied to, and the letters that go to each: read and changed
// online (they are planned at a desk), with If-Match on every change.
import { api } from '../api/client';
import { callApi, ifMatch, type Result } from '../api/result';
import { newIdempotencyKey } from '../api/idempotencyKey';
import type { Program, ProgramInput } from '../api/types';

export const PROGRAM_INPUTS = [
  'name',
  'specialty',
  'lettersRequired',
  'fromUsClinicians',
  'inSpecialty',
  'addedOn',
  'locked',
  'notes',
] as const;

export function listPrograms(): Promise<Result<Program[]>> {
  return callApi(async () => {
    const answer = await api.GET('/api/v1/programs', { params: { query: { size: 100, sort: 'name,asc' } } });
    return { ...answer, data: answer.data?.items };
  }, []);
}

export function getProgram(id: string): Promise<Result<Program>> {
  return callApi(() => api.GET('/api/v1/programs/{id}', { params: { path: { id } } }), []);
}

export function saveProgram(input: ProgramInput, existing?: Program): Promise<Result<Program>> {
  return callApi(
    () =>
      existing?.id
        ? api.PUT('/api/v1/programs/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body: input,
          })
        : api.POST('/api/v1/programs', { params: { header: { 'Idempotency-Key': newIdempotencyKey() } }, body: input }),
    PROGRAM_INPUTS,
  );
}

export function deleteProgram(existing: Program): Promise<Result<void>> {
  return callApi(
    () => api.DELETE('/api/v1/programs/{id}', { params: { path: { id: existing.id! }, header: ifMatch(existing.version) } }),
    [],
  );
}

/** Replaces the letters going to the program. The API applies the cap of 4 and says so (422, naming letterIds). */
export function assignLetters(program: Program, letterIds: string[]): Promise<Result<Program>> {
  return callApi(
    () =>
      api.PUT('/api/v1/programs/{id}/letters', {
        params: { path: { id: program.id! }, header: ifMatch(program.version) },
        body: { letterIds },
      }),
    ['letterIds'],
  );
}
