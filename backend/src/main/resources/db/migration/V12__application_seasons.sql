-- The application services' season calendars as data (one row per service and season), so a date
-- the service announces or corrects is an admin's edit, not a release. Seeded with the 2027 and 2028
-- seasons as researched in December 2026; dates no official page confirmed are listed in
-- unverified (the product says so next to them). "year" is the service's own name for the season:
-- the year of its Match Day and of the residency start (ERAS 2028 opens in June 2027).
CREATE TABLE application_season (
    id                     uuid PRIMARY KEY,
    service                varchar(20) NOT NULL CHECK (service IN ('ERAS', 'RESIDENCYCAS')),
    year                   integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    rules_of               integer NOT NULL,
    opens_on               date NOT NULL,
    submission_opens_on    date NOT NULL,
    programs_review_on     date NOT NULL,
    program_deadline_on    date,
    rank_list_deadline_on  date NOT NULL,
    match_day              date NOT NULL,
    carry_over_before      date,
    unverified             text[] NOT NULL DEFAULT '{}',
    updated_at             timestamptz NOT NULL DEFAULT now(),
    version                bigint NOT NULL DEFAULT 0,
    UNIQUE (service, year),
    CHECK (opens_on <= submission_opens_on AND submission_opens_on <= programs_review_on
           AND programs_review_on < rank_list_deadline_on AND rank_list_deadline_on < match_day)
);

INSERT INTO application_season
    (id, service, year, rules_of, opens_on, submission_opens_on, programs_review_on, program_deadline_on,
     rank_list_deadline_on, match_day, carry_over_before, unverified)
VALUES
    ('7d0c2a4e-2027-4e5a-9a11-000000002027', 'ERAS', 2027, 2027, '2026-06-03', '2026-09-02', '2026-09-23', NULL,
     '2027-03-03', '2027-03-19', '2026-06-01',
     '{opensOn,submissionOpensOn,programsReviewOn,rankListDeadlineOn,matchDay}'),
    ('7d0c2a4e-2028-4e5a-9a11-000000002028', 'ERAS', 2028, 2027, '2027-06-02', '2027-09-01', '2027-09-22', NULL,
     '2028-03-01', '2028-03-17', NULL,
     '{opensOn,submissionOpensOn,programsReviewOn,rankListDeadlineOn,matchDay}'),
    ('5c1b3f6d-2027-4c2b-8b22-000000002027', 'RESIDENCYCAS', 2027, 2027, '2026-06-03', '2026-09-02', '2026-09-30', '2026-09-23',
     '2027-03-03', '2027-03-19', NULL,
     '{opensOn,submissionOpensOn,programsReviewOn,programDeadlineOn,rankListDeadlineOn,matchDay}'),
    ('5c1b3f6d-2028-4c2b-8b22-000000002028', 'RESIDENCYCAS', 2028, 2027, '2027-06-02', '2027-09-01', '2027-09-29', '2027-09-22',
     '2028-03-01', '2028-03-17', NULL,
     '{opensOn,submissionOpensOn,programsReviewOn,programDeadlineOn,rankListDeadlineOn,matchDay}');
