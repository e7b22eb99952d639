-- The coordinator's intake queue: requests for help (from a phone call now, from online booking
-- later) and the offers of a request to one or two advisors, who accept or decline. Also a
-- normalised phone number on clients, so a duplicate client is found whatever way the number was
-- typed. Tenant-owned tables: tenant_id NOT NULL, indexes lead with it, references to
-- tenant-owned rows include tenant_id.

ALTER TABLE client ADD COLUMN phone_key VARCHAR(15) NULL;
UPDATE client SET phone_key = REGEXP_REPLACE(phone, '[^0-9]', '') WHERE phone IS NOT NULL;
UPDATE client SET phone_key = CONCAT('0', SUBSTRING(phone_key, 5)) WHERE phone_key LIKE '0031%';
UPDATE client SET phone_key = CONCAT('0', SUBSTRING(phone_key, 3)) WHERE phone_key LIKE '31%' AND LENGTH(phone_key) = 11;
UPDATE client SET phone_key = NULL WHERE phone_key = '';
ALTER TABLE client ADD KEY ix_client_phone_key (tenant_id, phone_key);
ALTER TABLE client ADD KEY ix_client_birth (tenant_id, date_of_birth, surname);

CREATE TABLE intake_request (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id         BIGINT         NOT NULL,
    public_id         VARCHAR(12)    NOT NULL,
    received_at       DATETIME(6)    NOT NULL,
    channel           VARCHAR(20)    NOT NULL,
    origin            VARCHAR(20)    NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    topic             VARCHAR(30)    NOT NULL,
    law               VARCHAR(20)    NOT NULL,
    given_name        VARCHAR(100)   NOT NULL,
    surname_prefix    VARCHAR(30)    NULL,
    surname           VARCHAR(100)   NOT NULL,
    date_of_birth     DATE           NULL,
    phone             VARCHAR(30)    NULL,
    email             VARCHAR(254)   NULL,
    postcode          VARCHAR(7)     NULL,
    address           VARCHAR(200)   NULL,
    city              VARCHAR(100)   NULL,
    municipality      VARCHAR(100)   NOT NULL,
    question          VARCHAR(4000)  NOT NULL,
    expertise         VARCHAR(400)   NOT NULL DEFAULT '',
    language          VARCHAR(8)     NULL,
    urgent            BOOLEAN        NOT NULL DEFAULT FALSE,
    notified_on       DATE           NULL,
    client_id         BIGINT         NULL,
    case_id           BIGINT         NULL,
    entered_by        BIGINT         NULL,
    closed_reason     VARCHAR(500)   NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_intake_public_id (tenant_id, public_id),
    UNIQUE KEY uk_intake_tenant_id (tenant_id, id),
    KEY ix_intake_queue (tenant_id, status, received_at),
    KEY ix_intake_received (tenant_id, received_at),
    CONSTRAINT fk_intake_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_intake_client FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
    CONSTRAINT fk_intake_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assignment_offer (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    request_id    BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    offered_at    DATETIME(6)   NOT NULL,
    offered_by    BIGINT        NOT NULL,
    answer        VARCHAR(20)   NOT NULL,
    answered_at   DATETIME(6)   NULL,
    reason        VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY ix_offer_request (tenant_id, request_id),
    KEY ix_offer_account (tenant_id, account_id, answer),
    CONSTRAINT fk_offer_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_offer_request FOREIGN KEY (tenant_id, request_id) REFERENCES intake_request (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
