// The talking points on the writer's page: the packet as the applicant previews it (the API's Packet,
// by the fields of the writer's form), read-only, in the packet sheet's layout so it prints as the
// one-page packet. Only what the API chose is shown (stories this writer saw, PHI-reviewed, and this
// writer's own feedback); the applicant's own note is never shown here.
import type { SharedWriterPage } from '../api/types';
import { shortDay } from './writerWords';

type Packet = NonNullable<SharedWriterPage['packet']>;
type Evidence = Packet['otherEvidence'][number];

/** The text when it adds something: not the title again, nor only the day in brackets (shown already). */
const hasMoreThanTitle = (evidence: Evidence) =>
  !!evidence.text?.trim() && evidence.text.trim() !== evidence.title && !/^\([^)]*\)$/.test(evidence.text.trim());

function EvidenceItem({ evidence }: { evidence: Evidence }) {
  return (
    <li>
      <strong>{evidence.title}</strong>
      {evidence.occurredOn && <span class="packet-sub"> ({shortDay(evidence.occurredOn)})</span>}
      {evidence.kind === 'FEEDBACK' && <span class="packet-sub"> · your feedback</span>}
      {hasMoreThanTitle(evidence) && <p class="packet-text">{evidence.text}</p>}
    </li>
  );
}

export function SharedPacket({ packet }: { packet: Packet }) {
  const withEvidence = packet.sections.filter((s) => s.evidence.length > 0);
  const yourCall = packet.sections.filter((s) => s.field.writersCall);
  const empty = withEvidence.length === 0 && packet.otherEvidence.length === 0;
  return (
    <article class="packet-sheet shared-packet" aria-labelledby="shared-packet-title">
      <h2 id="shared-packet-title">{packet.title}</h2>
      <p class="packet-sub">Moments you saw yourself, in my words, by the fields of your form: {packet.form.name}.</p>
      {empty && <p>No talking points yet: I will add the moments you saw as soon as I can.</p>}
      {withEvidence.map((section) => (
        <section key={section.field.key}>
          <h3>{section.field.label}</h3>
          <ul>
            {section.evidence.map((evidence) => (
              <EvidenceItem key={`${evidence.kind}-${evidence.id}`} evidence={evidence} />
            ))}
          </ul>
        </section>
      ))}
      {packet.otherEvidence.length > 0 && (
        <section>
          {/* "Other" only after the moments filed under the form's fields. */}
          <h3>{withEvidence.length > 0 ? 'Other moments' : 'Moments you saw'}</h3>
          <ul>
            {packet.otherEvidence.map((evidence) => (
              <EvidenceItem key={`${evidence.kind}-${evidence.id}`} evidence={evidence} />
            ))}
          </ul>
        </section>
      )}
      {yourCall.length > 0 && <p class="packet-note">Your own judgement: {yourCall.map((s) => s.field.label).join('; ')}.</p>}
    </article>
  );
}
