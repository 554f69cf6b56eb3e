// The portfolio's check lists: one per specialty applied to, as the API sends
// them, each headed by the specialty and the service it goes through. With one
// specialty (or an older API without the lists) there is one list, untitled.
import type { Portfolio, PortfolioCheck } from '../api/types';
import { serviceName } from '../shared/services';

export interface CheckSection {
  /** null: the only list, shown without a heading. */
  heading: string | null;
  checks: PortfolioCheck[];
}

export function specialtySections(portfolio: Portfolio): CheckSection[] {
  const lists = portfolio.specialties ?? [];
  if (lists.length < 2) return [{ heading: null, checks: portfolio.checks ?? [] }];
  return lists.map((list) => ({
    heading: `${list.specialty ?? 'Your specialty'} · ${serviceName(list.service)}`,
    checks: list.checks ?? [],
  }));
}
