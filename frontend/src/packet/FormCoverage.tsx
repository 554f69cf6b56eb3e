// The packet by the writer's form, for the applicant (never printed): which form this
// writer fills in, each field with what the packet cites, and the fields still empty,
// with the way to fill one (a story this writer saw, tagged in its form).
import type { PacketData } from '../api/types';
import { newStoryPath } from '../app/router';
import { coverageRows, emptyFieldsSentence } from './coverage';

export function FormCoverage({ packet }: { packet: PacketData }) {
  const rows = coverageRows(packet);
  const empty = emptyFieldsSentence(packet);
  return (
    <section class="form-coverage no-print" aria-labelledby="form-coverage-heading">
      <h2 id="form-coverage-heading">{packet.form.name}</h2>
      {packet.form.note && <p class="hint">{packet.form.note}</p>}
      <ul class="coverage-list">
        {rows.map((row) => (
          <li key={row.key} class={`coverage-${row.state}`}>
            <strong>{row.label}</strong>: {row.line}
          </li>
        ))}
      </ul>
      {empty && (
        <p class="warning-line" role="status">
          {empty} <a href={newStoryPath(packet.attendingId)}>Log a story for an empty field</a>
        </p>
      )}
    </section>
  );
}
