/** Changes not sent yet stay on the phone (for this applicant's next login):
 *  say so before logging out, rather than let it look as if they were lost. */
import { outboxEntries } from '../outbox/appOutbox';

export function confirmLogOut(): boolean {
  const waiting = outboxEntries.get().length;
  if (waiting === 0) return true;
  const what = waiting === 1 ? '1 change has' : `${waiting} changes have`;
  return confirm(`${what} not reached LORkit yet. They stay on this phone and are sent when you log in again. Log out anyway?`);
}
