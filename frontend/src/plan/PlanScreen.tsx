// The season plan: every step dated from the applicant's rotations and
// submission target, grouped by phase, with its status as the API computes
// it. Steps the data cannot show (the week-1 talk, submitting ERAS) are ticked
// here by hand, on today or another day, and a tick can be taken back.
// `at` (from Today) scrolls to one step and marks it. "Hide done steps" (remembered
// per applicant) leaves the long plan with what is still to do. Loaded on first use.
import { useEffect, useState } from 'preact/hooks';
import type { Checkpoint, Plan } from '../api/types';
import { paths } from '../app/router';
import { useSession } from '../auth/session';
import { createRememberedFlag } from '../shared/rememberedFlag';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { PageHeading } from '../shared/PageHeading';
import { SeasonLine } from '../today/SeasonLine';
import { day } from '../writers/dates';
import { CheckpointCard } from './CheckpointCard';
import { CHECKPOINT_STATUS_LABELS, checkpointElementId, PHASE_LABELS, PHASE_ORDER, pillClass } from './labels';
import { getPlan } from './planApi';
import { visibleSteps } from './visibleSteps';
import '../shared/coach.css';

export function PlanScreen({ at }: { at?: string | undefined }) {
  const [state, retry] = useQuery(['plan'], getPlan);
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

const hideDoneSteps = createRememberedFlag('planHideDone');

function PlanView({ plan, at, reload }: { plan: Plan; at?: string | undefined; reload(): void }) {
  const session = useSession();
  const userId = session.status === 'signedIn' ? session.user.id : '';
  const [checkpoints, setCheckpoints] = useState(plan.checkpoints ?? []);
  const [hideDone, setHideDone] = useState(() => hideDoneSteps.get(userId));
  // Steps that stay on screen while done steps are hidden: the one asked for, and those ticked here.
  const [keep, setKeep] = useState<ReadonlySet<string>>(() => new Set(at ? [at] : []));
  useEffect(() => setCheckpoints(plan.checkpoints ?? []), [plan]);
  useEffect(() => {
    if (at) document.getElementById(checkpointElementId(at))?.scrollIntoView({ block: 'center' });
  }, [at]);
  const counts = plan.counts ?? {};
  const replace = (changed: Checkpoint) => {
    if (changed.id) setKeep((kept) => new Set(kept).add(changed.id!));
    setCheckpoints((all) => all.map((c) => (c.id === changed.id ? changed : c)));
  };
  const shown = visibleSteps(checkpoints, hideDone, keep);
  const hidden = checkpoints.length - shown.length;
  function toggle(on: boolean) {
    setHideDone(on);
    hideDoneSteps.set(userId, on);
  }

  return (
    <>
      <SeasonLine season={plan.season} />
      <p>
        {plan.submissionTargetOn
          ? `You plan to submit on ${day(plan.submissionTargetOn)}.`
          : 'Set a submission date on your target sheet to date every step.'}
        {plan.softDeadline && ` Letters should be in by ${day(plan.softDeadline)}.`}
      </p>
      <p class="plan-counts">
        {(['OVERDUE', 'DUE', 'UPCOMING', 'DONE'] as const).map((status) => (
          <span key={status} class={`pill ${pillClass(status)}`}>
            {CHECKPOINT_STATUS_LABELS[status]}: {counts[status] ?? 0}
          </span>
        ))}
      </p>
      <label class="checkbox">
        <input type="checkbox" checked={hideDone} onChange={(e) => toggle(e.currentTarget.checked)} />
        Hide done steps
      </label>
      <p class="muted" role="status">
        {hidden > 0 && (hidden === 1 ? '1 done step hidden.' : `${hidden} done steps hidden.`)}
      </p>
      {shown.length === 0 && checkpoints.length > 0 && <p class="empty">Every step is done.</p>}
      {PHASE_ORDER.map((phase) => {
        const steps = shown.filter((c) => c.phase === phase);
        if (steps.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`phase-${phase}`}>
            <h2 id={`phase-${phase}`} class="form-section">
              {PHASE_LABELS[phase]}
            </h2>
            <ol class="card-list">
              {steps.map((checkpoint) => (
                <CheckpointCard
                  key={checkpoint.id}
                  checkpoint={checkpoint}
                  focused={checkpoint.id === at}
                  onTicked={replace}
                  onUnticked={reload}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
