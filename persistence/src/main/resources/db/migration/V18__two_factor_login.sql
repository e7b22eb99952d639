-- Two-factor login with an authenticator app (issue 7): the app's secret, when set-up finished,
-- the last time step a code was accepted (no code works twice), and ten single-use recovery codes
-- kept as SHA-256. Accounts are global, so these are too.
ALTER TABLE account
    ADD COLUMN totp_secret     VARCHAR(64) NULL,
    ADD COLUMN totp_enabled_at DATETIME(6) NULL,
    ADD COLUMN totp_last_step  BIGINT      NULL;

CREATE TABLE account_recovery_code (
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
