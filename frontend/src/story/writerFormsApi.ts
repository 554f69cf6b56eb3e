// The catalogue of writers' forms (GET /api/v1/writer-forms): which fields a story can be tagged to.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { WriterForm } from '../api/types';

export function listWriterForms(): Promise<Result<WriterForm[]>> {
  return callApi(() => api.GET('/api/v1/writer-forms'), []);
}
