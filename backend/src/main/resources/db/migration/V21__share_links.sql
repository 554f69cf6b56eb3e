-- Links the applicant shares without an account (issue 18): a writer's page for one letter request, or an
-- adviser's view. Only the SHA-256 of each link's token is kept; the links die with the account (and a
-- writer link with its letter). A password change leaves them alone; revoking keeps the row (REVOKED).
CREATE TABLE share_link (
    id              uuid         PRIMARY KEY,
    owner_id        uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind            varchar(16)  NOT NULL CHECK (kind IN ('WRITER', 'ADVISER')),
    letter_id       uuid         REFERENCES letter_request (id) ON DELETE CASCADE,
    label           varchar(80),
    show_stories    boolean      NOT NULL DEFAULT false,
    show_feedback   boolean      NOT NULL DEFAULT false,
    token_hash      varchar(64)  NOT NULL UNIQUE,
    created_at      timestamptz  NOT NULL,
    expires_on      date,
    revoked_at      timestamptz,
    -- A writer link replaced by a newer one for the same letter.
    ended_at        timestamptz,
    view_count      integer      NOT NULL DEFAULT 0,
    last_viewed_at  timestamptz,
    version         bigint       NOT NULL DEFAULT 1,
    CHECK ((kind = 'WRITER') = (letter_id IS NOT NULL))
);
CREATE INDEX share_link_owner_ix ON share_link (owner_id, created_at DESC);
CREATE INDEX share_link_letter_ix ON share_link (letter_id);

-- What a writer said on their page: their word, never the letter's status. Gone with the letter.
CREATE TABLE writer_word (
    id              uuid         PRIMARY KEY,
    letter_id       uuid         NOT NULL REFERENCES letter_request (id) ON DELETE CASCADE,
    share_link_id   uuid         REFERENCES share_link (id) ON DELETE SET NULL,
    answer          varchar(16)  NOT NULL CHECK (answer IN ('WILL_WRITE', 'CANNOT_WRITE', 'UPLOADED')),
    note            varchar(500),
    said_at         timestamptz  NOT NULL
);
CREATE INDEX writer_word_letter_ix ON writer_word (letter_id, said_at);
