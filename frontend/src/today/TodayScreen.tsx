// Today, the home screen: what to do now, most urgent first, each with its
// reason and one tap from the screen that does it; a plan step or a daily habit
// can be answered right here. Then the next deadlines. The API decides the order
// and the wording from the applicant's own dates and records. Its last answer
// is kept on the phone, so Today opens with no connection too (and says which
// actions wait for one).
import { useMemo, useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import { allMessages, callApi } from '../api/result';
import type { Today, TodayAction } from '../api/types';
import { planPath, worksOffline } from '../app/router';
import { useSession } from '../auth/session';
import { checkIn, habitOfActionId } from '../habits/habitsApi';
import { todayCopy } from '../offline/appStorage';
import { OfflineNote } from '../offline/OfflineNote';
import { useQuery, useShownOffline } from '../shared/query';
import { tickCheckpoint } from '../plan/planApi';
import { Loaded } from '../shared/Loaded';
import { PageHeading } from '../shared/PageHeading';
import { useCall } from '../shared/useCall';
import { day } from '../writers/dates';
import { actionTarget, linkTarget, quickAnswer } from './actionTarget';
import { ACTION_KIND_LABELS, daysLeftText } from './labels';
import '../shared/coach.css';
import { ErrorLines } from '../shared/Notices';
import { SeasonLine } from './SeasonLine';
import { SetupSteps } from './SetupSteps';

const loadToday = () => callApi(() => api.GET('/api/v1/today'));

export function TodayScreen() {
  const session = useSession();
  const userId = session.status === 'signedIn' ? session.user.id : '';
  const place = useMemo(() => todayCopy(userId), [userId]);
  const [state, reload] = useQuery(['today', userId], loadToday, { keptIn: place });
  const shownOffline = useShownOffline(state);
  const offline = !!shownOffline;
  return (
    <section>
      <PageHeading title="Today" />
      {shownOffline && (
        <OfflineNote loadedAt={shownOffline.loadedAt}>
          Logging a story or feedback works offline; the other actions wait for a connection.
        </OfflineNote>
      )}
      <Loaded state={state} retry={reload}>
        {(today) => <TodayList today={today} offline={offline} reload={reload} />}
      </Loaded>
    </section>
  );
}

function TodayList({ today, offline, reload }: { today: Today; offline: boolean; reload(): void }) {
  const [news, setNews] = useState<string | null>(null);
  const newsLine = useRef<HTMLParagraphElement>(null);
  const actions = today.actions ?? [];
  const deadlines = today.nextDeadlines ?? [];
  const setup = today.setup ?? [];
  const settingUp = setup.some((s) => !s.done);
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
      <SeasonLine season={today.season} />
      <SetupSteps steps={setup} />
      {actions.length === 0 ? (
        !settingUp && <p class="empty">Nothing urgent today. Log a story or ask for feedback while it's fresh.</p>
      ) : (
        <ol class="card-list today-list">
          {actions.map((action, index) => (
            <ActionCard key={action.id ?? index} action={action} offline={offline} onAnswered={answered} />
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

interface CardProps {
  action: TodayAction;
  /** Today is shown from the phone's copy: what needs the API says so instead of failing. */
  offline: boolean;
  onAnswered(message: string): void;
}

function ActionCard({ action, offline, onAnswered }: CardProps) {
  const { busy, errors, run } = useCall();
  const quick = quickAnswer(action);
  const habit = habitOfActionId(action.id);
  const target = actionTarget(action);
  const waits = offline && !worksOffline(target);
  const noteId = `waits-${action.id}`;
  const answerable = quick && (quick === 'tick' ? action.id : habit);

  async function answer() {
    const result =
      quick === 'tick' ? await run(() => tickCheckpoint(action.id!)) : habit ? await run(() => checkIn(habit)) : null;
    if (result?.ok) onAnswered(quick === 'tick' ? `Marked done: ${action.title}` : `Checked in: ${action.title}`);
  }

  return (
    <li class="card action-card">
      <p class="action-kind">{action.kind ? ACTION_KIND_LABELS[action.kind] : ''}</p>
      <h2 class="card-title">
        <a class="action-link" href={target} aria-describedby={waits ? noteId : undefined}>
          {action.title}
        </a>
      </h2>
      <p class="card-meta">
        {action.reason}
        {action.dueOn && ` Due ${day(action.dueOn)}.`}
      </p>
      {waits ? (
        <p id={noteId} class="waits-note">
          Needs a connection: you can do this once you're back online.
        </p>
      ) : (
        answerable && (
          <div class="form-actions">
            <button type="button" class="button small" disabled={busy} onClick={() => void answer()}>
              {busy ? 'Saving…' : quick === 'tick' ? 'Mark done' : 'Done today'}
            </button>
          </div>
        )
      )}
      <ErrorLines messages={allMessages(errors)} />
    </li>
  );
}
