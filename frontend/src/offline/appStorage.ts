// The app's one on-phone storage, shared by the outbox and the offline copy.
import type { Portfolio, Today } from '../api/types';
import type { CopyPlace } from '../shared/query';
import { browserKeyValue } from './keyValue';
import { createLastLoaded } from './lastLoaded';

export const kv = browserKeyValue();
export const lastLoaded = createLastLoaded(kv);

/** Where Today's last answer is kept, for one applicant. */
export function todayCopy(userId: string): CopyPlace<Today> {
  return { read: () => lastLoaded.today(userId), keep: (copy) => lastLoaded.saveToday(userId, copy) };
}

/** Where the portfolio's last answer is kept, for one applicant. */
export function portfolioCopy(userId: string): CopyPlace<Portfolio> {
  return { read: () => lastLoaded.portfolio(userId), keep: (copy) => lastLoaded.savePortfolio(userId, copy) };
}
