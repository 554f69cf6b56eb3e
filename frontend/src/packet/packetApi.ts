// The talking-points sheet for one writer, in the format asked for by Accept:
// HTML to show and print, PDF to download. Read with the bearer token like
// every call, so the PDF is fetched, not linked (a plain link carries no token).
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { PacketData } from '../api/types';
import { storiesWithheld } from './withheld';

export interface PacketAnswer<T> {
  body: T;
  /** Stories left out until their privacy warnings are reviewed. */
  withheld: number;
}

export function packetHtml(attendingId: string): Promise<Result<PacketAnswer<string>>> {
  return callApi(async () => {
    const answer = await api.GET('/api/v1/attendings/{id}/packet', {
      params: { path: { id: attendingId } },
      headers: { Accept: 'text/html' },
      parseAs: 'text',
    });
    return {
      ...answer,
      data: answer.data === undefined ? undefined : { body: answer.data, withheld: storiesWithheld(answer.response.headers) },
    };
  }, []);
}

export function packetPdf(attendingId: string): Promise<Result<PacketAnswer<Blob>>> {
  return callApi(async () => {
    const answer = await api.GET('/api/v1/attendings/{id}/packet', {
      params: { path: { id: attendingId } },
      headers: { Accept: 'application/pdf' },
      parseAs: 'blob',
    });
    return {
      ...answer,
      data: answer.data === undefined ? undefined : { body: answer.data, withheld: storiesWithheld(answer.response.headers) },
    };
  }, []);
}

/** The packet as data: the writer's form, each field with its evidence, the empty fields. */
export function packetData(attendingId: string): Promise<Result<PacketData>> {
  return callApi(
    () =>
      api.GET('/api/v1/attendings/{id}/packet', {
        params: { path: { id: attendingId } },
        headers: { Accept: 'application/json' },
      }) as Promise<{ data?: PacketData; error?: unknown; response: Response }>,
    [],
  );
}
