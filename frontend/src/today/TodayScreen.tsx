// Today: what to do now, most urgent first, each with its reason, then the
// next deadlines. The API decides the order from the applicant's own dates
// and records. Loaded on first use.
import { api } from '../api/client';
import { offlineErrors, problemToFormErrors } from '../api/problem';
import type { Today } from '../api/types';
import { paths } from '../app/router';
import { Loaded, useLoad } from '../shared/useLoad';
import { PageHeading } from '../shared/PageHeading';
import { day } from '../writers/dates';

async function loadToday() {
  try {
    const { data, error, response } = await api.GET('/api/v1/today');
    return data ? { ok: true as const, value: data } : { ok: false as const, errors: problemToFormErrors(error, response.status, []) };
  } catch {
    return { ok: false as const, errors: offlineErrors() };
  }
}

export function TodayScreen() {
  const [state, retry] = useLoad(loadToday);
  return (
    <section>
      <PageHeading title="Today" />
      <Loaded state={state} retry={retry}>
        {(today) => <TodayList today={today} />}
      </Loaded>
      <p class="back">
        <a href={paths.settings}>Back to More</a>
      </p>
    </section>
  );
}

function TodayList({ today }: { today: Today }) {
  const actions = today.actions ?? [];
  const deadlines = today.nextDeadlines ?? [];
  return (
    <>
      {actions.length === 0 ? (
        <p class="empty">Nothing urgent today. Log a story or ask for feedback while it's fresh.</p>
      ) : (
        <ol class="card-list today-list">
          {actions.map((action, index) => (
            <li key={action.id ?? index} class="card">
              <h2 class="card-title">{action.title}</h2>
              <p class="card-meta">
                {action.reason}
                {action.dueOn && ` Due ${day(action.dueOn)}.`}
              </p>
            </li>
          ))}
        </ol>
      )}
      {deadlines.length > 0 && (
        <section aria-labelledby="deadlines-title">
          <h2 id="deadlines-title" class="form-section">
            Next deadlines
          </h2>
          <ul class="event-list">
            {deadlines.map((deadline, index) => (
              <li key={index}>
                <span class="event-what">{deadline.title}</span>
                <span class="event-meta">
                  {day(deadline.on)}
                  {deadline.daysLeft != null && ` · ${deadline.daysLeft === 0 ? 'today' : deadline.daysLeft === 1 ? 'tomorrow' : `in ${deadline.daysLeft} days`}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
