// The season plan: every step dated from the applicant's rotations and
// submission target, grouped by phase, with its status as the API computes
// it. Steps the data cannot show (the week-1 talk, submitting ERAS) are ticked
// here by hand, on today or another day, and a tick can be taken back.
// `at` (from Today) scrolls to one step and marks it. Loaded on first use.
import { useEffect, useState } from 'preact/hooks';
import type { Checkpoint, Plan } from '../api/types';
import { paths } from '../app/router';
import { Loaded, useLoad } from '../shared/useLoad';
import { PageHeading } from '../shared/PageHeading';
import { day } from '../writers/dates';
import { CheckpointCard } from './CheckpointCard';
import { CHECKPOINT_STATUS_LABELS, checkpointElementId, PHASE_LABELS, PHASE_ORDER, pillClass } from './labels';
import { getPlan } from './planApi';
import '../shared/coach.css';

export function PlanScreen({ at }: { at?: string | undefined }) {
  const [state, retry] = useLoad(getPlan);
  return (
    <section>
      <PageHeading title="Your plan" />
      <Loaded state={state} retry={retry}>
        {(plan) => <PlanView plan={plan} at={at} reload={retry} />}
      </Loaded>
      <p class="back">
        <a href={paths.today}>Back to Today</a>
      </p>
    </section>
  );
}

function PlanView({ plan, at, reload }: { plan: Plan; at?: string | undefined; reload(): void }) {
  const [checkpoints, setCheckpoints] = useState(plan.checkpoints ?? []);
  useEffect(() => setCheckpoints(plan.checkpoints ?? []), [plan]);
  useEffect(() => {
    if (at) document.getElementById(checkpointElementId(at))?.scrollIntoView({ block: 'center' });
  }, [at]);
  const counts = plan.counts ?? {};
  const replace = (changed: Checkpoint) => setCheckpoints((all) => all.map((c) => (c.id === changed.id ? changed : c)));

  return (
    <>
      <p>
        {plan.submissionTargetOn ? `You plan to submit on ${day(plan.submissionTargetOn)}.` : 'Set a submission date on your target sheet to date every step.'}
        {plan.softDeadline && ` Letters should be in by ${day(plan.softDeadline)}.`}
      </p>
      <p class="plan-counts">
        {(['OVERDUE', 'DUE', 'UPCOMING', 'DONE'] as const).map((status) => (
          <span key={status} class={`pill ${pillClass(status)}`}>
            {CHECKPOINT_STATUS_LABELS[status]}: {counts[status] ?? 0}
          </span>
        ))}
      </p>
      {PHASE_ORDER.map((phase) => {
        const steps = checkpoints.filter((c) => c.phase === phase);
        if (steps.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`phase-${phase}`}>
            <h2 id={`phase-${phase}`} class="form-section">
              {PHASE_LABELS[phase]}
            </h2>
            <ol class="card-list">
              {steps.map((checkpoint) => (
                <CheckpointCard key={checkpoint.id} checkpoint={checkpoint} focused={checkpoint.id === at} onTicked={replace} onUnticked={reload} />
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
