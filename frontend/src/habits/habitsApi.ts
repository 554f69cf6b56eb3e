// Habit check-ins and the red-flag self-check. Each call answers the habits as
// they are now (streaks included), so the screen just shows the answer.
import { api } from '../api/client';
import { callApi, type Result } from '../api/result';
import type { HabitName, Habits, RedFlag } from '../api/types';

export function getHabits(): Promise<Result<Habits>> {
  return callApi(() => api.GET('/api/v1/habits'));
}

/** Today's check-in (a repeat the same day changes nothing, so a double tap is harmless). */
export function checkIn(habit: HabitName, rotationId?: string): Promise<Result<Habits>> {
  return callApi(() => api.POST('/api/v1/habits/check-ins', { body: { habit, ...(rotationId ? { rotationId } : {}) } }));
}

export function saveRedFlags(rotationId: string, flags: RedFlag[]): Promise<Result<Habits>> {
  return callApi(() => api.POST('/api/v1/habits/red-flags', { body: { rotationId, flags } }), ['flags']);
}

/** The habit a Today action is about: its id is "habit:NAME" (see TodayAction.id in the contract). */
export function habitOfActionId(id: string | undefined): HabitName | null {
  const match = /^habit:([A-Z_]+)$/.exec(id ?? '');
  return match ? (match[1] as HabitName) : null;
}
