-- Advisor profiles (one per advisor account per organisation) and their absences; the
-- organisation's limit on the age of a certificate of good conduct (VOG). Tenant-owned tables:
-- tenant_id NOT NULL, every index leads with it, references to tenant-owned rows include tenant_id.
-- account_id names a global login identity (no foreign key, like written_by elsewhere). Small sets
-- (municipalities, postcode areas, expertise, languages, weekly availability) live in the
-- profile's own row, so they are filtered by tenant with it.

ALTER TABLE organisation ADD COLUMN vog_max_age_months INT NOT NULL DEFAULT 36;

CREATE TABLE advisor_profile (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    municipalities  VARCHAR(2000) NOT NULL DEFAULT '',
    postcode_areas  VARCHAR(1000) NOT NULL DEFAULT '',
    expertise       VARCHAR(400)  NOT NULL DEFAULT '',
    languages       VARCHAR(200)  NOT NULL DEFAULT '',
    max_open_cases  INT           NOT NULL,
    availability    VARCHAR(1000) NOT NULL DEFAULT '',
    vog_date        DATE          NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_advisor_profile_account (tenant_id, account_id),
    UNIQUE KEY uk_advisor_profile_tenant_id (tenant_id, id),
    CONSTRAINT fk_advisor_profile_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT ck_advisor_profile_max CHECK (max_open_cases BETWEEN 1 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE advisor_absence (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    profile_id  BIGINT       NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    reason      VARCHAR(200) NULL,
    PRIMARY KEY (id),
    KEY ix_advisor_absence_profile (tenant_id, profile_id, starts_on),
    CONSTRAINT fk_advisor_absence_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_advisor_absence_profile FOREIGN KEY (tenant_id, profile_id) REFERENCES advisor_profile (tenant_id, id),
    CONSTRAINT ck_advisor_absence_order CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

