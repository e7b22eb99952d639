-- The outbox of e-mail (reminders and other mail of the portal), per organisation. Tenant-owned:
-- tenant_id NOT NULL, every index leads with it. A mail is queued once per key and organisation;
-- senders claim a row (claimed_by, claimed_until) before sending it, so two nodes never both send
-- it. account_id names a global login identity (no foreign key, like written_by elsewhere).

CREATE TABLE mail_outbox (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id          BIGINT        NOT NULL,
    dedup_key          VARCHAR(200)  NOT NULL,
    recipient_address  VARCHAR(254)  NOT NULL,
    recipient_name     VARCHAR(200)  NULL,
    account_id         BIGINT        NULL,
    subject            VARCHAR(250)  NOT NULL,
    body_text          MEDIUMTEXT    NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    attempts           INT           NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(6)   NULL,
    last_error         VARCHAR(500)  NULL,
    claimed_by         VARCHAR(100)  NULL,
    claimed_until      DATETIME(6)   NULL,
    queued_at          DATETIME(6)   NOT NULL,
    sent_at            DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outbox_dedup (tenant_id, dedup_key),
    KEY ix_outbox_due (tenant_id, status, next_attempt_at),
    KEY ix_outbox_queued (tenant_id, queued_at),
    KEY ix_outbox_status_queued (tenant_id, status, queued_at),
    CONSTRAINT fk_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
