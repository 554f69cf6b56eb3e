// The writer's form beside the packet: each field with what the packet cites for it,
// the empty ones marked, the writer's own calls said to be theirs. Only counts what the
// API placed (PacketData.sections); nothing is placed on the phone.
import type { PacketData } from '../api/types';

export interface CoverageRow {
  key: string;
  label: string;
  state: 'evidence' | 'empty' | 'writers-call';
  /** "2 stories, 1 feedback" / "No evidence yet" / "The writer's own judgement". */
  line: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function coverageRows(packet: Pick<PacketData, 'sections'>): CoverageRow[] {
  return packet.sections.map(({ field, evidence }) => {
    if (field.writersCall) {
      return { key: field.key, label: field.label, state: 'writers-call', line: "The writer's own judgement" };
    }
    const stories = evidence.filter((e) => e.kind === 'STORY').length;
    const feedback = evidence.length - stories;
    if (evidence.length === 0) return { key: field.key, label: field.label, state: 'empty', line: 'No evidence yet' };
    const parts = [stories && plural(stories, 'story', 'stories'), feedback && plural(feedback, 'feedback', 'feedback')];
    return { key: field.key, label: field.label, state: 'evidence', line: parts.filter(Boolean).join(', ') };
  });
}

/**
 * How many fields are still empty and how to fill them, or null when every field has some. The
 * list above already marks which ones, so the labels are not said twice.
 */
export function emptyFieldsSentence(packet: Pick<PacketData, 'sections' | 'fieldsWithoutEvidence'>): string | null {
  const empty = packet.fieldsWithoutEvidence.length;
  if (empty === 0) return null;
  const fillable = packet.sections.filter((s) => !s.field.writersCall).length;
  const howMany =
    empty >= fillable
      ? 'None of these fields has evidence yet'
      : `${empty} of ${fillable} fields ${empty === 1 ? 'has' : 'have'} no evidence yet`;
  return `${howMany}: tag a story this writer saw with the fields it shows, or log a new one.`;
}
