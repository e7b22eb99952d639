-- Support cases and who works on them. Tenant-owned: tenant_id NOT NULL, every index leads with it.
-- References between tenant-owned rows include tenant_id, so the database itself refuses a case of
-- one organisation pointing at a client of another.

ALTER TABLE client ADD UNIQUE KEY uk_client_tenant_id (tenant_id, id);

CREATE TABLE support_case (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT        NOT NULL,
    public_id           CHAR(12)      NOT NULL,
    ref_year            INT           NOT NULL,
    ref_number          INT           NOT NULL,
    client_id           BIGINT        NOT NULL,
    law                 VARCHAR(20)   NOT NULL,
    municipality        VARCHAR(100)  NOT NULL,
    request_text        VARCHAR(4000) NOT NULL,
    life_domains        VARCHAR(400)  NOT NULL,
    phase               VARCHAR(20)   NOT NULL,
    closed_from         VARCHAR(20)   NULL,
    urgent              BOOLEAN       NOT NULL DEFAULT FALSE,
    notified_on         DATE          NOT NULL,
    interview_on        DATE          NULL,
    report_received_on  DATE          NULL,
    application_on      DATE          NULL,
    youth_term_weeks    INT           NULL,
    opened_at           DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_case_public_id (tenant_id, public_id),
    UNIQUE KEY uk_case_reference (tenant_id, ref_year, ref_number),
    KEY ix_case_client (tenant_id, client_id),
    KEY ix_case_phase (tenant_id, phase),
    CONSTRAINT fk_case_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    UNIQUE KEY uk_case_tenant_id (tenant_id, id),
    CONSTRAINT fk_case_client FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_assignment (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT      NOT NULL,
    case_id      BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    assigned_by  BIGINT      NOT NULL,
    assigned_at  DATETIME(6) NOT NULL,
    ended_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_assignment_case (tenant_id, case_id),
    KEY ix_assignment_account (tenant_id, account_id, ended_at),
    CONSTRAINT fk_assignment_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_assignment_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
    -- account_id names a global login identity; the service checks it is an advisor of this tenant.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who registered a client: an advisor keeps seeing the clients they registered themselves.
ALTER TABLE client ADD COLUMN registered_by BIGINT NULL AFTER number;
