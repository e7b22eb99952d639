-- A client's consent (GDPR art. 9) and network. Tenant-owned: tenant_id NOT NULL, every index leads
-- with it, references to the client include tenant_id so the database refuses a cross-organisation link.

-- Health and care needs: stored only while the client's consent for them is active (ConsentService).
ALTER TABLE client ADD COLUMN care_needs VARCHAR(4000) NULL AFTER notes;

CREATE TABLE client_consent (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT       NOT NULL,
    public_id     CHAR(12)     NOT NULL,
    client_id     BIGINT       NOT NULL,
    given_on      DATE         NOT NULL,
    scope         VARCHAR(400) NOT NULL,
    method        VARCHAR(20)  NOT NULL,
    recorded_by   BIGINT       NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    withdrawn_on  DATE         NULL,
    withdrawn_by  BIGINT       NULL,
    withdrawn_at  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_consent_public_id (tenant_id, public_id),
    KEY ix_consent_client (tenant_id, client_id),
    CONSTRAINT fk_consent_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_consent_client FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
    -- recorded_by / withdrawn_by name global login identities, like case_assignment.account_id.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE network_member (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id               BIGINT        NOT NULL,
    public_id               CHAR(12)      NOT NULL,
    client_id               BIGINT        NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    relation                VARCHAR(30)   NOT NULL,
    informal_carer          BOOLEAN       NOT NULL DEFAULT FALSE,
    current_help            VARCHAR(2000) NULL,
    help_frequency          VARCHAR(200)  NULL,
    can_continue            VARCHAR(10)   NULL,
    phone                   VARCHAR(30)   NULL,
    email                   VARCHAR(254)  NULL,
    carer_consent_on        DATE          NULL,
    carer_energy            VARCHAR(2000) NULL,
    carer_worries           VARCHAR(2000) NULL,
    wants_respite           BOOLEAN       NULL,
    wants_own_conversation  BOOLEAN       NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_network_public_id (tenant_id, public_id),
    KEY ix_network_client (tenant_id, client_id),
    CONSTRAINT fk_network_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_network_client FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
