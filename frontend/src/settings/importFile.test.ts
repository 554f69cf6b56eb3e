import { describe, expect, it } from 'vitest';
import { exportFileName, importedSummary, importProblem, parseExportFile, whereIs } from './importFile';

describe('parseExportFile', () => {
  it('reads an export', () => {
    const parsed = parseExportFile('{"formatVersion": 1, "stories": []}');
    expect(parsed).toEqual({ ok: true, document: { formatVersion: 1, stories: [] } });
  });

  it('refuses what is not JSON, not an object, or has no format version, in sentences', () => {
    expect(parseExportFile('<html>')).toMatchObject({ ok: false, message: expect.stringContaining("it isn't JSON") });
    expect(parseExportFile('')).toMatchObject({ ok: false, message: expect.stringContaining("it isn't JSON") });
    expect(parseExportFile('[1, 2]')).toMatchObject({ ok: false, message: expect.stringContaining('no account data') });
    expect(parseExportFile('null')).toMatchObject({ ok: false, message: expect.stringContaining('no account data') });
    expect(parseExportFile('{"rotations": []}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('no format version'),
    });
    expect(parseExportFile('{"formatVersion": "1"}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('no format version'),
    });
  });
});

describe('importProblem', () => {
  it('explains an account that already holds data (409)', () => {
    const problem = { type: 'urn:lorkit:problem:conflict', status: 409, detail: 'This account already holds data.' };
    expect(importProblem(problem, 409).summary).toMatch(/already has data.*Create a new account/);
  });

  it('explains a newer format (422)', () => {
    expect(importProblem({ status: 422, errors: [{ field: 'formatVersion', message: 'is newer' }] }, 422)).toEqual({
      summary: expect.stringContaining('newer version of LORkit'),
      details: [],
    });
  });

  it('names each place in the file the API refused (400)', () => {
    const problem = {
      status: 400,
      errors: [
        { field: 'programs[0].letterIds[1]', message: 'names a letter the document does not hold' },
        { field: 'formatVersion', message: 'is required' },
      ],
    };
    expect(importProblem(problem, 400)).toEqual({
      summary: expect.stringContaining('Nothing was changed'),
      details: ['Program 1, letter id 2: names a letter the document does not hold', 'Format version: is required'],
    });
  });

  it('falls back to the detail of a 400 without field errors', () => {
    expect(importProblem({ status: 400, detail: 'The body is not valid JSON.' }, 400).details).toEqual([
      'The body is not valid JSON.',
    ]);
    expect(importProblem('<html>', 400).details).toEqual([]);
  });

  it('has a sentence for the other failures', () => {
    expect(importProblem(null, 413).summary).toMatch(/larger/);
    expect(importProblem(null, 503).summary).toMatch(/our side/);
  });
});

describe('whereIs', () => {
  it('turns a JSON path into a place a person can find', () => {
    expect(whereIs('rotations[0].kind')).toBe('Rotation 1, kind');
    expect(whereIs('stories[11].witnessAttendingIds[0]')).toBe('Story 12, witness attending id 1');
    expect(whereIs('coaching.checkIns[3]')).toBe('Coaching, check in 4');
    expect(whereIs('feedback[0].attendingId')).toBe('Feedback 1, attending id');
  });
});

describe('file names and summaries', () => {
  it('names the download by day', () => {
    expect(exportFileName(new Date(2026, 8, 3))).toBe('lorkit-export-2026-09-03.json');
  });

  it('sums up what was imported', () => {
    expect(importedSummary({ formatVersion: 1, stories: [{}, {}] as never, rotations: [{}] as never })).toBe(
      'Imported 2 stories, 1 rotation, 0 attendings and 0 letter requests.',
    );
  });
});
