-- Organisation admins manage their people (issue 7): invitations by e-mail and access resets.
-- Accounts are global, so an invitation is too; it names its organisation (organisation_id) and
-- every query of it filters on that. The link's secret is kept only as its SHA-256.
CREATE TABLE staff_invitation (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT       NOT NULL,
    purpose          VARCHAR(10)  NOT NULL,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    roles            VARCHAR(100) NOT NULL,
    account_id       BIGINT       NULL,
    token_hash       CHAR(64)     NOT NULL,
    created_by       BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    used_at          DATETIME(6)  NULL,
    withdrawn_at     DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_invitation_token (token_hash),
    KEY ix_invitation_organisation (organisation_id, purpose, email),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A mail whose body holds a secret link is sent but its body is never shown in the outbox.
ALTER TABLE mail_outbox ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;

-- When an admin reset someone's access (or their account was deactivated): sessions logged in
-- before this moment end at their next request.
ALTER TABLE account ADD COLUMN access_changed_at DATETIME(6) NULL;
