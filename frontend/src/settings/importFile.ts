// Reading an export file before it goes to the API, and saying what went wrong
// in sentences: a file that is not an export at all is caught here (no upload
// needed); everything else (missing values, broken references, a newer format,
// an account that already has data) is the API's to decide, and its answer is
// put into words next to the file input.
import type { AccountExport } from '../api/types';

export type ParsedFile = { ok: true; document: AccountExport } | { ok: false; message: string };

export function parseExportFile(text: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file isn\'t a LORkit export: it isn\'t JSON. Choose the .json file that "Download my data" saved.',
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      message: 'This file isn\'t a LORkit export: it holds no account data. Choose the .json file that "Download my data" saved.',
    };
  }
  if (typeof (value as { formatVersion?: unknown }).formatVersion !== 'number') {
    return {
      ok: false,
      message: 'This file isn\'t a LORkit export: it has no format version. Choose the .json file that "Download my data" saved.',
    };
  }
  return { ok: true, document: value as AccountExport };
}

export interface ImportProblem {
  /** Shown under the file input. */
  summary: string;
  /** One line per value the API named (400), if any. */
  details: string[];
}

export function importProblem(problem: unknown, status: number): ImportProblem {
  const detail = textOf(problem, 'detail');
  if (status === 409) {
    return {
      summary:
        'Your account already has data, and import only fills an empty account. Create a new account, log in with it and import there. Nothing was changed.',
      details: [],
    };
  }
  if (status === 422) {
    return { summary: 'This file was made by a newer version of LORkit than this one reads. Nothing was changed.', details: [] };
  }
  if (status === 400) {
    const details = fieldErrors(problem).map(({ field, message }) => `${whereIs(field)}: ${message}`);
    return {
      summary: "This file can't be imported as it is: some of it is missing or doesn't fit together. Nothing was changed.",
      details: details.length > 0 ? details : detail ? [detail] : [],
    };
  }
  if (status === 413) return { summary: 'This file is larger than LORkit accepts. Nothing was changed.', details: [] };
  if (status === 401) return { summary: 'Your session has ended. Please log in again, then import.', details: [] };
  if (status >= 500)
    return { summary: 'Something went wrong on our side. Nothing was changed; please try again in a moment.', details: [] };
  return { summary: detail ?? 'The import did not work. Nothing was changed.', details: [] };
}

/** "programs[0].letterIds[1]" → "Program 1, letter ids 2": a place in the file a person can find. */
export function whereIs(field: string): string {
  const parts = field.split('.').map((part) => {
    const match = /^([A-Za-z]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return part;
    const name = words(match[1]!);
    const indexes = [...match[2]!.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
    return indexes.length ? `${singular(name)} ${indexes.join(', ')}` : name;
  });
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const words = (camel: string) => camel.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const singular = (name: string) =>
  name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') && name !== 'feedback' ? name.slice(0, -1) : name;

function fieldErrors(problem: unknown): { field: string; message: string }[] {
  const errors = (problem as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is { field: string; message: string } => typeof e?.field === 'string' && typeof e?.message === 'string',
  );
}

function textOf(problem: unknown, key: 'detail' | 'title'): string | undefined {
  const value = (problem as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value ? value : undefined;
}

/** What was restored, in one sentence. */
export function importedSummary(document: AccountExport): string {
  const count = (n: number | undefined, one: string, many: string) => `${n ?? 0} ${(n ?? 0) === 1 ? one : many}`;
  return `Imported ${count(document.stories?.length, 'story', 'stories')}, ${count(document.rotations?.length, 'rotation', 'rotations')}, ${count(
    document.attendings?.length,
    'attending',
    'attendings',
  )} and ${count(document.letters?.length, 'letter request', 'letter requests')}.`;
}

/** The name the download gets: the day in it, so several exports sort by date. */
export function exportFileName(today: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `lorkit-export-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.json`;
}
