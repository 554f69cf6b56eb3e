// Today: what to do now, most urgent first, each with its reason and one tap
// from the screen that does it; a plan step or a daily habit can be answered
// right here. Then the next deadlines. The API decides the order and the
// wording from the applicant's own dates and records. Loaded on first use.
import { useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import { allMessages, callApi } from '../api/result';
import type { Today, TodayAction } from '../api/types';
import { paths, planPath } from '../app/router';
import { checkIn, habitOfActionId } from '../habits/habitsApi';
import { tickCheckpoint } from '../plan/planApi';
import { Loaded, useLoad } from '../shared/useLoad';
import { PageHeading } from '../shared/PageHeading';
import { useCall } from '../shared/useCall';
import { day } from '../writers/dates';
import { actionTarget, linkTarget, quickAnswer } from './actionTarget';
import { ACTION_KIND_LABELS, daysLeftText } from './labels';
import '../shared/coach.css';

const loadToday = () => callApi(() => api.GET('/api/v1/today'));

export function TodayScreen() {
  const [state, retry] = useLoad(loadToday);
  return (
    <section>
      <PageHeading title="Today" />
      <Loaded state={state} retry={retry}>
        {(today) => <TodayList today={today} reload={retry} />}
      </Loaded>
      <p class="back">
        <a href={paths.settings}>Back to More</a>
      </p>
    </section>
  );
}

function TodayList({ today, reload }: { today: Today; reload(): void }) {
  const [news, setNews] = useState<string | null>(null);
  const newsLine = useRef<HTMLParagraphElement>(null);
  const actions = today.actions ?? [];
  const deadlines = today.nextDeadlines ?? [];
  function answered(message: string) {
    setNews(message);
    reload();
    // The card answered goes away: keep the focus on the page, on the news.
    newsLine.current?.focus();
  }
  return (
    <>
      <p ref={newsLine} tabIndex={-1} role="status" class={news ? 'notice' : ''}>
        {news}
      </p>
      {actions.length === 0 ? (
        <p class="empty">Nothing urgent today. Log a story or ask for feedback while it's fresh.</p>
      ) : (
        <ol class="card-list today-list">
          {actions.map((action, index) => (
            <ActionCard key={action.id ?? index} action={action} onAnswered={answered} />
          ))}
        </ol>
      )}
      {deadlines.length > 0 && (
        <section aria-labelledby="deadlines-title">
          <h2 id="deadlines-title" class="form-section">
            Next deadlines
          </h2>
          <ul class="event-list">
            {deadlines.map((deadline, index) => {
              const target = linkTarget(deadline.link);
              return (
                <li key={index}>
                  {target ? (
                    <a class="event-what event-link" href={target}>
                      {deadline.title}
                    </a>
                  ) : (
                    <span class="event-what">{deadline.title}</span>
                  )}
                  <span class="event-meta">
                    {day(deadline.on)}
                    {deadline.daysLeft != null && ` · ${daysLeftText(deadline.daysLeft)}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p class="back">
        <a href={planPath()}>See the whole plan</a>
      </p>
    </>
  );
}

function ActionCard({ action, onAnswered }: { action: TodayAction; onAnswered(message: string): void }) {
  const { busy, errors, run } = useCall();
  const quick = quickAnswer(action);
  const habit = habitOfActionId(action.id);

  async function answer() {
    const result = quick === 'tick' ? await run(() => tickCheckpoint(action.id!)) : habit ? await run(() => checkIn(habit)) : null;
    if (result?.ok) onAnswered(quick === 'tick' ? `Marked done: ${action.title}` : `Checked in: ${action.title}`);
  }

  return (
    <li class="card action-card">
      <p class="action-kind">{action.kind ? ACTION_KIND_LABELS[action.kind] : ''}</p>
      <h2 class="card-title">
        <a class="action-link" href={actionTarget(action)}>
          {action.title}
        </a>
      </h2>
      <p class="card-meta">
        {action.reason}
        {action.dueOn && ` Due ${day(action.dueOn)}.`}
      </p>
      {quick && (quick === 'tick' ? action.id : habit) && (
        <div class="form-actions">
          <button type="button" class="button small" disabled={busy} onClick={() => void answer()}>
            {busy ? 'Saving…' : quick === 'tick' ? 'Mark done' : 'Done today'}
          </button>
        </div>
      )}
      {allMessages(errors).map((message) => (
        <p key={message} class="field-error" role="alert">
          {message}
        </p>
      ))}
    </li>
  );
}
