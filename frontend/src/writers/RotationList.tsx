// My rotations, newest first, each with what may keep it from giving a letter
// that counts. Loaded on first use.
import { formPath } from '../app/router';
import { useFlash } from '../shared/flash';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { PageHeading } from '../shared/PageHeading';
import { dayRange } from './dates';
import { ROTATION_KIND_LABELS } from './labels';
import { listRotations } from './writersApi';
import { FlashNotice } from '../shared/Notices';
import { BackToMore } from '../app/BackToMore';

export function RotationList() {
  const [state, retry] = useQuery(['rotations'], listRotations);
  const flash = useFlash();
  return (
    <section>
      <PageHeading title="Rotations" />
      <FlashNotice message={flash} />
      <p>
        <a class="button primary" href={formPath('rotationForm')}>
          Add a rotation
        </a>
      </p>
      <Loaded state={state} retry={retry}>
        {(rotations) =>
          rotations.length === 0 ? (
            <p class="empty">No rotations yet. Add each observership, externship or elective: letters come from them.</p>
          ) : (
            <ul class="card-list">
              {rotations.map((r) => (
                <li key={r.id} class="card">
                  <a class="card-link" href={formPath('rotationForm', r.id)}>
                    <h2 class="card-title">{r.institution}</h2>
                  </a>
                  <p class="card-meta">{[ROTATION_KIND_LABELS[r.kind!], r.specialty, r.location].filter(Boolean).join(' · ')}</p>
                  <p class="card-meta">
                    {dayRange(r.startsOn, r.endsOn)} ({r.days} days)
                  </p>
                  {(r.warnings ?? []).map((w) => (
                    <p key={w.code} class="warning-line">
                      {w.message}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <BackToMore />
    </section>
  );
}
