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

/** "No evidence yet for Part B: professionalism and working with others." or null when every field has some. */
export function emptyFieldsSentence(packet: Pick<PacketData, 'fieldsWithoutEvidence'>): string | null {
  const labels = packet.fieldsWithoutEvidence.map((f) => f.label);
  if (labels.length === 0) return null;
  return `No evidence yet for ${labels.join('; ')}.`;
}
