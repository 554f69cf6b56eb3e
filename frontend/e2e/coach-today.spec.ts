// Today on a phone: every action is one tap from where it is done. A packet
// owed opens the packet email; a week-1 step opens the plan at that step,
// where it is ticked (and unticked); a daily habit is checked in on Today
// itself; the habits screen checks in a weekly habit and records a red-flag
// self-check. Each change is checked against what the API stored.
import { expect, test } from '@playwright/test';
import { seedSeason } from './coach-seed';
import { baseUrl, logIn, newAccount, openMore, openToday, screenshot } from './support';

test('Today → action → the screen that does it; plan tick; habit check-ins', async ({ page, request }, testInfo) => {
  const account = await newAccount(request);
  const season = await seedSeason(request, account);
  const api = async (path: string) => (await request.get(`${baseUrl()}/api/v1${path}`, { headers: season.headers })).json();
  // Home is Today: logging in opens it.
  await logIn(page, account);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const actions = page.locator('.today-list > li');
  await expect(actions.first()).toBeVisible();
  await screenshot(page, testInfo, 'coach-today-1-actions');

  // 1. The packet owed after the yes: its email, opened first.
  await actions.getByRole('link', { name: `Send the packet to ${season.attendingName}` }).tap();
  await expect(page.getByRole('heading', { level: 1, name: `Messages for ${season.attendingName}` })).toBeVisible();
  const packet = page.locator('details[open]');
  await expect(packet).toHaveCount(1);
  await expect(packet.locator('summary')).toHaveText(/Packet email after a yes/);
  await expect(packet.getByRole('link', { name: 'Open in mail app' })).toHaveAttribute(
    'href',
    /^mailto:mlindqvist@example\.org\?/,
  );
  await page.goBack();

  // 2. A daily habit, checked in from Today itself.
  const habit = actions.filter({ hasText: 'Habit' }).first();
  const habitTitle = (await habit.getByRole('heading').textContent())!.trim();
  await habit.getByRole('button', { name: 'Done today' }).tap();
  await expect(page.getByRole('status').filter({ hasText: `Checked in: ${habitTitle}` })).toBeVisible();
  await expect(page.getByRole('link', { name: habitTitle })).toHaveCount(0);
  const habits = await api('/habits');
  expect(
    habits.habits.filter((h: { doneThisPeriod: boolean; cadence: string }) => h.cadence === 'DAILY' && h.doneThisPeriod),
  ).toHaveLength(1);

  // 3. The week-1 step of the rotation: the plan, at that step, ticked there.
  const weekOne = actions.filter({ hasText: /Week 1 at Mercy General Hospital/ });
  await weekOne.getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  const step = page.locator('.checkpoint.focus');
  await expect(step).toHaveCount(1);
  await expect(step.getByRole('heading')).toHaveText(/Week 1 at Mercy General Hospital/);
  await expect(step).toBeInViewport();
  await screenshot(page, testInfo, 'coach-today-2-plan-at-step');
  await step.getByRole('button', { name: 'Mark done' }).tap();
  await expect(step.locator('.pill')).toHaveText('Done');
  await expect(step).toContainText(/Ticked by you on/);
  const expectationsId = `rotation-${season.rotationId}-expectations`;
  const ticked = (await api('/plan')).checkpoints.find((c: { id: string }) => c.id === expectationsId);
  expect(ticked).toMatchObject({ status: 'DONE', tickedOn: expect.any(String) });
  // A tick by mistake can be taken back.
  await step.getByRole('button', { name: 'Undo my tick' }).tap();
  await expect(step.getByRole('button', { name: 'Mark done' })).toBeVisible();
  expect((await api('/plan')).checkpoints.find((c: { id: string }) => c.id === expectationsId)).toMatchObject({ tickedOn: null });
  await expect(step.locator('.pill')).not.toHaveText('Done');

  // The plan is long: the steps the API says are done can be hidden. A step ticked now stays in
  // sight (with its undo) until the plan is opened again; the phone remembers the choice.
  const steps = page.locator('.checkpoint');
  const before = (await api('/plan')).checkpoints as { id: string; status: string; title: string }[];
  await expect(steps).toHaveCount(before.length);
  await page.getByLabel('Hide done steps').check();
  await expect(steps).toHaveCount(before.filter((c) => c.status !== 'DONE').length);
  await expect(page.locator('.checkpoint.done')).toHaveCount(0);
  await step.getByRole('button', { name: 'Mark done' }).tap();
  await expect(step.locator('.pill')).toHaveText('Done');
  await expect(step.getByRole('button', { name: 'Undo my tick' })).toBeVisible();
  const planNow = (await api('/plan')).checkpoints as { id: string; status: string }[];
  expect(planNow.find((c) => c.id === expectationsId)?.status).toBe('DONE');
  const stillToDo = planNow.filter((c) => c.status !== 'DONE').length;
  await page.getByRole('link', { name: 'Back to Today' }).tap();
  await page.getByRole('link', { name: 'See the whole plan' }).tap();
  await expect(page.getByLabel('Hide done steps')).toBeChecked();
  await expect(steps).toHaveCount(stillToDo);
  await expect(page.getByText(`${planNow.length - stillToDo} done steps hidden.`)).toBeVisible();
  await expect(steps.filter({ hasText: /Week 1 at Mercy General Hospital/ })).toHaveCount(0);
  await screenshot(page, testInfo, 'coach-today-3-plan-done-hidden');
  await page.reload();
  await expect(page.getByLabel('Hide done steps')).toBeChecked();
  await expect(steps).toHaveCount(stillToDo);
  await page.getByLabel('Hide done steps').uncheck();
  await expect(steps).toHaveCount(planNow.length);

  // 4. Habits: a weekly habit and the red-flag self-check of the rotation.
  await openMore(page);
  await page.getByRole('link', { name: /^Habits/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Habits' })).toBeVisible();
  const feedback = page.locator('.card', { has: page.getByRole('heading', { name: 'Ask for one thing to do better' }) });
  await feedback.getByRole('button', { name: 'I did it today' }).tap();
  await expect(feedback.getByText('Done this week')).toBeVisible();
  const rotation = page.locator('.card', { has: page.getByRole('heading', { name: /Mercy General Hospital/ }) });
  await rotation.getByLabel('I was late more than once').check();
  await rotation.getByRole('button', { name: 'Save self-check' }).tap();
  await expect(page.getByText('Self-check saved for')).toBeVisible();
  await expect(rotation.locator('.warning-line')).toBeVisible();
  await screenshot(page, testInfo, 'coach-today-4-habits');
  const after = await api('/habits');
  expect(after.habits.find((h: { habit: string }) => h.habit === 'MINI_FEEDBACK')).toMatchObject({ doneThisPeriod: true });
  expect(after.rotations[0]).toMatchObject({ redFlags: ['LATENESS'] });

  // The red flag now shows on Today, and leads to the self-check.
  await openToday(page);
  await actions.filter({ hasText: 'Red flag' }).getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Habits' })).toBeVisible();
});
