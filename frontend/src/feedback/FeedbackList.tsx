// All feedback, latest first, narrowed to one attending, rotation or kind; the
// feedback still waiting on the phone on top and marked. The list is read
// online; what was logged offline shows from the outbox. Loaded on first use.
import { useState } from 'preact/hooks';
import type { Feedback, FeedbackKind } from '../api/types';
import { feedbackPath, paths } from '../app/router';
import { deliveredIdOf, useOutbox } from '../outbox/appOutbox';
import { isFeedbackEntry, type FeedbackEntry } from '../outbox/types';
import { Field } from '../shared/Field';
import { useFlash } from '../shared/flash';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { useLinkChoices, type LinkChoices } from '../writers/useLinkChoices';
import { formatDay } from '../story/dates';
import { ENTHUSIASM_LABELS } from '../writers/labels';
import { listFeedback, type FeedbackFilter } from './feedbackApi';
import { FEEDBACK_KIND_LABELS } from './labels';
import { stillWaiting } from './waitingFeedback';
import { FlashNotice } from '../shared/Notices';
import { BackToMore } from '../app/BackToMore';

export function FeedbackList({ attendingId }: { attendingId?: string }) {
  const [filter, setFilter] = useState<FeedbackFilter>(() => (attendingId ? { attendingId } : {}));
  const [state, retry] = useQuery(['feedback', filter.attendingId, filter.rotationId, filter.kind], () => listFeedback(filter));
  const choices = useLinkChoices({ copyForOffline: true });
  const listed = state.status === 'loaded' ? state.value : [];
  // The outbox reloads the list when feedback leaves it (invalidateQueries(['feedback'])).
  const waiting = stillWaiting(useOutbox().filter(isFeedbackEntry), listed, deliveredIdOf);
  const flash = useFlash();

  return (
    <section>
      <PageHeading title="Feedback" />
      <FlashNotice message={flash} />
      <p>
        <a class="button primary" href={paths.newFeedback}>
          Log feedback
        </a>
      </p>
      {choices && <Filters choices={choices} filter={filter} onChange={setFilter} />}
      {waiting.length > 0 && (
        <ul class="card-list" aria-label="Waiting on this phone">
          {waiting.map((entry) => (
            <WaitingCard key={entry.storyKey} entry={entry} choices={choices} />
          ))}
        </ul>
      )}
      <Loaded state={state} retry={retry}>
        {(feedback) =>
          feedback.length === 0 ? (
            <p class="empty">
              {Object.values(filter).some(Boolean)
                ? 'No feedback matches these choices.'
                : 'No feedback yet. Ask an attending for one thing you do well and one to improve, then log it here: it is one of the rules for a letter writer.'}
            </p>
          ) : (
            <ul class="card-list">
              {feedback.map((f) => (
                <FeedbackCard key={f.id} feedback={f} choices={choices} />
              ))}
            </ul>
          )
        }
      </Loaded>
      <BackToMore />
    </section>
  );
}

function Filters({
  choices,
  filter,
  onChange,
}: {
  choices: LinkChoices;
  filter: FeedbackFilter;
  onChange(filter: FeedbackFilter): void;
}) {
  const set = (key: keyof FeedbackFilter) => (value: string) => onChange({ ...filter, [key]: value || undefined });
  return (
    <details class="filters" open={Object.values(filter).some(Boolean)}>
      <summary>Show only…</summary>
      <Field label="From" name="filterAttending">
        {(a11y) => (
          <select {...a11y} value={filter.attendingId ?? ''} onChange={(e) => set('attendingId')(e.currentTarget.value)}>
            <option value="">Every attending</option>
            {choices.attendings.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {choices.rotations.length > 0 && (
        <Field label="Rotation" name="filterRotation">
          {(a11y) => (
            <select {...a11y} value={filter.rotationId ?? ''} onChange={(e) => set('rotationId')(e.currentTarget.value)}>
              <option value="">Every rotation</option>
              {choices.rotations.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.institution}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Kind" name="filterKind">
        {(a11y) => (
          <select {...a11y} value={filter.kind ?? ''} onChange={(e) => set('kind')(e.currentTarget.value)}>
            <option value="">Every kind</option>
            {(Object.keys(FEEDBACK_KIND_LABELS) as FeedbackKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {FEEDBACK_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </details>
  );
}

const rotationName = (choices: LinkChoices | null, id?: string | null) =>
  id ? choices?.rotations.find((r) => r.id === id)?.institution : undefined;

function FeedbackCard({ feedback: f, choices }: { feedback: Feedback; choices: LinkChoices | null }) {
  return (
    <li class="card feedback">
      <a class="card-link" href={feedbackPath(f.id!)}>
        <h2 class="card-title">{f.attendingName}</h2>
      </a>
      <p class="card-meta">
        {[FEEDBACK_KIND_LABELS[f.kind!], f.receivedOn && formatDay(f.receivedOn), rotationName(choices, f.rotationId)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {f.enthusiasm && <p class="pill ok">Sounded: {ENTHUSIASM_LABELS[f.enthusiasm]}</p>}
      <Said feedback={f} />
    </li>
  );
}

function WaitingCard({ entry, choices }: { entry: FeedbackEntry; choices: LinkChoices | null }) {
  const input = entry.input;
  const who = choices?.attendings.find((a) => a.id === input.attendingId)?.name ?? 'An attending';
  const refused = entry.state === 'invalid';
  return (
    <li class="card feedback has-change">
      <a class="card-link" href={feedbackPath(entry.storyKey)}>
        <h2 class="card-title">{who}</h2>
      </a>
      <p class="card-meta">
        {[FEEDBACK_KIND_LABELS[input.kind as FeedbackKind], rotationName(choices, input.rotationId)].filter(Boolean).join(' · ')}
      </p>
      <p class={`change-badge ${refused ? 'problem' : 'pending'}`}>
        <span class="badge-text">{refused ? 'Not saved: needs a fix' : 'Pending: not sent yet'}</span>
        {refused && (
          <span class="badge-detail">
            {' '}
            {[...(entry.errors?.form ?? []), ...Object.values(entry.errors?.fields ?? {})].join(' ') || entry.lastError}
          </span>
        )}
      </p>
      <Said feedback={input} />
    </li>
  );
}

/** What they said, one line each. */
function Said({ feedback }: { feedback: Pick<Feedback, 'wentWell' | 'toImprove'> }) {
  return (
    <>
      {feedback.wentWell && (
        <p class="said">
          <strong>Went well:</strong> {feedback.wentWell}
        </p>
      )}
      {feedback.toImprove && (
        <p class="said">
          <strong>To improve:</strong> {feedback.toImprove}
        </p>
      )}
    </>
  );
}
