-- Tenant-owned tables: tenant_id NOT NULL, every index leads with it.

CREATE TABLE client (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    public_id       CHAR(12)      NOT NULL,
    number          INT           NOT NULL,
    given_name      VARCHAR(100)  NOT NULL,
    surname_prefix  VARCHAR(30)   NULL,
    surname         VARCHAR(100)  NOT NULL,
    date_of_birth   DATE          NULL,
    address         VARCHAR(200)  NULL,
    postcode        VARCHAR(7)    NULL,
    city            VARCHAR(100)  NULL,
    municipality    VARCHAR(100)  NULL,
    phone           VARCHAR(30)   NULL,
    email           VARCHAR(254)  NULL,
    notes           VARCHAR(4000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_client_public_id (tenant_id, public_id),
    UNIQUE KEY uk_client_number (tenant_id, number),
    KEY ix_client_name (tenant_id, surname, given_name),
    KEY ix_client_municipality (tenant_id, municipality),
    CONSTRAINT fk_client_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT      NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    account_id   BIGINT      NOT NULL,
    action       VARCHAR(40) NOT NULL,
    client_ref   CHAR(12)    NULL,
    PRIMARY KEY (id),
    KEY ix_audit_client (tenant_id, client_ref, occurred_at),
    KEY ix_audit_time (tenant_id, occurred_at),
    CONSTRAINT fk_audit_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
