// Which season and service the plan and Today follow, in one line under the heading: an
// applicant planning in December for a season that opens next June should see the year, the
// service her specialty goes through, and which dates the service has not confirmed yet.
import type { FollowedSeason } from '../api/types';
import { hashOf } from '../app/router';
import { day } from '../writers/dates';

const STANDARDIZED_LABELS: Record<NonNullable<FollowedSeason['standardizedLetter']>, string> = {
  ESLOE_2: 'eSLOE 2.0',
  OBGYN_SLOE: 'the OB/GYN SLOE',
  ORTHO_SLOR: 'the orthopaedic SLOR',
  ENT_SLOR: 'the otolaryngology SLOR',
  PORTAL_FORM: 'the standardized form in the Letter Writer Portal',
};

export function SeasonLine({ season }: { season: FollowedSeason | undefined }) {
  if (!season) return null;
  const unconfirmed = (date: string) => (season.unverified ?? []).includes(date);
  const opens = `it opens ${day(season.opensOn)}${unconfirmed('opensOn') ? ' (not confirmed yet)' : ''}`;
  return (
    <p class="season-line" data-testid="season-line">
      Following the <strong>{season.label}</strong>: {opens}; Match Day {day(season.matchDay)}
      {unconfirmed('matchDay') ? ' (not confirmed yet)' : ''}.
      {season.standardizedLetter && ` Your specialty's writers fill in ${STANDARDIZED_LABELS[season.standardizedLetter]}.`}
      {!season.fromTargetSheet && (
        <>
          {' '}
          A guess until you <a href={hashOf({ name: 'targetSheet' })}>set your season on the target sheet</a>.
        </>
      )}
    </p>
  );
}
