// Attendings, A–Z or best letter writers first (the API's ranking: eligible,
// then tier, same specialty, enthusiasm, days together). Loaded on first use.
import { useState } from 'preact/hooks';
import type { Attending } from '../api/types';
import { feedbackListPath, formPath, newStoryPath, packetPath } from '../app/router';
import { today } from '../story/dates';
import { dayCountsLine } from './dayCounts';
import { useFlash } from '../shared/flash';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { PageHeading } from '../shared/PageHeading';
import { ENTHUSIASM_LABELS, ownStoriesShort, ROLE_LABELS, TIER_LABELS } from './labels';
import { listAttendings } from './writersApi';
import { FlashNotice } from '../shared/Notices';
import { BackToMore } from '../app/BackToMore';

export function AttendingList() {
  const [ranked, setRanked] = useState(true);
  const [state, retry] = useQuery(['attendings', ranked], () => listAttendings(ranked));
  const flash = useFlash();
  return (
    <section>
      <PageHeading title="Attendings" />
      <FlashNotice message={flash} />
      <p>
        <a class="button primary" href={formPath('attendingForm')}>
          Add an attending
        </a>
      </p>
      <div class="segmented" role="group" aria-label="Order">
        <button type="button" class="button small" aria-pressed={ranked} onClick={() => setRanked(true)}>
          Best writers first
        </button>
        <button type="button" class="button small" aria-pressed={!ranked} onClick={() => setRanked(false)}>
          A–Z
        </button>
      </div>
      <Loaded state={state} retry={retry}>
        {(attendings) =>
          attendings.length === 0 ? (
            <p class="empty">
              No attendings yet. Add the people who supervised you: LORkit tells you who can write a strong letter.
            </p>
          ) : (
            <ul class="card-list">
              {attendings.map((a) => (
                <AttendingCard key={a.id} attending={a} />
              ))}
            </ul>
          )
        }
      </Loaded>
      <BackToMore />
    </section>
  );
}

function AttendingCard({ attending: a }: { attending: Attending }) {
  const eligible = a.letterEligible?.eligible;
  const tier = a.priorityTier;
  return (
    <li class="card attending">
      <a class="card-link" href={formPath('attendingForm', a.id)}>
        <h2 class="card-title">{[a.name, a.degree].filter(Boolean).join(', ')}</h2>
      </a>
      {a.greeting && <p class="card-meta">Emails greet them as “Dear {a.greeting},”</p>}
      <p class="card-meta">{[ROLE_LABELS[a.role!], a.specialty, a.institution].filter(Boolean).join(' · ')}</p>
      <p>
        <span class={`pill ${eligible ? 'ok' : 'no'}`}>{eligible ? 'Can write a letter' : 'Not yet a letter writer'}</span>
        {tier?.tier && <span class="pill no">{TIER_LABELS[tier.tier]}</span>}
      </p>
      {tier?.reason && <p class="card-meta">{tier.reason}</p>}
      {tier?.warning && <p class="warning-line">{tier.warning}</p>}
      <ul class="reasons" aria-label="Letter-writer rules">
        {(a.letterEligible?.reasons ?? []).map((r) => (
          <li key={r.rule} class={r.met ? 'met' : 'unmet'}>
            <span class="visually-hidden">{r.met ? 'Met: ' : 'Not met: '}</span>
            {r.detail}
          </li>
        ))}
      </ul>
      <p class="card-meta">
        {dayCountsLine(a, today())} · {a.feedbackCount ?? 0} feedback · {a.storyCount ?? 0}{' '}
        {a.storyCount === 1 ? 'story' : 'stories'}
        {a.enthusiasm && ` · Enthusiasm: ${ENTHUSIASM_LABELS[a.enthusiasm] ?? a.enthusiasm}`}
      </p>
      {(a.storyCount ?? 0) < 3 && (
        <p class="warning-line">
          {ownStoriesShort(a.storyCount ?? 0, a.name)} <a href={newStoryPath(a.id!)}>Log a story they saw</a>
        </p>
      )}
      <div class="form-actions">
        <a class="button small" href={feedbackListPath(a.id)}>
          Feedback<span class="visually-hidden"> from {a.name}</span>
        </a>
        <a class="button small" href={packetPath(a.id!)}>
          Packet<span class="visually-hidden"> for {a.name}</span>
        </a>
      </div>
    </li>
  );
}
