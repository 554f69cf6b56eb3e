// What differs between my version of a story and the one on the API, field
// by field, in words: the clash screen (ConflictPanel) lists it.
import type { Story } from '../api/types';
import { formatDay } from './dates';
import { KIND_LABELS } from './kinds';
import type { StoryContent } from './storyFields';

type Compared = StoryContent;

const FIELDS: { key: keyof Compared; label: string; show(value: Compared[keyof Compared]): string }[] = [
  { key: 'title', label: 'Title', show: text },
  { key: 'summary', label: 'What happened', show: text },
  { key: 'whatIDid', label: 'What I did', show: text },
  { key: 'whatItShows', label: 'What it shows about me', show: text },
  { key: 'occurredOn', label: 'When', show: (v) => (v ? formatDay(String(v)) : '(empty)') },
  { key: 'kind', label: 'Kind', show: (v) => KIND_LABELS[v as Story['kind']] ?? String(v) },
  { key: 'includeInPacket', label: 'In the packet', show: (v) => (v ? 'Yes' : 'No') },
];

function text(value: unknown): string {
  return typeof value === 'string' && value.trim() ? value : '(empty)';
}

/** The fields whose values differ between my version and theirs, and who
 *  changed each since the version I started from (when it is known). */
export function differences(mine: Compared, theirs: Compared, base: Compared | null) {
  const same = (a: Compared, b: Compared, key: keyof Compared) => (a[key] ?? null) === (b[key] ?? null);
  return FIELDS.filter(({ key }) => !same(mine, theirs, key)).map(({ key, label, show }) => ({
    key,
    label,
    mine: show(mine[key]),
    theirs: show(theirs[key]),
    changedBy: !base
      ? null
      : same(base, theirs, key)
        ? ('me' as const)
        : same(base, mine, key)
          ? ('them' as const)
          : ('both' as const),
  }));
}

export const CHANGED_BY = { me: 'You changed this here.', them: 'Changed on the other device.', both: 'Changed on both.' };
