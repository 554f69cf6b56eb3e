// Habits: the small daily and weekly things attendings notice, checked in with
// one tap, with the streaks the API counts; then each rotation's teaching talk
// and its honest red-flag self-check, with the API's advice. Loaded on first use.
import { useState } from 'preact/hooks';
import type { HabitStatus, Habits } from '../api/types';
import { paths } from '../app/router';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { PageHeading } from '../shared/PageHeading';
import { useCall } from '../shared/useCall';
import { allMessages } from '../api/result';
import { day } from '../writers/dates';
import { checkIn, getHabits } from './habitsApi';
import { CADENCE_LABELS, HABIT_LABELS, STREAK_UNITS } from './labels';
import { RotationCheckCard } from './RotationCheckCard';
import '../shared/coach.css';
import { ErrorLines } from '../shared/Notices';

export function HabitsScreen() {
  const [state, retry] = useQuery(['habits'], getHabits);
  return (
    <section>
      <PageHeading title="Habits" />
      <Loaded state={state} retry={retry}>
        {(habits) => <HabitsView initial={habits} />}
      </Loaded>
      <p class="back">
        <a href={paths.today}>Back to Today</a>
      </p>
    </section>
  );
}

function HabitsView({ initial }: { initial: Habits }) {
  // Every answer of a check-in or self-check is the whole, updated picture.
  const [habits, setHabits] = useState(initial);
  const [news, setNews] = useState<string | null>(null);
  const update = (next: Habits, message: string) => {
    setHabits(next);
    setNews(message);
  };
  const rotations = habits.rotations ?? [];
  return (
    <>
      <p role="status" class={news ? 'notice' : ''}>
        {news}
      </p>
      {!habits.onRotation && <p class="muted">You're not on a rotation today: the daily habits matter most while you are.</p>}
      <ul class="card-list">
        {(habits.habits ?? []).map((habit) => (
          <HabitCard
            key={habit.habit}
            habit={habit}
            onChecked={(next) => update(next, `Checked in: ${HABIT_LABELS[habit.habit!]}.`)}
          />
        ))}
      </ul>
      <h2 class="form-section">Your rotations</h2>
      {rotations.length === 0 ? (
        <p class="empty">
          Add a rotation to check your teaching talk and red flags per rotation. <a href={paths.rotations}>Rotations</a>
        </p>
      ) : (
        <ul class="card-list">
          {rotations.map((rotation) => (
            <RotationCheckCard key={rotation.rotationId} check={rotation} onSaved={update} />
          ))}
        </ul>
      )}
    </>
  );
}

function HabitCard({ habit, onChecked }: { habit: HabitStatus; onChecked(next: Habits): void }) {
  const { busy, errors, run } = useCall();
  const name = habit.habit!;
  const cadence = habit.cadence ?? 'DAILY';
  const [one, many] = STREAK_UNITS[cadence];
  async function check() {
    const result = await run(() => checkIn(name));
    if (result?.ok) onChecked(result.value);
  }
  return (
    <li class="card">
      <h2 class="card-title">{HABIT_LABELS[name]}</h2>
      <p class="card-meta">
        {CADENCE_LABELS[cadence]}
        {habit.streak ? (
          <>
            {' · '}
            <span class="streak">
              {habit.streak} {habit.streak === 1 ? one : many} in a row
            </span>
          </>
        ) : null}
        {habit.lastDoneOn && ` · last ${day(habit.lastDoneOn)}`}
      </p>
      <p>{habit.advice}</p>
      {cadence === 'PER_ROTATION' ? (
        <p class="muted">Check it in on its rotation below.</p>
      ) : habit.doneThisPeriod ? (
        <p class="pill ok">{cadence === 'WEEKLY' ? 'Done this week' : 'Done today'}</p>
      ) : (
        <div class="form-actions">
          <button type="button" class="button small primary" disabled={busy} onClick={() => void check()}>
            {busy ? 'Saving…' : 'I did it today'}
          </button>
          {name === 'WRITE_STORY' && (
            <a class="button small" href={paths.newStory}>
              Log a story
            </a>
          )}
        </div>
      )}
      <ErrorLines messages={allMessages(errors)} />
    </li>
  );
}
