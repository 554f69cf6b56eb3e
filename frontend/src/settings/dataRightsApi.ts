// The applicant's data rights: everything as one JSON document, restoring it
// into an empty account, and deleting the account for good.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { AccountExport } from '../api/types';

/** The export exactly as the API wrote it (text): the file is that document, byte for byte. */
export function exportAccount(): Promise<Result<string>> {
  return callApi(() => api.GET('/api/v1/export', { parseAs: 'text' }));
}

export function importAccount(document: AccountExport): Promise<Result<AccountExport>> {
  return callApi(() => api.POST('/api/v1/import', { body: document }));
}

export function deleteAccount(password: string): Promise<Result<void>> {
  return callApi(() => api.DELETE('/api/v1/me', { body: { password } }), ['password'], {
    403: { field: 'password', message: "That password isn't right. Nothing was deleted." },
  });
}
