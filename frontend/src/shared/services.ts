// The application services by the names applicants and writers know them, and the services one letter
// goes through as the API says them (Letter.services: its specialty's, or every specialty's for a General
// letter). Which specialty goes where is the API's rule, never repeated here.
import type { Letter } from '../api/types';

type LetterService = NonNullable<Letter['services']>[number];

export const SERVICE_NAMES: Record<LetterService, string> = { ERAS: 'ERAS', RESIDENCYCAS: 'ResidencyCAS' };

/** A service's name; an unknown code as it came (a newer API). */
export const serviceName = (service: string | null | undefined): string =>
  (service && SERVICE_NAMES[service as LetterService]) ?? service ?? '';

/** "ERAS", "ResidencyCAS", or "ERAS and ResidencyCAS"; "the application service" when the API said none. */
export function servicesSaid(services: readonly string[] | null | undefined): string {
  const names = [...new Set((services ?? []).map(serviceName).filter(Boolean))];
  if (names.length === 0) return 'the application service';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
