-- The LOR domain: target sheet, rotations, attendings, feedback, letter requests, programs,
-- and the links of stories to rotations, witnesses and competencies.
-- Every table carries owner_id (or hangs off a row that does); references between an
-- applicant's records are RESTRICT so that nothing disappears silently: the API answers
-- 409 naming the references, or removes them when the client asks (?cascade=true).

CREATE TABLE profile (
    owner_id                      uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    target_specialty              varchar(100),
    season                        int,
    eras_opens_on                 date,
    submission_target_on          date,
    strengths                     varchar(40)[] NOT NULL DEFAULT '{}',
    strengths_note                varchar(2000),
    cv_ready                      boolean       NOT NULL DEFAULT false,
    cv_updated_on                 date,
    personal_statement_status     varchar(20)   NOT NULL DEFAULT 'NOT_STARTED',
    personal_statement_updated_on date,
    time_zone                     varchar(64)   NOT NULL DEFAULT 'UTC',
    updated_at                    timestamptz   NOT NULL,
    version                       bigint        NOT NULL DEFAULT 1
);

CREATE TABLE rotation (
    id                          uuid PRIMARY KEY,
    owner_id                    uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    institution                 varchar(200) NOT NULL,
    location                    varchar(200),
    specialty                   varchar(100),
    kind                        varchar(30)  NOT NULL,
    starts_on                   date         NOT NULL,
    ends_on                     date         NOT NULL,
    supervised_by_letter_writer boolean      NOT NULL DEFAULT false,
    can_present_patients        boolean      NOT NULL DEFAULT false,
    can_write_notes             boolean      NOT NULL DEFAULT false,
    observed_repeatedly         boolean      NOT NULL DEFAULT false,
    works_with_residents        boolean      NOT NULL DEFAULT false,
    shadowing_only              boolean      NOT NULL DEFAULT false,
    large_group                 boolean      NOT NULL DEFAULT false,
    created_at                  timestamptz  NOT NULL,
    updated_at                  timestamptz  NOT NULL,
    version                     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT rotation_dates_ordered CHECK (ends_on >= starts_on)
);
CREATE INDEX rotation_owner_starts_ix ON rotation (owner_id, starts_on, id);

CREATE TABLE attending (
    id                  uuid PRIMARY KEY,
    owner_id            uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name                varchar(200) NOT NULL,
    degree              varchar(40),
    role                varchar(40)  NOT NULL,
    specialty           varchar(100),
    institution         varchar(200),
    email               varchar(254),
    coordinator_email   varchar(254),
    notes               text,
    has_seen_me_present boolean      NOT NULL DEFAULT false,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX attending_owner_name_ix ON attending (owner_id, name, id);

-- The dates an attending and the applicant actually worked together on a rotation.
CREATE TABLE attending_rotation (
    attending_id uuid NOT NULL REFERENCES attending (id) ON DELETE CASCADE,
    rotation_id  uuid NOT NULL REFERENCES rotation (id),
    from_on      date NOT NULL,
    to_on        date NOT NULL,
    CONSTRAINT attending_rotation_dates_ordered CHECK (to_on >= from_on)
);
CREATE INDEX attending_rotation_attending_ix ON attending_rotation (attending_id);
CREATE INDEX attending_rotation_rotation_ix ON attending_rotation (rotation_id);

ALTER TABLE story ADD COLUMN rotation_id uuid REFERENCES rotation (id);
ALTER TABLE story ADD COLUMN competencies varchar(40)[] NOT NULL DEFAULT '{}';
CREATE INDEX story_rotation_ix ON story (rotation_id);

-- Attendings who witnessed a story (and can vouch for it in a letter).
CREATE TABLE story_witness (
    story_id     uuid NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    attending_id uuid NOT NULL REFERENCES attending (id),
    PRIMARY KEY (story_id, attending_id)
);
CREATE INDEX story_witness_attending_ix ON story_witness (attending_id);

CREATE TABLE feedback (
    id              uuid PRIMARY KEY,
    owner_id        uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    attending_id    uuid        NOT NULL REFERENCES attending (id),
    rotation_id     uuid        REFERENCES rotation (id),
    received_on     date        NOT NULL,
    kind            varchar(20) NOT NULL,
    went_well       text,
    to_improve      text,
    my_plan         text,
    what_i_changed  text,
    checked_back_on date,
    enthusiasm      varchar(40),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT feedback_check_back_after_receipt CHECK (checked_back_on IS NULL OR checked_back_on >= received_on)
);
CREATE INDEX feedback_owner_received_ix ON feedback (owner_id, received_on DESC, id);
CREATE INDEX feedback_attending_ix ON feedback (attending_id, received_on DESC);
CREATE INDEX feedback_rotation_ix ON feedback (rotation_id);

CREATE TABLE letter_request (
    id                               uuid PRIMARY KEY,
    owner_id                         uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    attending_id                     uuid        NOT NULL REFERENCES attending (id),
    letter_type                      varchar(30) NOT NULL,
    status                           varchar(30) NOT NULL,
    commitment                       varchar(20),
    eras_letter_id                   varchar(64),
    waived_right_to_see              boolean,
    soft_deadline                    date,
    reminders_sent                   date[]      NOT NULL DEFAULT '{}',
    received_on                      date,
    thanked_after_submission_on      date,
    thanked_interview_invitations_on date,
    thanked_match_day_on             date,
    created_at                       timestamptz NOT NULL,
    updated_at                       timestamptz NOT NULL,
    version                          bigint      NOT NULL DEFAULT 0
);
-- One letter request per attending; an ERAS Letter ID is used once in an account.
CREATE UNIQUE INDEX letter_request_attending_uq ON letter_request (owner_id, attending_id);
CREATE UNIQUE INDEX letter_request_eras_id_uq ON letter_request (owner_id, eras_letter_id);
CREATE INDEX letter_request_owner_status_ix ON letter_request (owner_id, status);

-- Dated history of status changes, in order.
CREATE TABLE letter_status_change (
    letter_id   uuid         NOT NULL REFERENCES letter_request (id) ON DELETE CASCADE,
    position    int          NOT NULL,
    from_status varchar(30),
    to_status   varchar(30)  NOT NULL,
    changed_at  timestamptz  NOT NULL,
    note        varchar(500),
    PRIMARY KEY (letter_id, position)
);

CREATE TABLE program (
    id                 uuid PRIMARY KEY,
    owner_id           uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name               varchar(200) NOT NULL,
    specialty          varchar(100) NOT NULL,
    letters_required   int          NOT NULL,
    from_us_clinicians int          NOT NULL,
    in_specialty       int          NOT NULL,
    added_on           date         NOT NULL,
    locked             boolean      NOT NULL DEFAULT false,
    locked_at          timestamptz,
    notes              text,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0
);
CREATE INDEX program_owner_name_ix ON program (owner_id, name, id);

-- Letters assigned to a program's application (at most 4, checked by the API).
CREATE TABLE program_letter (
    program_id uuid NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    letter_id  uuid NOT NULL REFERENCES letter_request (id),
    PRIMARY KEY (program_id, letter_id)
);
CREATE INDEX program_letter_letter_ix ON program_letter (letter_id);
