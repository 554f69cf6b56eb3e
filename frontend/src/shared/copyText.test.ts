import { describe, expect, it, vi } from 'vitest';
import { copyText } from './copyText';

/** Just enough of a document for the textarea fallback. */
function fakeDocument(copyWorks: boolean) {
  const appended: { value: string; removed: boolean }[] = [];
  const doc = {
    body: {
      appendChild(area: { value: string; removed: boolean }) {
        appended.push(area);
      },
    },
    createElement() {
      const area = {
        value: '',
        removed: false,
        style: {},
        setAttribute() {},
        select() {},
        setSelectionRange() {},
        remove() {
          area.removed = true;
        },
      };
      return area;
    },
    execCommand: vi.fn(() => copyWorks),
  };
  return { doc: doc as unknown as Document, appended, execCommand: doc.execCommand };
}

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const writeText = vi.fn(async () => undefined);
    const { doc, execCommand } = fakeDocument(true);
    expect(await copyText('Dear Dr Lindqvist', { clipboard: { writeText }, document: doc })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Dear Dr Lindqvist');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to a hidden textarea when the Clipboard API refuses, and removes it', async () => {
    const writeText = vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const { doc, appended, execCommand } = fakeDocument(true);
    expect(await copyText('Dear Dr Lindqvist', { clipboard: { writeText }, document: doc })).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({ value: 'Dear Dr Lindqvist', removed: true });
  });

  it('falls back when there is no Clipboard API at all', async () => {
    const { doc } = fakeDocument(true);
    expect(await copyText('x', { clipboard: undefined, document: doc })).toBe(true);
  });

  it('says so when nothing can copy', async () => {
    const { doc, appended } = fakeDocument(false);
    expect(await copyText('x', { clipboard: undefined, document: doc })).toBe(false);
    expect(appended[0]!.removed).toBe(true);
    expect(await copyText('x', { clipboard: undefined, document: undefined })).toBe(false);
  });
});
