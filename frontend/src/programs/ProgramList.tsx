// The programs applied to, A–Z, each with its letters and what its
// requirements still miss, in the API's words. Loaded on first use.
import type { Program } from '../api/types';
import { programFormPath, programPath } from '../app/router';
import { useFlash } from '../shared/flash';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { requirementsLine } from './labels';
import { listPrograms } from './programsApi';
import { FlashNotice } from '../shared/Notices';
import { BackToMore } from '../app/BackToMore';

export function ProgramList() {
  const [state, retry] = useQuery(['programs'], listPrograms);
  const flash = useFlash();
  return (
    <section>
      <PageHeading title="Programs" />
      <FlashNotice message={flash} />
      <p>
        <a class="button primary" href={programFormPath()}>
          Add a program
        </a>
      </p>
      <Loaded state={state} retry={retry}>
        {(programs) =>
          programs.length === 0 ? (
            <p class="empty">
              No programs yet. Add each program you apply to, with the letters it asks for, then choose which letters go to it.
            </p>
          ) : (
            <ul class="card-list">
              {programs.map((p) => (
                <ProgramCard key={p.id} program={p} />
              ))}
            </ul>
          )
        }
      </Loaded>
      <BackToMore />
    </section>
  );
}

export function ProgramCard({ program: p }: { program: Program }) {
  const assigned = p.assignedLetters ?? [];
  return (
    <li class="card program">
      <a class="card-link" href={programPath(p.id!)}>
        <h2 class="card-title">{p.name}</h2>
      </a>
      <p class="card-meta">{[p.specialty, requirementsLine(p)].filter(Boolean).join(' · ')}</p>
      <p>
        <span class={`pill ${p.requirementsMet ? 'ok' : 'no'}`}>
          {p.requirementsMet ? 'Letters complete' : 'Letters missing'}
        </span>
        {p.locked && <span class="pill no">Sent: letters locked</span>}
      </p>
      <p class="card-meta">
        {assigned.length === 0 ? 'No letters assigned yet.' : `Letters: ${assigned.map((l) => l.attendingName).join(', ')}`}
      </p>
      <Missing program={p} />
    </li>
  );
}

/** Each unmet requirement, as the API words it. */
export function Missing({ program }: { program: Program }) {
  const missing = program.missing ?? [];
  if (missing.length === 0) return null;
  return (
    <ul class="reasons" aria-label="Still missing">
      {missing.map((line) => (
        <li key={line} class="unmet">
          {line}
        </li>
      ))}
    </ul>
  );
}
