// A way in for a new or half-set-up account: the set-up steps in their order
// (target sheet, a rotation, an attending, a first story), what is done ticked
// and each other one a tap from where it is done. The API says which are done;
// once all are, it sends none and this shows nothing.
import type { SetupStep } from '../api/types';
import { SETUP_TARGETS } from './actionTarget';

export function SetupSteps({ steps }: { steps: readonly SetupStep[] }) {
  if (steps.length === 0 || steps.every((s) => s.done)) return null;
  const next = steps.find((s) => !s.done);
  return (
    <section class="panel setup" aria-labelledby="setup-title">
      <h2 id="setup-title">Getting started</h2>
      <p class="hint">Four steps, in this order, and LORkit can start planning your letters.</p>
      <ol class="setup-steps">
        {steps.map((s) => (
          <li key={s.step} class={s.done ? 'done' : ''}>
            {s.done ? (
              <>
                <span aria-hidden="true">✓ </span>
                <span class="visually-hidden">Done: </span>
                {s.title}
              </>
            ) : (
              <a href={s.step ? SETUP_TARGETS[s.step] : '#/'} class={s === next ? 'button small primary' : ''}>
                {s.title}
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
