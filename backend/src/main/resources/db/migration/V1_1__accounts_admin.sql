-- Operating LORkit: an admin role and disabling accounts.
-- Named V1_1 so that it never collides with the domain migrations (V2, V3, ...).

ALTER TABLE app_user ADD COLUMN role varchar(20) NOT NULL DEFAULT 'APPLICANT';
ALTER TABLE app_user ADD CONSTRAINT app_user_role_ck CHECK (role IN ('APPLICANT', 'ADMIN'));
-- Set when an admin disables the account: no login, no refresh, access tokens refused.
ALTER TABLE app_user ADD COLUMN disabled_at timestamptz;

-- The admin's account list is "newest first".
CREATE INDEX app_user_created_ix ON app_user (created_at DESC, id);
-- "Active in the last 30 days" counts accounts that logged in or refreshed a session.
CREATE INDEX refresh_token_issued_ix ON refresh_token (issued_at);
