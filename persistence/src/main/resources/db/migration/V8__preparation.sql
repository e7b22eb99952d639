-- The preparation kit of a case (one per case) and its parts: the situation per life domain, the
-- week diary (one entry per date) and the rehearsed answers (one per question). Tenant-owned:
-- tenant_id NOT NULL, every index leads with it, and references to other tenant-owned rows include
-- tenant_id so the database refuses a cross-organisation link.

CREATE TABLE case_preparation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT        NOT NULL,
    case_id             BIGINT        NOT NULL,
    wishes              VARCHAR(2000) NULL,
    private_means       VARCHAR(2000) NULL,
    general_provisions  VARCHAR(2000) NULL,
    checklist           VARCHAR(400)  NOT NULL DEFAULT '',
    changed_by          BIGINT        NULL,
    changed_at          DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_preparation_case (tenant_id, case_id),
    UNIQUE KEY uk_preparation_tenant_id (tenant_id, id),
    CONSTRAINT fk_preparation_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_preparation_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
    -- changed_by names a global login identity; the service records the acting account.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE preparation_domain (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    preparation_id  BIGINT        NOT NULL,
    life_domain     VARCHAR(40)   NOT NULL,
    goes_well       VARCHAR(2000) NULL,
    stuck           VARCHAR(2000) NULL,
    tried           VARCHAR(2000) NULL,
    help_frequency  VARCHAR(30)   NULL,
    frequency_note  VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_prep_domain (tenant_id, preparation_id, life_domain),
    CONSTRAINT fk_prep_domain_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_prep_domain_preparation FOREIGN KEY (tenant_id, preparation_id)
        REFERENCES case_preparation (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE preparation_diary (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id          BIGINT        NOT NULL,
    preparation_id     BIGINT        NOT NULL,
    entry_date         DATE          NOT NULL,
    what_did_not_work  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_prep_diary_date (tenant_id, preparation_id, entry_date),
    CONSTRAINT fk_prep_diary_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_prep_diary_preparation FOREIGN KEY (tenant_id, preparation_id)
        REFERENCES case_preparation (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE preparation_answer (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    preparation_id  BIGINT        NOT NULL,
    question        VARCHAR(40)   NOT NULL,
    answer_text     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_prep_answer_question (tenant_id, preparation_id, question),
    CONSTRAINT fk_prep_answer_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_prep_answer_preparation FOREIGN KEY (tenant_id, preparation_id)
        REFERENCES case_preparation (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
