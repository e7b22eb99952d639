-- Shared notes on a case (with the texts they replaced) and tasks (agreements: who does what by
-- when). Tenant-owned: tenant_id NOT NULL, every index leads with it, and references to other
-- tenant-owned rows include tenant_id so the database refuses a cross-organisation link.

CREATE TABLE case_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    note_text   VARCHAR(4000) NOT NULL,
    outcome     BOOLEAN       NOT NULL DEFAULT FALSE,
    written_by  BIGINT        NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    edited_by   BIGINT        NULL,
    edited_at   DATETIME(6)   NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_note_tenant_id (tenant_id, id),
    KEY ix_note_case (tenant_id, case_id, written_at),
    CONSTRAINT fk_note_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_note_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
    -- written_by / edited_by name global login identities; the service records the acting account.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_note_revision (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT        NOT NULL,
    note_id      BIGINT        NOT NULL,
    note_text    VARCHAR(4000) NOT NULL,
    written_by   BIGINT        NOT NULL,
    written_at   DATETIME(6)   NOT NULL,
    replaced_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_revision_note (tenant_id, note_id, replaced_at),
    CONSTRAINT fk_revision_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_revision_note FOREIGN KEY (tenant_id, note_id) REFERENCES case_note (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_task (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    what        VARCHAR(1000) NOT NULL,
    party       VARCHAR(20)   NOT NULL,
    advisor_id  BIGINT        NULL,
    due_on      DATE          NOT NULL,
    source      VARCHAR(20)   NOT NULL,
    done_at     DATETIME(6)   NULL,
    done_by     BIGINT        NULL,
    created_by  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_task_tenant_id (tenant_id, id),
    KEY ix_task_case (tenant_id, case_id, due_on),
    KEY ix_task_open (tenant_id, done_at, due_on),
    CONSTRAINT fk_task_tenant FOREIGN KEY (tenant_id) REFERENCES organisation (id),
    CONSTRAINT fk_task_case FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
